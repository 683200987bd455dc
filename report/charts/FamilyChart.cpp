// SPDX-License-Identifier: GPL-3.0-or-later
#include "FamilyChart.h"

#include "ChartText.h"

#include "rules/MeasureStatus.h"
#include "storage/PlanSnapshot.h"

#include <map>

namespace ys::charts {

FamilyChart FamilyChart::of(const storage::PlanSnapshot& snapshot, RowId serviceId)
{
    FamilyChart chart;
    chart.serviceId = serviceId;
    if (const Service* service = snapshot.service(serviceId))
        chart.serviceName = service->displayName();
    std::vector<Measure> measures;
    for (const Measure& measure : snapshot.measures) {
        if (measure.serviceId != serviceId)
            continue;
        measures.push_back(measure);
        if (measure.deprecated) {
            ++chart.deprecatedLeftOut;
            continue;
        }
        const rules::MeasureYearStatus status =
            rules::measureStatus(measure, snapshot.valuesOf(measure.id), std::nullopt, snapshot.defaultTolerance);
        FamilyMember member{measure.id, measure.title, measure.type, status.status, status.fiscalYear};
        bool placed = false;
        for (size_t t = 0; t < FamilyTypes.size(); ++t)
            if (measure.type == FamilyTypes[t]) {
                chart.types[t].push_back(member);
                placed = true;
            }
        if (!placed)
            chart.outside.push_back(member);
    }
    chart.family = rules::familyOf(measures);
    return chart;
}

QString FamilyChart::yearCaption() const
{
    std::map<int, int> years;
    for (const auto& list : types)
        for (const FamilyMember& m : list)
            if (m.statusYear)
                ++years[m.statusYear];
    for (const FamilyMember& m : outside)
        if (m.statusYear)
            ++years[m.statusYear];
    int best = 0, most = 0;
    for (const auto& [year, count] : years)
        if (count >= most)
            best = year, most = count;
    if (best == 0)
        return ChartText::tr("No status yet");
    return years.size() == 1 ? ChartText::tr("Statuses for %1").arg(ChartText::yearLabel(best))
                             : ChartText::tr("Statuses for %1 (some measures: another year)").arg(ChartText::yearLabel(best));
}

} // namespace ys::charts
