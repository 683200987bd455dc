// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartStyle.h"

#include "report/StatusStyle.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

namespace ys::charts {
namespace {

// Parallel lines at 45 degrees across a rectangle (rising to the right, or falling), `spacing` apart.
void hatch(QPainter& painter, const QRectF& rect, double spacing, bool rising)
{
    for (double offset = -rect.height(); offset <= rect.width() + spacing; offset += spacing) {
        const double x = rect.left() + offset;
        if (rising)
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
        else
            painter.drawLine(QPointF(x, rect.top()), QPointF(x + rect.height(), rect.bottom()));
    }
}

} // namespace

ChartStyle::ChartStyle(const QPainter& painter)
{
    const QPaintDevice* device = painter.device();
    const int dpi = device ? device->logicalDpiY() : 72;
    m_unit = (dpi > 0 ? dpi : 72) / 72.0;
    m_base = painter.font();
}

QFont ChartStyle::font(double points, bool bold) const
{
    QFont f = m_base;
    // Pixel sizes from points and the device's resolution: the same on every device, whatever
    // resolution Qt assumes for its fonts there.
    f.setPixelSize(std::max(1, qRound(pt(points))));
    f.setBold(bold);
    return f;
}

QColor ChartStyle::textOn(TargetStatus status)
{
    return status == TargetStatus::Met || status == TargetStatus::Missed ? QColor(Qt::white) : QColor(Qt::black);
}

QStringList ChartStyle::wrap(const QString& text, const QFont& font, QPaintDevice* device, double width, int maxLines)
{
    const QFontMetricsF metrics(font, device);
    QStringList lines;
    QString rest = text.simplified();
    while (!rest.isEmpty() && lines.size() < maxLines) {
        if (lines.size() == maxLines - 1 || metrics.horizontalAdvance(rest) <= width) {
            lines << metrics.elidedText(rest, Qt::ElideRight, width);
            break;
        }
        int cut = rest.size();
        while (cut > 0 && metrics.horizontalAdvance(rest.left(cut)) > width)
            cut = rest.lastIndexOf(QLatin1Char(' '), cut - 1);
        if (cut <= 0) { // one long word
            lines << metrics.elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << rest.left(cut);
        rest = rest.mid(cut + 1);
    }
    return lines;
}

void ChartStyle::drawStatusMarker(QPainter& painter, const QPointF& centre, TargetStatus status, double radiusPt,
                                  bool hollow) const
{
    const report::StatusStyle style = report::StatusStyle::of(status);
    const double r = pt(radiusPt);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(hollow ? style.colour : QColor(Qt::white), pt(hollow ? 1.2 : 0.6)));
    painter.setBrush(hollow ? QColor(Qt::white) : style.colour);
    painter.drawEllipse(centre, r, r);
    QFont f = font(radiusPt * 1.5, true);
    f.setPixelSize(std::max(1, qRound(r * 1.5)));
    painter.setFont(f);
    painter.setPen(hollow ? style.colour : QColor(Qt::white));
    painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter, style.symbol);
    painter.restore();
}

void ChartStyle::fillStatus(QPainter& painter, const QRectF& rect, TargetStatus status) const
{
    const report::StatusStyle style = report::StatusStyle::of(status);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill = status == TargetStatus::NoData ? QColor(0xBB, 0xBB, 0xBB) : style.colour;
    painter.fillRect(rect, fill);
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setPen(QPen(QColor(255, 255, 255, 200), pt(0.9)));
    switch (status) {
    case TargetStatus::Met: break; // solid
    case TargetStatus::Near: hatch(painter, rect, pt(4), true); break;
    case TargetStatus::Missed:
        hatch(painter, rect, pt(4), true);
        hatch(painter, rect, pt(4), false);
        break;
    case TargetStatus::NoData: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 220));
        const double step = pt(3);
        for (double y = rect.top() + step / 2; y < rect.bottom(); y += step)
            for (double x = rect.left() + step / 2; x < rect.right(); x += step)
                painter.drawEllipse(QPointF(x, y), pt(0.6), pt(0.6));
        break;
    }
    }
    painter.restore();
}

void ChartStyle::fillGap(QPainter& painter, const QRectF& rect) const
{
    painter.save();
    painter.fillRect(rect, QColor(0xF2, 0xF2, 0xF2));
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setPen(QPen(QColor(0xC4, 0xC4, 0xC4), pt(0.6)));
    hatch(painter, rect, pt(3), false);
    painter.restore();
}

QImage ChartStyle::markerImage(TargetStatus status, int pixels, bool hollow)
{
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    ChartStyle style(painter);
    const double radius = (pixels / 2.0 - 0.5) / style.unit();
    style.drawStatusMarker(painter, QPointF(pixels / 2.0, pixels / 2.0), status, radius, hollow);
    return image;
}

QImage ChartStyle::patternImage(TargetStatus status, int pixels)
{
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    ChartStyle style(painter);
    style.fillStatus(painter, QRectF(0, 0, pixels, pixels), status);
    return image;
}

QImage ChartStyle::gapPatternImage(int pixels)
{
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    ChartStyle style(painter);
    style.fillGap(painter, QRectF(0, 0, pixels, pixels));
    return image;
}

} // namespace ys::charts
