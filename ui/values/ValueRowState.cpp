// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueRowState.h"

#include "FigureText.h"
#include "rules/TargetStatusRule.h"
#include "rules/ValueLookup.h"

namespace ys::ui {
namespace {

bool sameActual(const rules::AnnualActual& a, const rules::AnnualActual& b)
{
    return a.value == b.value && a.derived == b.derived && a.entered == b.entered &&
           a.fromQuarters == b.fromQuarters && a.quartersReported == b.quartersReported &&
           a.quartersComplete == b.quartersComplete && a.mismatch == b.mismatch;
}

bool sameStatus(const rules::MeasureYearStatus& a, const rules::MeasureYearStatus& b)
{
    return a.fiscalYear == b.fiscalYear && a.status == b.status && a.computed == b.computed &&
           a.overridden == b.overridden && a.overrideIgnored == b.overrideIgnored &&
           a.overrideNote == b.overrideNote && a.target == b.target && a.actual == b.actual &&
           a.actualDerived == b.actualDerived && a.tolerance == b.tolerance;
}

} // namespace

bool sameValue(const Value& a, const Value& b)
{
    return a.measureId == b.measureId && a.fiscalYear == b.fiscalYear && a.period == b.period &&
           FigureText::same(a.target, b.target) && FigureText::same(a.actual, b.actual) &&
           a.statusOverride == b.statusOverride && a.overrideNote == b.overrideNote;
}

ValueRowState ValueRowState::compute(const Measure& measure, const std::vector<Value>& values, int fiscalYear,
                                     Period period, double defaultTolerance, std::optional<int> statusYear)
{
    ValueRowState state;
    if (const Value* stored = rules::findValue(values, fiscalYear, period))
        state.value = *stored;
    state.value.measureId = measure.id;
    state.value.fiscalYear = fiscalYear;
    state.value.period = period;
    state.annual = period == Period::Annual;

    if (!state.annual) {
        // A quarter has a status only when it has its own target and actual.
        if (state.value.target.number && state.value.actual.number)
            state.status =
                rules::targetStatus(measure.direction, state.value.target.number, state.value.actual.number,
                                    rules::effectiveTolerance(measure, defaultTolerance));
        return state;
    }

    state.actual = rules::annualActual(measure.interval, values, fiscalYear);
    const Period quarters[] = {Period::Q1, Period::Q2, Period::Q3, Period::Q4};
    for (std::size_t i = 0; i < 4; ++i) {
        const Value* quarter = rules::findValue(values, fiscalYear, quarters[i]);
        state.quarterReported[i] = quarter && quarter->actual.number;
    }
    state.yearStatus = rules::measureStatus(measure, values, fiscalYear, defaultTolerance);
    state.statusYear = statusYear == fiscalYear;

    const bool anything = state.value.target.number || state.actual.value || state.yearStatus.overridden;
    if (!anything)
        return state;
    // A year-to-date actual is not the year's actual (the rules' statusYear says the same): the
    // row shows "no data" until the year is complete or an annual actual is entered.
    state.partialYear = state.actual.value && !state.actual.fullYear();
    state.status =
        state.partialYear && !state.yearStatus.overridden ? TargetStatus::NoData : state.yearStatus.status;
    return state;
}

bool ValueRowState::operator==(const ValueRowState& other) const
{
    return sameValue(value, other.value) && annual == other.annual && sameActual(actual, other.actual) &&
           quarterReported == other.quarterReported && sameStatus(yearStatus, other.yearStatus) &&
           status == other.status && partialYear == other.partialYear && statusYear == other.statusYear;
}

} // namespace ys::ui
