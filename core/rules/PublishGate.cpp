// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublishGate.h"

#include "AnnualActualRule.h"
#include "RuleText.h"
#include "ValueLookup.h"

namespace ys::rules {
namespace {

bool saysWhy(const Figure& figure)
{
    return !isBlank(figure.note) || !isBlank(figure.missingReason);
}

} // namespace

QList<GateBreach> publishGate(const std::vector<MeasureWithValues>& measures, int planYear)
{
    QList<GateBreach> breaches;
    const int actualYear = planYear - 1;
    for (const auto& [measure, values] : measures) {
        if (measure.deprecated || measure.change == ChangeMapping::Removed)
            continue;

        const Value* lastYear = findValue(values, actualYear, Period::Annual);
        const bool hasActual = annualActual(measure.interval, values, actualYear).fullYear() ||
                               (lastYear && saysWhy(lastYear->actual));
        if (!hasActual)
            breaches << GateBreach{measure.id,
                                   measure.title,
                                   GateBreach::Missing::Actual,
                                   actualYear,
                                   QStringLiteral("%1 actual").arg(yearLabel(actualYear)),
                                   QStringLiteral("No %1 actual has been reported, and no note says why "
                                                  "(e.g. \u201cnot yet reported\u201d).")
                                       .arg(yearLabel(actualYear))};

        const Value* planRow = findValue(values, planYear, Period::Annual);
        const bool hasTarget = planRow && (finiteOrNone(planRow->target.number) || saysWhy(planRow->target));
        if (!hasTarget)
            breaches << GateBreach{measure.id,
                                   measure.title,
                                   GateBreach::Missing::Target,
                                   planYear,
                                   QStringLiteral("%1 target").arg(yearLabel(planYear)),
                                   QStringLiteral("No %1 target has been set, and no note says why.")
                                       .arg(yearLabel(planYear))};
    }
    return breaches;
}

} // namespace ys::rules
