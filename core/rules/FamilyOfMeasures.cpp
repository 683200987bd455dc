// SPDX-License-Identifier: GPL-3.0-or-later
#include "FamilyOfMeasures.h"

#include <algorithm>

namespace ys::rules {

QList<MeasureType> Family::missing() const
{
    QList<MeasureType> types;
    if (!output)
        types << MeasureType::Output;
    if (!efficiency)
        types << MeasureType::Efficiency;
    if (!effectiveness)
        types << MeasureType::Effectiveness;
    if (!outcome)
        types << MeasureType::Outcome;
    return types;
}

Family familyOf(const std::vector<Measure>& measuresOfOneService)
{
    Family family;
    for (const Measure& measure : measuresOfOneService) {
        if (measure.deprecated)
            continue;
        ++family.measures;
        switch (measure.type) {
        case MeasureType::Output: family.output = true; break;
        case MeasureType::Efficiency: family.efficiency = true; break;
        case MeasureType::Effectiveness: family.effectiveness = true; break;
        case MeasureType::Outcome: family.outcome = true; break;
        case MeasureType::Input:
        case MeasureType::Demand:
        case MeasureType::Quality:
            if (!family.outsideTypes.contains(measure.type))
                family.outsideTypes << measure.type;
            break;
        case MeasureType::Unspecified: ++family.untyped; break;
        }
    }
    std::sort(family.outsideTypes.begin(), family.outsideTypes.end());
    return family;
}

} // namespace ys::rules
