// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartLegend.h"

#include <QFontMetricsF>
#include <QPainter>

namespace ys::charts {
namespace {

constexpr double SwatchPt = 12;
constexpr double GapPt = 8;
constexpr double LinePt = 11;

} // namespace

double ChartLegend::itemWidth(const ChartStyle& style, QPainter& painter, const Item& item) const
{
    const QFontMetricsF metrics(style.font(ChartStyle::SmallPt), painter.device());
    return style.pt(SwatchPt + 2.5) + metrics.horizontalAdvance(item.text);
}

double ChartLegend::height(const ChartStyle& style, QPainter& painter, double width) const
{
    if (m_items.empty())
        return 0;
    int lines = 1;
    double x = 0;
    for (const Item& item : m_items) {
        const double w = itemWidth(style, painter, item);
        if (x > 0 && x + w > width) {
            ++lines;
            x = 0;
        }
        x += w + style.pt(GapPt);
    }
    return lines * style.pt(LinePt);
}

void ChartLegend::paintSwatch(const ChartStyle& style, QPainter& painter, const Item& item, const QRectF& box) const
{
    const double midY = box.center().y();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    switch (item.swatch) {
    case Swatch::ActualLine:
        painter.setPen(QPen(ChartStyle::actualColour(), style.pt(1.6)));
        painter.drawLine(QPointF(box.left(), midY), QPointF(box.right(), midY));
        painter.setPen(Qt::NoPen);
        painter.setBrush(ChartStyle::actualColour());
        painter.drawEllipse(QPointF(box.center().x(), midY), style.pt(2.2), style.pt(2.2));
        break;
    case Swatch::TargetLine: {
        QPen pen(ChartStyle::targetColour(), style.pt(1.0), Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(box.left(), midY), QPointF(box.right(), midY));
        painter.setPen(QPen(ChartStyle::targetColour(), style.pt(1.6)));
        painter.drawLine(QPointF(box.center().x() - style.pt(3), midY), QPointF(box.center().x() + style.pt(3), midY));
        break;
    }
    case Swatch::YearToDateLine:
        painter.setPen(QPen(ChartStyle::yearToDateColour(), style.pt(1.4), Qt::DotLine));
        painter.drawLine(QPointF(box.left(), midY), QPointF(box.right(), midY));
        break;
    case Swatch::ReferenceLine:
        painter.setPen(QPen(ChartStyle::targetColour(), style.pt(0.9), Qt::DashDotLine));
        painter.drawLine(QPointF(box.left(), midY), QPointF(box.right(), midY));
        break;
    case Swatch::StatusMarker:
        style.drawStatusMarker(painter, QPointF(box.center().x(), midY), item.status, ChartStyle::MarkerPt);
        break;
    case Swatch::DerivedMarker:
        painter.setPen(QPen(ChartStyle::actualColour(), style.pt(1.0)));
        painter.setBrush(Qt::white);
        painter.drawEllipse(QPointF(box.center().x(), midY), style.pt(2.6), style.pt(2.6));
        break;
    case Swatch::StatusFill:
        style.fillStatus(painter, QRectF(box.left(), midY - style.pt(3.5), box.width(), style.pt(7)), item.status);
        break;
    case Swatch::Gap:
        style.fillGap(painter, QRectF(box.left() + style.pt(2), midY - style.pt(4), box.width() - style.pt(4), style.pt(8)));
        break;
    }
    painter.restore();
}

void ChartLegend::paint(const ChartStyle& style, QPainter& painter, const QRectF& rect) const
{
    painter.save();
    painter.setFont(style.font(ChartStyle::SmallPt));
    double x = rect.left();
    double y = rect.top();
    for (const Item& item : m_items) {
        const double w = itemWidth(style, painter, item);
        if (x > rect.left() && x + w > rect.right()) {
            x = rect.left();
            y += style.pt(LinePt);
        }
        const QRectF line(x, y, w, style.pt(LinePt));
        paintSwatch(style, painter, item, QRectF(x, y, style.pt(SwatchPt), style.pt(LinePt)));
        painter.setPen(Qt::black);
        painter.drawText(line.adjusted(style.pt(SwatchPt + 2.5), 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, item.text);
        x += w + style.pt(GapPt);
    }
    painter.restore();
}

} // namespace ys::charts
