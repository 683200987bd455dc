// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureStatus.h"

#include "AnnualActualRule.h"
#include "RuleText.h"
#include "ValueLookup.h"

#include <cmath>

namespace ys::rules {
namespace {

std::optional<double> annualTarget(const std::vector<Value>& values, int fiscalYear)
{
    if (const Value* annual = findValue(values, fiscalYear, Period::Annual))
        return finiteOrNone(annual->target.number);
    return std::nullopt;
}

} // namespace

std::optional<int> statusYear(Interval interval, const std::vector<Value>& values)
{
    const std::vector<int> years = fiscalYearsOf(values);
    for (auto year = years.rbegin(); year != years.rend(); ++year) {
        // A year-to-date sum of some quarters is not the year's actual: in the city's file the FY26
        // quarters so far must not make FY26 the status year (DOMAIN.md: FY25).
        if (annualTarget(values, *year) && annualActual(interval, values, *year).fullYear())
            return *year;
    }
    return std::nullopt;
}

double effectiveTolerance(const Measure& measure, double defaultTolerance)
{
    if (measure.tolerance && std::isfinite(*measure.tolerance) && *measure.tolerance >= 0.0)
        return *measure.tolerance;
    return defaultTolerance;
}

MeasureYearStatus measureStatus(const Measure& measure, const std::vector<Value>& values,
                                std::optional<int> year, double defaultTolerance)
{
    MeasureYearStatus result;
    result.tolerance = effectiveTolerance(measure, defaultTolerance);
    if (!year)
        year = statusYear(measure.interval, values);
    if (!year)
        return result;

    result.fiscalYear = *year;
    result.target = annualTarget(values, *year);
    const AnnualActual actual = annualActual(measure.interval, values, *year);
    result.actual = actual.value;
    result.actualDerived = actual.derived;
    result.computed = targetStatus(measure.direction, result.target, result.actual, result.tolerance);
    result.status = result.computed;

    if (const Value* annual = findValue(values, *year, Period::Annual); annual && annual->statusOverride) {
        if (isBlank(annual->overrideNote)) {
            result.overrideIgnored = true;
        } else {
            result.status = *annual->statusOverride;
            result.overridden = true;
            result.overrideNote = annual->overrideNote.trimmed();
        }
    }
    return result;
}

} // namespace ys::rules
