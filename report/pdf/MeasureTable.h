// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableLayout.h"

#include "storage/PlanSnapshot.h"

#include <vector>

namespace ys::report::pdf {

// A service's (or a goal's) measures as the published table: type, measure, direction, the actuals
// of up to five past fiscal years that have data, the latest year with both a target and an actual
// with its status, and the plan year's target. A missing value prints its reason.
class MeasureTable
{
public:
    MeasureTable(const storage::PlanSnapshot& snapshot, std::vector<RowId> measures, int planYear);

    std::vector<TableColumn> columns() const;
    std::vector<TableCell> row(RowId measureId) const;
    const std::vector<RowId>& measures() const { return m_measures; }
    const std::vector<int>& years() const { return m_years; }

    // The printed text of a measure's actual in a year: the number by unit ("≈" when derived
    // from the quarters), else why there is none ("not yet reported", the source's "N/A").
    static QString actualText(const Measure& measure, const std::vector<Value>& values, int year, int planYear);

private:
    const storage::PlanSnapshot& m_snapshot;
    std::vector<RowId> m_measures;
    int m_planYear;
    std::vector<int> m_years; // the past years shown, oldest first
};

} // namespace ys::report::pdf
