// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureChartPainter.h"

#include "ChartLegend.h"
#include "ChartStyle.h"
#include "ChartText.h"

#include "report/StatusStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace ys::charts {
namespace {

constexpr double PadPt = 4;

// Up to `maxLines` lines of `text` wrapped to `width`, the last one elided.
QStringList wrap(const QString& text, const QFont& font, QPaintDevice* device, double width, int maxLines)
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

// The drawn gap of each slot of a panel: the actual's, else a target's recorded one.
struct DrawnGap
{
    int slot = 0;
    const ChartPoint* point = nullptr;
    bool target = false;
};

std::vector<DrawnGap> drawnGaps(const ChartPanel& panel)
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

class PanelPainter
{
public:
    PanelPainter(const ChartStyle& style, QPainter& painter, const MeasureChart& chart, const ChartPanel& panel,
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

    void paint() const
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

private:
    double x(int slot) const { return m_plot.left() + (slot + 0.5) * slotWidth(); }
    double y(double value) const { return m_plot.bottom() - m_panel.axis.fraction(value) * m_plot.height(); }
    void paintFrame() const
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

    void paintGaps() const
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

    void paintReference() const
    {
        const double ry = y(m_panel.reference->value);
        m_painter.save();
        m_painter.setPen(QPen(ChartStyle::targetColour(), m_style.pt(0.9), Qt::DashDotLine));
        m_painter.drawLine(QPointF(m_plot.left(), ry), QPointF(m_plot.right(), ry));
        m_painter.restore();
    }

    void paintTarget(const ChartSeries& series) const
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

    void paintLine(const ChartSeries& series) const
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

    const ChartStyle& m_style;
    QPainter& m_painter;
    const MeasureChart& m_chart;
    const ChartPanel& m_panel;
    QRectF m_header;
    QRectF m_plot;
    std::map<int, QString> m_marks;
};

void PanelPainter::setArea(const QRectF& area)
{
    const QFontMetricsF small(m_style.font(ChartStyle::SmallPt), m_painter.device());
    double labelWidth = 0;
    for (double tick : m_panel.axis.ticks())
        labelWidth = std::max(labelWidth, small.horizontalAdvance(m_panel.axis.label(tick, m_chart.unit)));
    labelWidth = std::max(labelWidth, small.horizontalAdvance(m_chart.unitLabel) * 0.6);
    const double header = small.height() + m_style.pt(2);
    const double footer = small.height() + m_style.pt(2);
    m_header = QRectF(area.left(), area.top(), area.width(), header);
    m_plot = QRectF(area.left() + labelWidth + m_style.pt(3), area.top() + header, 0, 0);
    m_plot.setRight(area.right());
    m_plot.setBottom(area.bottom() - footer);
}

// The words under the legend for the gaps whose short mark does not say it all ("Part: FY26 — only
// part of the year ..."; "1: FY23 — *Submitted after December*"), and the mark each gap carries: its
// short word when that fits the slot, else a number.
class GapNotes
{
public:
    void add(const ChartPanel& panel, PanelPainter& painter, const QFontMetricsF& metrics, int quarterYear)
    {
        std::map<int, QString> marks;
        for (const auto& [slot, point, target] : drawnGaps(panel)) {
            QString mark = ChartText::gapMark(*point);
            const QString reason = point->reason;
            if (metrics.horizontalAdvance(mark) > painter.slotWidth()) {
                auto it = m_numbers.find(reason);
                if (it == m_numbers.end())
                    it = m_numbers.emplace(reason, QString::number(m_numbers.size() + 1)).first;
                mark = it->second;
            }
            marks[slot] = mark;
            if (mark == reason)
                continue; // "N/A" says it all
            QString where = quarterYear ? ChartText::yearLabel(quarterYear) + QLatin1Char(' ') + panel.categories[slot]
                                        : panel.categories[slot];
            if (target)
                where += QLatin1Char(' ') + ChartText::tr("target");
            auto& note = m_notes[{mark, reason}];
            note << where;
        }
        painter.setMarks(std::move(marks));
    }

    QString text() const
    {
        QStringList parts;
        for (const auto& [key, places] : m_notes)
            parts << ChartText::tr("%1: %2 — %3").arg(key.first, places.join(QStringLiteral(", ")), key.second);
        return parts.join(QStringLiteral(". "));
    }

private:
    std::map<QString, QString> m_numbers;                  // reason -> its number
    std::map<std::pair<QString, QString>, QStringList> m_notes; // (mark, reason) -> where
};

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
        for (const QString& line : wrap(chart.title, titleFont, painter.device(), area.width(), 2)) {
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
    PanelPainter years(style, painter, chart, chart.years, panelArea(false));
    notes.add(chart.years, years, smallMetrics, 0);
    std::optional<PanelPainter> quarters;
    if (!chart.quarters.isEmpty()) {
        quarters.emplace(style, painter, chart, chart.quarters, panelArea(true));
        notes.add(chart.quarters, *quarters, smallMetrics, chart.quarterYear);
    }

    // Under the plots: the legend, then what the gaps' marks stand for.
    const ChartLegend legend = legendOf(chart);
    const double legendHeight = legend.height(style, painter, area.width());
    const QStringList noteLines = wrap(notes.text(), style.font(ChartStyle::SmallPt), painter.device(), area.width(), 2);
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
