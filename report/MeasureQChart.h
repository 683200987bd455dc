// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartTips.h"

#include "report/charts/MeasureChart.h"

class QChart;

namespace ys::report {

// Turns a panel of a measure's chart model (its fiscal years, or the quarters of the current
// year) into a QChart for the screen, drawn like the printed chart (report/charts/ChartStyle):
// actuals as a line broken at gaps with a status marker per year that has a target; targets
// dashed with a tick each; each drawn gap a hatched band whose reason shows on hover; the
// quarters' reference target. Tooltip texts go to `tips`. User text is escaped (Qt Charts reads
// labels as rich text).
class MeasureQChart
{
public:
    static QChart* build(const charts::MeasureChart& chart, const charts::ChartPanel& panel, ChartTips& tips);
    // The same into an existing chart, its series and axes replaced (cheaper than a new chart on
    // screen, where an edit redraws it). The tips of its old series must have been cleared.
    static void refill(QChart* chart, const charts::MeasureChart& model, const charts::ChartPanel& panel, ChartTips& tips);
};

} // namespace ys::report
