// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasurePanelPainter.h"

#include "ChartText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ys::charts {

void MeasurePanelPainter::setArea(const QRectF& area)
{
    const QFontMetricsF small(m_style.font(ChartStyle::SmallPt), m_painter.device());
    double labelWidth = 0;
    for (double tick : m_panel.axis.ticks())
        labelWidth = std::max(labelWidth, small.horizontalAdvance(m_panel.axis.label(tick, m_chart.unit)));
    labelWidth = std::max(labelWidth, small.horizontalAdvance(m_chart.unitLabel) * 0.6);
    const double header = small.height() * 1.5 + m_style.pt(1); // the top tick label reaches half a line up
    const double footer = small.height() + m_style.pt(2);
    m_header = QRectF(area.left(), area.top(), area.width(), header);
    m_plot = QRectF(area.left() + labelWidth + m_style.pt(3), area.top() + header, 0, 0);
    m_plot.setRight(area.right());
    m_plot.setBottom(area.bottom() - footer);
}

void MeasurePanelPainter::paint() const
{
    paintFrame();
    paintGaps();
    if (m_panel.reference)
        paintReference();
    for (const ChartSeries& series : m_panel.series)
        if (series.kind == SeriesKind::Target)
            paintTarget(series);
    for (const ChartSeries& series : m_panel.series)
        if (series.kind != SeriesKind::Target)
            paintLine(series);
}

void MeasurePanelPainter::paintFrame() const
{
    QPainter& p = m_painter;
    const QFont small = m_style.font(ChartStyle::SmallPt);
    p.setFont(small);
    // Header: the unit over the axis labels, the panel's title at the right, never over the unit.
    const QFontMetricsF metrics(small, p.device());
    p.setPen(ChartStyle::mutedTextColour());
    const double unitWidth = metrics.horizontalAdvance(m_chart.unitLabel);
    p.drawText(QRectF(m_header.left(), m_header.top(), unitWidth + 1, m_header.height()), Qt::AlignLeft | Qt::AlignVCenter,
               m_chart.unitLabel);
    const QRectF titleBox = m_header.adjusted(unitWidth + m_style.pt(4), 0, 0, 0);
    p.drawText(titleBox, Qt::AlignRight | Qt::AlignVCenter,
               metrics.elidedText(m_panel.title, Qt::ElideRight, titleBox.width()));
    // Grid and tick labels.
    for (double tick : m_panel.axis.ticks()) {
        const double ty = y(tick);
        p.setPen(QPen(tick == 0 ? QColor(0x99, 0x99, 0x99) : ChartStyle::gridColour(), m_style.pt(0.5)));
        p.drawLine(QPointF(m_plot.left(), ty), QPointF(m_plot.right(), ty));
        p.setPen(ChartStyle::mutedTextColour());
        p.drawText(QRectF(m_header.left(), ty - metrics.height() / 2, m_plot.left() - m_header.left() - m_style.pt(2),
                          metrics.height()),
                   Qt::AlignRight | Qt::AlignVCenter, m_panel.axis.label(tick, m_chart.unit));
    }
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), m_style.pt(0.5)));
    p.drawLine(m_plot.bottomLeft(), m_plot.bottomRight());
    // Category labels, every one when they fit, else every other.
    double widest = 0;
    for (const QString& c : m_panel.categories)
        widest = std::max(widest, metrics.horizontalAdvance(c));
    const int every = widest + m_style.pt(2) > slotWidth() ? 2 : 1;
    p.setPen(Qt::black);
    for (int i = 0; i < m_panel.categories.size(); ++i) {
        if ((m_panel.categories.size() - 1 - i) % every != 0)
            continue;
        const QRectF box(x(i) - slotWidth() * every / 2.0, m_plot.bottom() + m_style.pt(1.5), slotWidth() * every,
                         metrics.height());
        p.drawText(box, Qt::AlignHCenter | Qt::AlignTop, m_panel.categories[i]);
    }
}

void MeasurePanelPainter::paintGaps() const
{
    const QFont small = m_style.font(ChartStyle::SmallPt);
    const QFontMetricsF metrics(small, m_painter.device());
    for (const auto& [slot, gap, target] : drawnGaps(m_panel)) {
        const double w = slotWidth() * 0.7;
        const QRectF band(x(slot) - w / 2, m_plot.top(), w, m_plot.height());
        m_style.fillGap(m_painter, band);
        const QString mark = m_marks.count(slot) ? m_marks.at(slot) : ChartText::gapMark(*gap);
        m_painter.setFont(small);
        m_painter.setPen(ChartStyle::mutedTextColour());
        const QRectF textBox(band.left() - slotWidth() * 0.15, band.bottom() - metrics.height() - m_style.pt(1),
                             slotWidth(), metrics.height());
        m_painter.fillRect(textBox.adjusted(slotWidth() * 0.15, 0, -slotWidth() * 0.15, 0), QColor(0xF2, 0xF2, 0xF2));
        m_painter.drawText(textBox, Qt::AlignCenter, metrics.elidedText(mark, Qt::ElideRight, slotWidth()));
    }
}

void MeasurePanelPainter::paintReference() const
{
    const double ry = y(m_panel.reference->value);
    m_painter.save();
    m_painter.setPen(QPen(ChartStyle::targetColour(), m_style.pt(0.9), Qt::DashDotLine));
    m_painter.drawLine(QPointF(m_plot.left(), ry), QPointF(m_plot.right(), ry));
    m_painter.restore();
}

void MeasurePanelPainter::paintTarget(const ChartSeries& series) const
{
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing);
    QPen dashed(ChartStyle::targetColour(), m_style.pt(1.0), Qt::DashLine);
    for (const auto& [first, last] : series.runs()) {
        QPainterPath path;
        for (int slot = first; slot <= last; ++slot) {
            const QPointF point(x(slot), y(*series.at(slot)->value));
            slot == first ? path.moveTo(point) : path.lineTo(point);
        }
        m_painter.setPen(dashed);
        m_painter.drawPath(path);
    }
    m_painter.setPen(QPen(ChartStyle::targetColour(), m_style.pt(1.6), Qt::SolidLine, Qt::FlatCap));
    const double half = std::min(slotWidth() * 0.22, m_style.pt(5));
    for (const ChartPoint& point : series.points)
        if (point.value)
            m_painter.drawLine(QPointF(x(point.slot) - half, y(*point.value)), QPointF(x(point.slot) + half, y(*point.value)));
    m_painter.restore();
}

void MeasurePanelPainter::paintLine(const ChartSeries& series) const
{
    const bool ytd = series.kind == SeriesKind::YearToDate;
    const QColor colour = ytd ? ChartStyle::yearToDateColour() : ChartStyle::actualColour();
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setPen(QPen(colour, m_style.pt(ytd ? 1.4 : 1.6), ytd ? Qt::DotLine : Qt::SolidLine, Qt::RoundCap,
                          Qt::RoundJoin));
    for (const auto& [first, last] : series.runs()) {
        QPainterPath path;
        for (int slot = first; slot <= last; ++slot) {
            const QPointF point(x(slot), y(*series.at(slot)->value));
            slot == first ? path.moveTo(point) : path.lineTo(point);
        }
        m_painter.drawPath(path);
    }
    for (const ChartPoint& point : series.points) {
        if (!point.value)
            continue;
        const QPointF centre(x(point.slot), y(*point.value));
        if (point.status && !ytd) {
            m_style.drawStatusMarker(m_painter, centre, *point.status, ChartStyle::MarkerPt, point.derived);
        } else {
            m_painter.setPen(QPen(colour, m_style.pt(1.0)));
            m_painter.setBrush(point.derived ? QColor(Qt::white) : colour);
            const double r = m_style.pt(ytd ? 1.6 : 2.2);
            m_painter.drawEllipse(centre, r, r);
        }
    }
    m_painter.restore();
}

std::vector<DrawnGap> MeasurePanelPainter::drawnGaps(const ChartPanel& panel)
{
    std::vector<DrawnGap> out;
    const ChartSeries* actual = panel.find(SeriesKind::Actual);
    const ChartSeries* target = panel.find(SeriesKind::Target);
    for (int slot = 0; slot < panel.categories.size(); ++slot) {
        const ChartPoint* a = actual ? actual->at(slot) : nullptr;
        const ChartPoint* t = target ? target->at(slot) : nullptr;
        if (a && a->drawnGap())
            out.push_back({slot, a, false});
        else if (t && t->gap == GapKind::Recorded)
            out.push_back({slot, t, true});
    }
    return out;
}

} // namespace ys::charts
