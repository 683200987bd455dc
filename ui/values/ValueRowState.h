// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Measure.h"
#include "domain/Value.h"
#include "rules/AnnualActualRule.h"
#include "rules/MeasureStatus.h"

#include <array>
#include <optional>
#include <vector>

namespace ys::ui {

// What one row of the values grid stands for, computed with core/rules: the value as stored, and
// for an annual row the effective annual actual (entered, else derived from the quarters) and the
// status. The model keeps one per row and compares old with new to announce only changed rows.
struct ValueRowState
{
    Value value; // as stored; an empty value when the file has no row
    bool annual = false;
    rules::AnnualActual actual;            // annual rows: the effective annual actual
    std::array<bool, 4> quarterReported{}; // annual rows: which quarters have an actual
    rules::MeasureYearStatus yearStatus;   // annual rows: the status as the rules give it
    std::optional<TargetStatus> status;    // the status the row shows; nullopt: none
    bool partialYear = false;              // the actual so far covers part of the year: no status yet
    bool statusYear = false;               // this annual row is the measure's status year

    static ValueRowState compute(const Measure& measure, const std::vector<Value>& values, int fiscalYear,
                                 Period period, double defaultTolerance, std::optional<int> statusYear);

    bool derived() const { return annual && actual.derived && actual.value.has_value(); }
    bool operator==(const ValueRowState& other) const;
};

// Every field of two values, so an edit of a note or a raw text counts as a change.
bool sameValue(const Value& a, const Value& b);

} // namespace ys::ui
