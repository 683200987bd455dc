// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Value.h"

#include <utility>
#include <vector>

namespace ys::ui {

// Which rows the values grid shows for one measure, in reading order (oldest year first, Q1..Q4
// before the year's annual row): every fiscal year from the first one with a value to the year
// after the plan cycle, so a lead can enter next year's target. A year shows its quarter rows when
// a quarter holds a value, when it is the plan year or the year before it (the year being
// reported), or when every quarter is asked for; older years show only their annual row.
class ValueRows
{
public:
    struct Row
    {
        int fiscalYear = 0;
        Period period = Period::Annual;
        bool operator==(const Row& other) const = default;
    };

    static ValueRows of(const std::vector<Value>& values, int planCycle, bool allQuarters);
    // The rows of both, in order: rows once shown stay while the same measure is shown, so an edit
    // never makes the row under the cursor disappear.
    ValueRows unitedWith(const ValueRows& other) const;

    int count() const { return static_cast<int>(m_rows.size()); }
    const Row& at(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    // The row of a fiscal year and period, -1 when it is not shown.
    int indexOf(int fiscalYear, Period period) const;
    // The first and last row of a fiscal year, {-1, -1} when it is not shown.
    std::pair<int, int> rangeOf(int fiscalYear) const;

    bool operator==(const ValueRows& other) const = default;

private:
    std::vector<Row> m_rows;
};

} // namespace ys::ui
