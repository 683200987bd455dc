// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureFacts.h"

#include "report/StatusStyle.h"
#include "rules/AnnualActualRule.h"
#include "rules/Completeness.h"

#include <QStringList>

#include <algorithm>

namespace ys::ui {
namespace {

int lastQuarterReported(const std::vector<Value>& values, int year)
{
    int last = 0;
    for (const Value& value : values)
        if (value.fiscalYear == year && value.period != Period::Annual && value.actual.number)
            last = std::max(last, int(value.period) - int(Period::Q1) + 1);
    return last;
}

} // namespace

MeasureFacts MeasureFacts::of(const storage::PlanSnapshot& snapshot, const Measure& measure, int planYear)
{
    MeasureFacts facts;
    facts.id = measure.id;
    const std::vector<Value>& values = snapshot.valuesOf(measure.id);
    facts.status = rules::measureStatus(measure, values, std::nullopt, snapshot.defaultTolerance);
    const rules::CompletenessReport report = rules::completeness(measure);
    facts.filled = report.filled;
    facts.required = report.required;

    // Values are sorted by year, so the latest year with an effective actual is found from the end.
    int lastYearTried = 0;
    for (auto it = values.rbegin(); it != values.rend(); ++it) {
        if (it->fiscalYear == lastYearTried)
            continue;
        lastYearTried = it->fiscalYear;
        const rules::AnnualActual actual = rules::annualActual(measure.interval, values, it->fiscalYear);
        if (actual.value) {
            facts.latestActual = actual.value;
            facts.latestActualYear = it->fiscalYear;
            facts.latestActualDerived = actual.derived;
            if (actual.derived && !actual.quartersComplete)
                facts.latestActualToQuarter = lastQuarterReported(values, it->fiscalYear);
            break;
        }
    }
    for (const Value& value : values)
        if (value.fiscalYear == planYear && value.period == Period::Annual)
            facts.planYearTarget = value.target;

    QStringList words{QStringLiteral("#%1").arg(measure.id), measure.title, label(measure.type),
                      label(measure.direction), report::StatusStyle::of(facts.status.status).text};
    if (const Service* service = snapshot.service(measure.serviceId))
        words << service->displayName() << service->code;
    facts.searchText = words.join(QLatin1Char('\n')).toLower();
    return facts;
}

} // namespace ys::ui
