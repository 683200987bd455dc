// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScorecardPainter.h"

#include "ChartLegend.h"
#include "ChartStyle.h"
#include "ChartText.h"

#include "report/StatusStyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace ys::charts {

std::vector<ScorecardRow> ScorecardPainter::shownRows(const Scorecard& card)
{
    std::vector<ScorecardRow> rows{ScorecardRow::Output, ScorecardRow::Efficiency, ScorecardRow::Effectiveness,
                                   ScorecardRow::Outcome};
    if (card.rowTotal(ScorecardRow::Other) > 0)
        rows.push_back(ScorecardRow::Other);
    return rows;
}

QString ScorecardPainter::rowLabel(ScorecardRow row)
{
    switch (row) {
    case ScorecardRow::Output: return label(MeasureType::Output);
    case ScorecardRow::Efficiency: return label(MeasureType::Efficiency);
    case ScorecardRow::Effectiveness: return label(MeasureType::Effectiveness);
    case ScorecardRow::Outcome: return label(MeasureType::Outcome);
    case ScorecardRow::Other: break;
    }
    return ChartText::tr("Other types");
}

QString ScorecardPainter::countCaption(const Scorecard& card)
{
    QString text = card.planCycle
                       ? ChartText::tr("%1 measures of the %2 plans").arg(card.total()).arg(ChartText::yearLabel(card.planCycle))
                       : ChartText::tr("%1 measures").arg(card.total());
    if (card.deprecatedLeftOut > 0)
        text += QLatin1Char(' ') + ChartText::tr("(%1 deprecated not counted)").arg(card.deprecatedLeftOut);
    return text;
}

void ScorecardPainter::paint(QPainter& painter, const QRectF& rect, const Scorecard& card)
{
    const ChartStyle style(painter);
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.fillRect(rect, Qt::white);
    const double pad = style.pt(4);
    QRectF area = rect.adjusted(pad, pad, -pad, -pad);

    const QFont title = style.font(ChartStyle::TitlePt, true);
    const QFont small = style.font(ChartStyle::SmallPt);
    const QFont body = style.font(ChartStyle::BodyPt);
    const QFontMetricsF titleMetrics(title, painter.device());
    const QFontMetricsF smallMetrics(small, painter.device());
    const QFontMetricsF bodyMetrics(body, painter.device());

    painter.setPen(Qt::black);
    painter.setFont(title);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(ChartText::tr("Scorecard: %1").arg(card.scopeName), Qt::ElideRight, area.width()));
    area.setTop(area.top() + titleMetrics.height());
    painter.setFont(small);
    painter.setPen(ChartStyle::mutedTextColour());
    QStringList lines = ChartStyle::wrap(card.yearCaption(), small, painter.device(), area.width(), 2);
    lines << ChartStyle::wrap(countCaption(card), small, painter.device(), area.width(), 1);
    for (const QString& line : lines) {
        painter.drawText(QRectF(area.left(), area.top(), area.width(), smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         line);
        area.setTop(area.top() + smallMetrics.height());
    }
    area.setTop(area.top() + style.pt(4));

    ChartLegend legend;
    for (int s = 0; s < ScorecardStatusCount; ++s) {
        const report::StatusStyle st = report::StatusStyle::of(TargetStatus(s));
        legend.add(ChartLegend::Swatch::StatusFill,
                   ChartText::tr("%1 %2: %3").arg(st.symbol, st.text).arg(card.statusTotal(TargetStatus(s))), TargetStatus(s));
    }
    const double legendHeight = legend.height(style, painter, area.width());
    legend.paint(style, painter, QRectF(area.left(), area.bottom() - legendHeight, area.width(), legendHeight));
    area.setBottom(area.bottom() - legendHeight - style.pt(4));

    const std::vector<ScorecardRow> rows = shownRows(card);
    double labelWidth = 0, totalWidth = bodyMetrics.horizontalAdvance(QStringLiteral("0000"));
    for (ScorecardRow row : rows)
        labelWidth = std::max(labelWidth, bodyMetrics.horizontalAdvance(rowLabel(row)));
    int most = 1;
    for (ScorecardRow row : rows)
        most = std::max(most, card.rowTotal(row));
    const double rowHeight = std::min(style.pt(22), area.height() / double(rows.size()));
    const double barHeight = rowHeight * 0.68;
    const double barLeft = area.left() + labelWidth + style.pt(5);
    const double barWidth = std::max(1.0, area.right() - totalWidth - style.pt(4) - barLeft);

    for (size_t i = 0; i < rows.size(); ++i) {
        const ScorecardRow row = rows[i];
        const double top = area.top() + i * rowHeight;
        const QRectF labelBox(area.left(), top, labelWidth, rowHeight);
        painter.setFont(body);
        painter.setPen(Qt::black);
        painter.drawText(labelBox, Qt::AlignRight | Qt::AlignVCenter, rowLabel(row));
        double x = barLeft;
        const double barTop = top + (rowHeight - barHeight) / 2;
        for (int s = 0; s < ScorecardStatusCount; ++s) {
            const int count = card.count(row, TargetStatus(s));
            if (count == 0)
                continue;
            const double w = barWidth * count / most;
            const QRectF segment(x, barTop, w, barHeight);
            style.fillStatus(painter, segment, TargetStatus(s));
            const QString text = QString::number(count);
            painter.setFont(small);
            if (smallMetrics.horizontalAdvance(text) + style.pt(2) <= w) {
                // On a light chip, so that the count reads on every pattern.
                const double chipWidth = smallMetrics.horizontalAdvance(text) + style.pt(2);
                const QRectF chip(segment.center().x() - chipWidth / 2, segment.center().y() - smallMetrics.height() / 2,
                                  chipWidth, smallMetrics.height());
                painter.fillRect(chip, QColor(255, 255, 255, 230));
                painter.setPen(Qt::black);
                painter.drawText(chip, Qt::AlignCenter, text);
            }
            x += w;
        }
        if (card.rowTotal(row) == 0) {
            painter.setFont(small);
            painter.setPen(ChartStyle::mutedTextColour());
            painter.drawText(QRectF(barLeft, top, barWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             ChartText::tr("no measure of this type"));
        }
        painter.setFont(body);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x + style.pt(3), top, totalWidth + style.pt(4), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         QString::number(card.rowTotal(row)));
    }
    painter.restore();
}

} // namespace ys::charts
