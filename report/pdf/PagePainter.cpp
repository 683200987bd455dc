// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagePainter.h"

#include <QPainter>

namespace ys::report::pdf {
namespace {

const QColor RunningGrey(0x55, 0x55, 0x55);
const QColor WatermarkGrey(0xee, 0xee, 0xee);

} // namespace

PagePainter::PagePainter(const PageGeometry& geometry, const Typography& type, ChartPainter charts)
    : m_geometry(geometry), m_type(type), m_charts(std::move(charts))
{
}

QRectF PagePainter::device(const QRectF& points) const
{
    const double s = m_type.scale();
    return QRectF(points.x() * s, points.y() * s, points.width() * s, points.height() * s);
}

void PagePainter::text(QPainter& painter, const TextItem& item) const
{
    if (item.scale != 1.0) {
        QFont font = m_type.font(item.role);
        font.setPointSizeF(font.pointSizeF() * item.scale);
        painter.setFont(font);
    } else {
        painter.setFont(m_type.font(item.role));
    }
    painter.setPen(item.colour);
    painter.drawText(device(item.baseline), item.text);
}

void PagePainter::paint(QPainter& painter, const Page& page, int number, int total) const
{
    const double s = m_type.scale();
    if (page.draft) {
        painter.save();
        painter.translate(device(QPointF(m_geometry.size.width() / 2, m_geometry.size.height() / 2)));
        painter.rotate(-45);
        painter.setFont(m_type.font(FontRole::Watermark));
        painter.setPen(WatermarkGrey);
        const QString mark = QStringLiteral("DRAFT");
        const double width = m_type.width(mark, FontRole::Watermark) * s;
        painter.drawText(QPointF(-width / 2, m_type.ascent(FontRole::Watermark) * s / 3), mark);
        painter.restore();
    }
    // The running header first, so that text extraction reads it first.
    const QRectF body = m_geometry.body;
    if (!page.runningHeader.isEmpty()) {
        text(painter, TextItem{QPointF(body.left(), m_geometry.headerBaseline), page.runningHeader, FontRole::Running,
                               RunningGrey});
        painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.4 * s));
        const double y = m_geometry.headerBaseline + 5;
        painter.drawLine(QLineF(device(QPointF(body.left(), y)), device(QPointF(body.right(), y))));
    }
    painter.setPen(Qt::NoPen);
    for (const RectItem& r : page.rects) {
        painter.setBrush(r.fill.isValid() ? QBrush(r.fill) : QBrush(Qt::NoBrush));
        painter.setPen(r.stroke.isValid() ? QPen(r.stroke, 0.5 * s) : QPen(Qt::NoPen));
        painter.drawRect(device(r.rect));
    }
    painter.setBrush(Qt::NoBrush);
    for (const LineItem& l : page.lines) {
        painter.setPen(QPen(l.colour, l.width * s));
        painter.drawLine(QLineF(device(l.line.p1()), device(l.line.p2())));
    }
    for (const TextItem& t : page.texts)
        text(painter, t);
    if (m_charts)
        for (const ChartItem& c : page.charts) {
            painter.save();
            m_charts(painter, device(c.rect), c.measureId);
            painter.restore();
        }

    const QString footer = QStringLiteral("Page %1 of %2").arg(number).arg(total);
    text(painter, TextItem{QPointF(body.center().x() - m_type.width(footer, FontRole::Running) / 2,
                                   m_geometry.footerBaseline),
                           footer, FontRole::Running, RunningGrey});
}

} // namespace ys::report::pdf
