// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeasureChart.h"

#include "domain/Measure.h"
#include "domain/Value.h"
#include "rules/TargetStatusRule.h"

#include <vector>

namespace ys::storage {
struct PlanSnapshot;
}

namespace ys::charts {

// Builds a measure's chart model from the measure and its values, with core/rules deciding what
// the numbers mean, so the chart agrees with the values grid and the tables:
// - Years: every fiscal year from the first one with a value (at most `maxYears` back) to the plan
//   year. The actual of a year is the effective annual actual (AnnualActualRule: entered, else
//   derived from complete quarters); a year only partly reported is a gap of kind Partial.
// - Status marks: each year with a target and a full-year actual carries its status
//   (rules::measureStatus, overrides with a note honoured), the headline status is the measure's
//   status year's.
// - Quarters: the latest fiscal year up to the plan year with a quarter reported; its quarter
//   actuals (and quarter targets when any), for a cumulative measure the running year-to-date
//   sum, and the annual target as a reference line where quarters compare with it (snapshot,
//   period, and the year to date of cumulative measures).
// - A missing number is a gap with its reason: the file's own words when it gave some, else
//   "not reported yet" after the last number, "no actual entered" between numbers.
class MeasureChartBuilder
{
public:
    struct Options
    {
        int planCycle = 0; // the plan year (end year); 0: the last year with a value
        double defaultTolerance = rules::DefaultTolerance;
        int maxYears = 8;
    };

    static MeasureChart build(const Measure& measure, const std::vector<Value>& values, const Options& options);
    // The measure of a snapshot, with its latest plan cycle and the file's tolerance.
    static MeasureChart build(const storage::PlanSnapshot& snapshot, RowId measureId);
};

} // namespace ys::charts
