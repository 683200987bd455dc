// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartStyle.h"
#include "MeasureChart.h"

#include <QRectF>

#include <map>
#include <vector>

class QPainter;

namespace ys::charts {

// A gap a panel draws: the slot, the point without a number (the actual's, else a target's
// recorded one), and whether it is the target's.
struct DrawnGap
{
    int slot = 0;
    const ChartPoint* point = nullptr;
    bool target = false;
};

// Draws one panel of a measure's chart (its fiscal years, or the quarters of the current year)
// within an area: the unit and the panel's title on top, tick labels on the left, the categories
// below; the grid, the hatched bands of the gaps with their marks, the quarters' reference target,
// the targets (dashed, a tick each) and the actuals (a line broken at gaps, a status marker per
// year that has a target). Part of MeasureChartPainter.
class MeasurePanelPainter
{
public:
    MeasurePanelPainter(const ChartStyle& style, QPainter& painter, const MeasureChart& chart, const ChartPanel& panel,
                        const QRectF& area)
        : m_style(style), m_painter(painter), m_chart(chart), m_panel(panel)
    {
        setArea(area);
    }

    // Lays the panel out in `area`: the unit and title on top, tick labels left, categories below.
    void setArea(const QRectF& area);
    double slotWidth() const { return m_plot.width() / std::max<qsizetype>(1, m_panel.categories.size()); }
    // The word each drawn gap carries (by slot); without one, its short mark.
    void setMarks(std::map<int, QString> marks) { m_marks = std::move(marks); }
    void paint() const;

    // The drawn gap of each slot of a panel: the actual's, else a target's recorded one.
    static std::vector<DrawnGap> drawnGaps(const ChartPanel& panel);

private:
    double x(int slot) const { return m_plot.left() + (slot + 0.5) * slotWidth(); }
    double y(double value) const { return m_plot.bottom() - m_panel.axis.fraction(value) * m_plot.height(); }
    void paintFrame() const;
    void paintGaps() const;
    void paintReference() const;
    void paintTarget(const ChartSeries& series) const;
    void paintLine(const ChartSeries& series) const;

    const ChartStyle& m_style;
    QPainter& m_painter;
    const MeasureChart& m_chart;
    const ChartPanel& m_panel;
    QRectF m_header;
    QRectF m_plot;
    std::map<int, QString> m_marks;
};

} // namespace ys::charts
