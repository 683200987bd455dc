// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/charts/Scorecard.h"

#include <vector>

class QBarSet;
class QChart;

namespace ys::report {

// Turns a scorecard into a QChart for the screen: one horizontal stacked bar per type, a bar set
// per status in the status's colour and pattern (report/charts/ChartStyle) with its count written
// on it. `sets` and `rows` say what a clicked bar stands for (QBarSet::clicked gives the set and
// the category index), so the view can list the measures behind it.
struct ScorecardQChart
{
    QChart* chart = nullptr;
    std::vector<QBarSet*> sets;          // index: TargetStatus
    std::vector<charts::ScorecardRow> rows; // index: the category (bottom to top)

    static ScorecardQChart build(const charts::Scorecard& card);

    // The status and row a bar of `set` at category `index` stands for; false when none.
    bool locate(const QBarSet* set, int index, TargetStatus& status, charts::ScorecardRow& row) const;
};

} // namespace ys::report
