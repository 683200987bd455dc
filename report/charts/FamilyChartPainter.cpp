// SPDX-License-Identifier: GPL-3.0-or-later
#include "FamilyChartPainter.h"

#include "ChartStyle.h"
#include "ChartText.h"

#include "report/StatusStyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace ys::charts {

QString FamilyChartPainter::statusCounts(const std::vector<FamilyMember>& members)
{
    std::array<int, 4> counts{};
    for (const FamilyMember& m : members)
        ++counts[size_t(m.status)];
    QStringList parts;
    for (int s = 0; s < 4; ++s)
        if (counts[size_t(s)] > 0)
            parts << QStringLiteral("%1 %2").arg(counts[size_t(s)]).arg(report::StatusStyle::of(TargetStatus(s)).text.toLower());
    return parts.join(QStringLiteral(", "));
}

void FamilyChartPainter::paint(QPainter& painter, const QRectF& rect, const FamilyChart& chart, const Options& options)
{
    const ChartStyle style(painter);
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.fillRect(rect, Qt::white);
    const double pad = style.pt(4);
    QRectF area = rect.adjusted(pad, pad, -pad, -pad);
    const QFont title = style.font(ChartStyle::TitlePt, true);
    const QFont body = style.font(ChartStyle::BodyPt);
    const QFont bold = style.font(ChartStyle::BodyPt, true);
    const QFont small = style.font(ChartStyle::SmallPt);
    const QFontMetricsF titleMetrics(title, painter.device());
    const QFontMetricsF bodyMetrics(body, painter.device());
    const QFontMetricsF smallMetrics(small, painter.device());

    if (options.title) {
        painter.setFont(title);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), area.top(), area.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         titleMetrics.elidedText(ChartText::tr("Family of measures: %1").arg(chart.serviceName),
                                                 Qt::ElideRight, area.width()));
        area.setTop(area.top() + titleMetrics.height());
    }
    painter.setFont(small);
    painter.setPen(ChartStyle::mutedTextColour());
    painter.drawText(QRectF(area.left(), area.top(), area.width(), smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     smallMetrics.elidedText(chart.yearCaption(), Qt::ElideRight, area.width()));
    area.setTop(area.top() + smallMetrics.height() + style.pt(3));

    // The lines under the boxes: measures outside the four types, and the output-only warning.
    QStringList notes;
    if (options.notes && !chart.outside.empty()) {
        QStringList kinds;
        for (const FamilyMember& m : chart.outside)
            if (!kinds.contains(label(m.type)))
                kinds << label(m.type);
        notes << ChartText::tr("Outside the four types: %1 (%2)").arg(chart.outside.size()).arg(kinds.join(QStringLiteral(", ")));
    }
    if (options.notes && chart.family.outputOnly())
        notes << ChartText::tr("Output-only family: no effectiveness or outcome measure");
    const double notesHeight = notes.size() * smallMetrics.height();
    painter.setPen(Qt::black);
    for (int i = 0; i < notes.size(); ++i)
        painter.drawText(QRectF(area.left(), area.bottom() - notesHeight + i * smallMetrics.height(), area.width(),
                                smallMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, smallMetrics.elidedText(notes[i], Qt::ElideRight, area.width()));
    area.setBottom(area.bottom() - notesHeight - (notes.isEmpty() ? 0 : style.pt(2)));

    const double gap = style.pt(4);
    const double boxWidth = (area.width() - 3 * gap) / 4;
    for (int t = 0; t < 4; ++t) {
        const QRectF box(area.left() + t * (boxWidth + gap), area.top(), boxWidth, area.height());
        const auto& members = chart.types[size_t(t)];
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(members.empty() ? QColor(0x99, 0x99, 0x99) : QColor(0x55, 0x55, 0x55), style.pt(0.8),
                            members.empty() ? Qt::DashLine : Qt::SolidLine));
        painter.drawRoundedRect(box, style.pt(2), style.pt(2));
        QRectF inner = box.adjusted(style.pt(3), style.pt(2), -style.pt(3), -style.pt(2));
        painter.setFont(bold);
        painter.setPen(Qt::black);
        const QString header = (members.empty() ? QStringLiteral("✗ ") : QStringLiteral("✓ ")) +
                               label(FamilyChart::FamilyTypes[size_t(t)]);
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), bodyMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         bodyMetrics.elidedText(header, Qt::ElideRight, inner.width()));
        inner.setTop(inner.top() + bodyMetrics.height() + style.pt(1));
        painter.setFont(small);
        if (members.empty()) {
            painter.setPen(ChartStyle::mutedTextColour());
            painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), smallMetrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, ChartText::tr("none"));
            continue;
        }
        painter.setPen(ChartStyle::mutedTextColour());
        const QString count = members.size() == 1 ? ChartText::tr("1 measure") : ChartText::tr("%1 measures").arg(members.size());
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         smallMetrics.elidedText(count, Qt::ElideRight, inner.width()));
        inner.setTop(inner.top() + smallMetrics.height() + style.pt(1));
        // A marker per measure, wrapping; the words of the counts at the bottom.
        const double step = style.pt(2 * ChartStyle::MarkerPt + 1.5);
        const int perLine = std::max(1, int(inner.width() / step));
        const double countsHeight = smallMetrics.height() * 2;
        const int lines = std::max(1, int((inner.height() - countsHeight) / step));
        const int room = perLine * lines;
        for (int i = 0; i < int(members.size()) && i < room; ++i) {
            const QPointF centre(inner.left() + (i % perLine + 0.5) * step, inner.top() + (i / perLine + 0.5) * step);
            if (i == room - 1 && int(members.size()) > room) {
                painter.setPen(Qt::black);
                painter.drawText(QRectF(centre.x() - step / 2, centre.y() - step / 2, step, step), Qt::AlignCenter,
                                 QStringLiteral("+%1").arg(members.size() - size_t(room) + 1));
                break;
            }
            style.drawStatusMarker(painter, centre, members[size_t(i)].status, ChartStyle::MarkerPt);
        }
        painter.setPen(Qt::black);
        painter.drawText(QRectF(inner.left(), inner.bottom() - countsHeight, inner.width(), countsHeight),
                         Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, statusCounts(members));
    }
    painter.restore();
}

} // namespace ys::charts
