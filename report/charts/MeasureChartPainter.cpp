// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureChartPainter.h"

#include "ChartLegend.h"
#include "ChartStyle.h"
#include "ChartText.h"
#include "GapNotes.h"
#include "MeasurePanelPainter.h"

#include "report/StatusStyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace ys::charts {
namespace {

constexpr double PadPt = 4;

ChartLegend legendOf(const MeasureChart& chart)
{
    ChartLegend legend;
    bool derived = false, gaps = false, ytd = false, target = false;
    std::set<int> statuses;
    for (const ChartPanel* panel : {&chart.years, &chart.quarters})
        for (const ChartSeries& series : panel->series) {
            ytd = ytd || (series.kind == SeriesKind::YearToDate && series.numbers() > 0);
            target = target || (series.kind == SeriesKind::Target && series.numbers() > 0);
            for (const ChartPoint& p : series.points) {
                gaps = gaps || (p.drawnGap() && series.kind == SeriesKind::Actual) ||
                       (series.kind == SeriesKind::Target && p.gap == GapKind::Recorded);
                if (series.kind == SeriesKind::Actual && p.value) {
                    derived = derived || p.derived;
                    if (p.status)
                        statuses.insert(int(*p.status));
                }
            }
        }
    legend.add(ChartLegend::Swatch::ActualLine, ChartText::tr("Actual"));
    if (target)
        legend.add(ChartLegend::Swatch::TargetLine, ChartText::tr("Target"));
    if (ytd)
        legend.add(ChartLegend::Swatch::YearToDateLine, ChartText::tr("Year to date"));
    if (chart.quarters.reference)
        legend.add(ChartLegend::Swatch::ReferenceLine, chart.quarters.reference->label);
    for (int status : statuses)
        legend.add(ChartLegend::Swatch::StatusMarker, report::StatusStyle::of(TargetStatus(status)).text,
                   TargetStatus(status));
    if (derived)
        legend.add(ChartLegend::Swatch::DerivedMarker, ChartText::tr("Derived from quarters"));
    if (gaps)
        legend.add(ChartLegend::Swatch::Gap, ChartText::tr("No value (why: in or below the band)"));
    return legend;
}

} // namespace

void MeasureChartPainter::paint(QPainter& painter, const QRectF& rect, const MeasureChart& chart, const Options& options)
{
    const ChartStyle style(painter);
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.fillRect(rect, Qt::white);
    const double pad = style.pt(PadPt);
    QRectF area = rect.adjusted(pad, pad, -pad, -pad);

    if (options.title) {
        const QFont titleFont = style.font(ChartStyle::TitlePt, true);
        const QFontMetricsF metrics(titleFont, painter.device());
        painter.setFont(titleFont);
        painter.setPen(Qt::black);
        for (const QString& line : ChartStyle::wrap(chart.title, titleFont, painter.device(), area.width(), 2)) {
            painter.drawText(QRectF(area.left(), area.top(), area.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
            area.setTop(area.top() + metrics.height());
        }
        area.setTop(area.top() + style.pt(1));
    }

    // The desired direction on the left, the status on the right (two lines when they do not fit).
    const QFont body = style.font(ChartStyle::BodyPt);
    const QFontMetricsF bodyMetrics(body, painter.device());
    painter.setFont(body);
    const QString direction = (chart.directionArrow.isEmpty() ? QString() : chart.directionArrow + QLatin1Char(' ')) + chart.directionLabel;
    const double markerSpace = chart.status.fiscalYear ? style.pt(2 * ChartStyle::MarkerPt + 2) : 0;
    const double directionWidth = bodyMetrics.horizontalAdvance(direction);
    const double statusWidth = bodyMetrics.horizontalAdvance(chart.statusCaption) + markerSpace;
    const bool oneLine = directionWidth + statusWidth + style.pt(10) <= area.width();
    const double lineHeight = std::max(bodyMetrics.height(), style.pt(2 * ChartStyle::MarkerPt + 1));
    painter.setPen(Qt::black);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter, direction);
    if (!oneLine)
        area.setTop(area.top() + lineHeight);
    const QString caption = bodyMetrics.elidedText(chart.statusCaption, Qt::ElideRight, area.width() - markerSpace);
    const double captionWidth = bodyMetrics.horizontalAdvance(caption);
    const double captionLeft = oneLine ? area.right() - captionWidth : area.left() + markerSpace;
    if (chart.status.fiscalYear)
        style.drawStatusMarker(painter, QPointF(captionLeft - markerSpace + style.pt(ChartStyle::MarkerPt), area.top() + lineHeight / 2),
                               chart.status.status, ChartStyle::MarkerPt);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(captionLeft, area.top(), captionWidth + 1, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, caption);
    area.setTop(area.top() + lineHeight + style.pt(3));

    if (!chart.hasValues()) {
        painter.setPen(ChartStyle::mutedTextColour());
        painter.drawText(area, Qt::AlignCenter, ChartText::tr("No targets or actuals yet"));
        painter.restore();
        return;
    }

    // The panels side by side (widths do not depend on the height the legend leaves).
    const double gap = style.pt(8);
    const double yearsWidth = chart.quarters.isEmpty() ? area.width() : (area.width() - gap) * 0.66;
    const auto panelArea = [&](bool quarters) {
        return quarters ? QRectF(area.left() + yearsWidth + gap, area.top(), area.width() - yearsWidth - gap, area.height())
                        : QRectF(area.left(), area.top(), yearsWidth, area.height());
    };
    const QFontMetricsF smallMetrics(style.font(ChartStyle::SmallPt), painter.device());
    GapNotes notes;
    MeasurePanelPainter years(style, painter, chart, chart.years, panelArea(false));
    notes.add(chart.years, years, smallMetrics, 0);
    std::optional<MeasurePanelPainter> quarters;
    if (!chart.quarters.isEmpty()) {
        quarters.emplace(style, painter, chart, chart.quarters, panelArea(true));
        notes.add(chart.quarters, *quarters, smallMetrics, chart.quarterYear);
    }

    // Under the plots: the legend, then what the gaps' marks stand for.
    const ChartLegend legend = legendOf(chart);
    const double legendHeight = legend.height(style, painter, area.width());
    const QStringList noteLines = ChartStyle::wrap(notes.text(), style.font(ChartStyle::SmallPt), painter.device(), area.width(), 2);
    const double notesHeight = noteLines.size() * smallMetrics.height();
    painter.setFont(style.font(ChartStyle::SmallPt));
    painter.setPen(ChartStyle::mutedTextColour());
    for (int i = 0; i < noteLines.size(); ++i)
        painter.drawText(QRectF(area.left(), area.bottom() - notesHeight + i * smallMetrics.height(), area.width(),
                                smallMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, noteLines[i]);
    area.setBottom(area.bottom() - notesHeight);
    legend.paint(style, painter, QRectF(area.left(), area.bottom() - legendHeight, area.width(), legendHeight));
    area.setBottom(area.bottom() - legendHeight - style.pt(2));

    // The panels in the height left (their widths, and so their gaps' marks, stay).
    years.setArea(panelArea(false));
    years.paint();
    if (quarters) {
        quarters->setArea(panelArea(true));
        quarters->paint();
    }
    painter.restore();
}

} // namespace ys::charts
