// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueRows.h"

#include <algorithm>
#include <set>

namespace ys::ui {
namespace {

bool before(const ValueRows::Row& a, const ValueRows::Row& b)
{
    // Period's declaration order is Q1..Q4, Annual: the annual row closes its year.
    return a.fiscalYear != b.fiscalYear ? a.fiscalYear < b.fiscalYear
                                        : static_cast<int>(a.period) < static_cast<int>(b.period);
}

constexpr Period Quarters[] = {Period::Q1, Period::Q2, Period::Q3, Period::Q4};

} // namespace

ValueRows ValueRows::of(const std::vector<Value>& values, int planCycle, bool allQuarters)
{
    std::set<int> withQuarters = {planCycle - 1, planCycle};
    int first = planCycle - 1;
    for (const Value& value : values) {
        if (value.fiscalYear <= 0)
            continue;
        first = std::min(first, value.fiscalYear);
        if (value.period != Period::Annual)
            withQuarters.insert(value.fiscalYear);
    }

    ValueRows rows;
    for (int year = first; year <= planCycle + 1; ++year) {
        if (allQuarters || withQuarters.contains(year))
            for (Period quarter : Quarters)
                rows.m_rows.push_back({year, quarter});
        rows.m_rows.push_back({year, Period::Annual});
    }
    return rows;
}

ValueRows ValueRows::unitedWith(const ValueRows& other) const
{
    ValueRows united;
    std::set_union(m_rows.begin(), m_rows.end(), other.m_rows.begin(), other.m_rows.end(),
                   std::back_inserter(united.m_rows), before);
    return united;
}

int ValueRows::indexOf(int fiscalYear, Period period) const
{
    const Row wanted{fiscalYear, period};
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), wanted, before);
    return it != m_rows.end() && *it == wanted ? static_cast<int>(it - m_rows.begin()) : -1;
}

std::pair<int, int> ValueRows::rangeOf(int fiscalYear) const
{
    int firstRow = -1;
    int lastRow = -1;
    for (int row = 0; row < count(); ++row) {
        if (at(row).fiscalYear == fiscalYear) {
            if (firstRow < 0)
                firstRow = row;
            lastRow = row;
        }
    }
    return {firstRow, lastRow};
}

} // namespace ys::ui
