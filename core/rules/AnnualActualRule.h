// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Value.h"

#include <array>
#include <optional>
#include <vector>

namespace ys::rules {

// A fiscal year's effective actual, and how it relates to the quarters.
struct AnnualActual
{
    std::optional<double> value;        // the effective annual actual: entered, else derived
    bool derived = false;               // value came from the quarters (show it as derived)
    std::optional<double> entered;      // the annual actual as entered
    std::optional<double> fromQuarters; // what the quarters add up to by the interval
    int quartersReported = 0;           // quarters with a number
    bool quartersComplete = false;      // the quarters cover the whole year (see annualActual)
    bool mismatch = false;              // entered and quarters disagree: a finding, never a correction

    // The value stands for the whole year: entered, or derived from complete quarters.
    bool fullYear() const { return entered.has_value() || (derived && quartersComplete); }
};

// Q1..Q4 actuals of one fiscal year.
using QuarterActuals = std::array<std::optional<double>, 4>;

// The annual actual (DOMAIN.md, "Annual actual"): an entered annual actual always wins; only when
// it is absent is it derived from the reported quarters by the interval:
//   Cumulative: the sum; Snapshot: the last reported quarter; Period: the mean;
//   Unspecified: not derived (fromQuarters stays empty).
// Decisions where DOMAIN.md is silent:
// - A year-to-date derivation from some quarters is still a derived value; quartersComplete says
//   whether it covers the year (snapshot: Q4 reported; cumulative and period: all four).
// - mismatch is judged only when the quarters are complete, since a part of the year cannot
//   contradict the whole; the numbers agree within actualsAgree's tolerance.
// - Non-finite numbers count as not reported.
AnnualActual annualActual(Interval interval, std::optional<double> entered, const QuarterActuals& quarters);

// The same, read from a measure's value rows for one fiscal year (annual row and Q1..Q4 rows).
AnnualActual annualActual(Interval interval, const std::vector<Value>& values, int fiscalYear);

// An entered annual and its quarters agree when they differ by no more than the larger of
// - half a unit of the entered value's last decimal (71 stands for 70.5..71.5, so 71.25 agrees;
//   0.75 stands for 0.745..0.755), and
// - 0.5 % of the larger magnitude (377,000 against 377,050 agrees).
bool actualsAgree(double entered, double fromQuarters);

} // namespace ys::rules
