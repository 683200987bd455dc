// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeasureChart.h"

#include <QRectF>

class QPainter;

namespace ys::charts {

// Draws a measure's chart model into any painter (a PDF page, an SVG file, an image) within a
// rectangle, directly with QPainter: no scene, no widgets, about a millisecond a chart. Text is
// sized in points for the device (ChartStyle), so a chart half a page wide prints at 7 points or
// more. What it draws: the title (optional), the desired direction and the status of the status
// year in words; actuals (a line, broken at gaps) with a status marker per year that has a target;
// targets (a dashed line with a tick per year); each drawn gap as a hatched band carrying its
// reason's short word; the quarters of the current year beside the years; a legend.
class MeasureChartPainter
{
public:
    struct Options
    {
        bool title = true; // the measure's title on top (off where the page shows it already)
    };

    static void paint(QPainter& painter, const QRectF& rect, const MeasureChart& chart, const Options& options);
    static void paint(QPainter& painter, const QRectF& rect, const MeasureChart& chart)
    {
        paint(painter, rect, chart, Options{});
    }
};

} // namespace ys::charts
