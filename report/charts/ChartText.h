// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"
#include "rules/MeasureStatus.h"

#include <QString>

namespace ys::charts {

struct ChartPoint;
struct ChartSeries;

// The words of the charts, the same on screen, in print and in exported images. Translatable
// (context "ys::charts::ChartText"); what a user typed is passed through as plain text.
class ChartText
{
public:
    static QString directionArrow(Direction direction);
    // "Higher is better", "Lower is better", "Best within ±10 % of the target", ...
    static QString directionLabel(Direction direction, double tolerance);
    // The y axis unit: "%", "$", "count", "days".
    static QString unitLabel(Unit unit);
    static QString yearLabel(int fiscalYear);
    static QString seriesName(int kind); // SeriesKind as int
    // "FY25: ✗ Missed (actual 71.25, target 60)"; "No status: no year has both a target and an actual".
    static QString statusCaption(const rules::MeasureYearStatus& status, Unit unit);
    // What hovering a point or a gap says: "FY23 actual: N/A (no number; the file says \"N/A\")".
    static QString describe(const ChartSeries& series, const ChartPoint& point, const QString& category, Unit unit);
    // "N/A", "No Data", "None": the short word a drawn gap carries in print.
    static QString gapMark(const ChartPoint& point);
    static QString tr(const char* text);
};

} // namespace ys::charts
