// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AxisScale.h"

#include "domain/Ids.h"
#include "domain/Vocabulary.h"
#include "rules/MeasureStatus.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ys::charts {

// Why a point of a series has no number, and so whether a chart draws the gap.
enum class GapKind {
    None,     // the point has a number
    Recorded, // the file says why ("N/A", "No Data", "not yet reported"): drawn, with the reason
    Missing,  // nothing entered between values that exist: drawn as a gap
    Partial,  // only part of the year is reported so far (the quarters show it): drawn as a gap
    Outside,  // before the first or after the last number of the series: not drawn
};

// One slot of a series: a number, or a gap and the reason for it. Never a zero in place of a gap.
struct ChartPoint
{
    int slot = 0;                 // the category on the panel's x axis
    std::optional<double> value;  // nullopt: a gap
    GapKind gap = GapKind::None;
    QString reason;               // gaps: why there is no number, in words
    QString raw;                  // the text the number or the reason was read from, when imported
    QString note;                 // the target rationale or actual explanation
    bool derived = false;         // actuals: derived from the quarters (no annual actual entered)
    std::optional<TargetStatus> status; // actuals: the status of the slot, when it has a target and an actual

    bool isGap() const { return !value.has_value(); }
    // A chart draws the gap (with its reason on hover): recorded, missing within the series, or partial.
    bool drawnGap() const { return gap == GapKind::Recorded || gap == GapKind::Missing || gap == GapKind::Partial; }
};

enum class SeriesKind {
    Actual,    // the actual of each slot
    Target,    // the target of each slot
    YearToDate // quarters of a cumulative measure: the running sum so far
};

// One line of a panel: a point per slot, in slot order (one point for every category).
struct ChartSeries
{
    SeriesKind kind = SeriesKind::Actual;
    QString name; // "Actual", "Target", "Year to date"
    std::vector<ChartPoint> points;

    // The runs of consecutive slots that have numbers: each is drawn as one unbroken line.
    std::vector<std::pair<int, int>> runs() const;
    int numbers() const;
    const ChartPoint* at(int slot) const;
};

// A horizontal line across a panel: the quarter panel's annual target.
struct ReferenceLine
{
    double value = 0;
    QString label; // "FY26 target 75"
};

// One plot: its x categories, its series, and its own y axis.
struct ChartPanel
{
    QString title;           // "Fiscal years", "FY26 by quarter"
    QStringList categories;  // "FY21" ... "FY27", or "Q1" ... "Q4"
    std::vector<int> fiscalYears; // the fiscal year of each category
    std::vector<ChartSeries> series;
    std::optional<ReferenceLine> reference;
    AxisScale axis;

    bool isEmpty() const { return categories.isEmpty(); }
    const ChartSeries* find(SeriesKind kind) const;
    int slotOf(int fiscalYear) const; // years panel: the slot of a fiscal year, -1 when not shown
};

// A measure's chart as data: what every screen and every page draws for it (MeasureChartBuilder).
// The same model feeds the Qt Charts builder (screen) and the QPainter renderer (print, export).
struct MeasureChart
{
    RowId measureId = 0;
    QString title;
    Unit unit = Unit::Count;
    QString unitLabel;       // the y axis unit: "%", "$", "count", "days"
    Direction direction = Direction::Unspecified;
    QString directionArrow;  // "↑", "↓", "↔", or empty
    QString directionLabel;  // "Higher is better"
    Interval interval = Interval::Unspecified;

    ChartPanel years;    // actuals and targets by fiscal year
    ChartPanel quarters; // the quarters of the current year; empty when no quarter is reported
    int quarterYear = 0; // the fiscal year of the quarters panel, 0 when none

    rules::MeasureYearStatus status; // the measure's status, and the fiscal year it is for
    QString statusCaption;           // "FY25: ✗ Missed (actual 71.25, target 60)", or why there is none

    bool hasValues() const { return !years.isEmpty(); }
};

} // namespace ys::charts
