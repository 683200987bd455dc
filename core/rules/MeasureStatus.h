// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TargetStatusRule.h"

#include "domain/Measure.h"
#include "domain/Value.h"

#include <QString>

#include <optional>
#include <vector>

namespace ys::rules {

// The status of one measure in one fiscal year as screens and pages show it: the year it is for,
// the numbers it was judged on, and whether a manual override replaced the computed status.
struct MeasureYearStatus
{
    int fiscalYear = 0;                           // 0 when no year could be chosen
    TargetStatus status = TargetStatus::NoData;   // the status to show: the override when honoured
    TargetStatus computed = TargetStatus::NoData; // what the numbers say
    bool overridden = false;                      // an override with a note replaced `computed`
    bool overrideIgnored = false;                 // an override without a note was set and ignored
    QString overrideNote;                         // the note of the honoured override
    std::optional<double> target;                 // the annual target
    std::optional<double> actual;                 // the effective annual actual (AnnualActualRule)
    bool actualDerived = false;                   // the actual was derived from the quarters
    double tolerance = DefaultTolerance;          // the tolerance used
};

// The default status year: the latest fiscal year with both an annual target and an effective
// annual actual (entered, or derived from the quarters by the interval); nullopt when none has both.
std::optional<int> statusYear(Interval interval, const std::vector<Value>& values);

// The measure's own tolerance when it sets a usable one (finite, >= 0), else the default
// (the plan's tolerance, or DefaultTolerance).
double effectiveTolerance(const Measure& measure, double defaultTolerance = DefaultTolerance);

// The status of a measure in `year`, or in statusYear() when no year is given. values are the
// measure's own rows. The annual row's statusOverride is honoured only with a non-blank
// overrideNote; without one it is ignored (overrideIgnored) and the computed status stands.
// An honoured override applies even when the numbers give NoData: its note says why.
MeasureYearStatus measureStatus(const Measure& measure, const std::vector<Value>& values,
                                std::optional<int> year = {}, double defaultTolerance = DefaultTolerance);

} // namespace ys::rules
