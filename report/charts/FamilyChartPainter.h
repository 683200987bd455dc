// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FamilyChart.h"

#include <QRectF>

class QPainter;

namespace ys::charts {

// Draws a service's family of measures: a box per type (output, efficiency, effectiveness,
// outcome) holding a status marker per measure and the count per status in words; a type the
// service lacks is an empty dashed box marked "none"; below, the measures outside the four types
// and the output-only warning.
class FamilyChartPainter
{
public:
    struct Options
    {
        bool title = true;
        bool notes = true; // the lines on measures outside the four types and the output-only warning
    };
    static void paint(QPainter& painter, const QRectF& rect, const FamilyChart& chart, const Options& options);
    static void paint(QPainter& painter, const QRectF& rect, const FamilyChart& chart)
    {
        paint(painter, rect, chart, Options{});
    }
    // "2 met, 1 missed, 2 no data"
    static QString statusCounts(const std::vector<FamilyMember>& members);
};

} // namespace ys::charts
