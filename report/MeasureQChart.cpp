// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureQChart.h"

#include "StatusStyle.h"

#include "report/charts/ChartStyle.h"
#include "report/charts/ChartText.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>

#include <map>

namespace ys::report {
namespace {

using charts::ChartPoint;
using charts::ChartSeries;
using charts::ChartStyle;
using charts::ChartText;
using charts::GapKind;
using charts::SeriesKind;

constexpr int MarkerPixels = 15;

struct Builder
{
    const charts::MeasureChart& model;
    const charts::ChartPanel& panel;
    ChartTips& tips;
    QChart* chart = nullptr;
    QAbstractAxis* xAxis = nullptr;
    QAbstractAxis* yAxis = nullptr;
    double low = 0, high = 1; // the y range shown: the axis and room for the markers at its ends

    void attach(QAbstractSeries* series, bool inLegend)
    {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        for (QLegendMarker* marker : chart->legend()->markers(series))
            marker->setVisible(inLegend);
    }

    QString tip(const ChartSeries& series, const ChartPoint& point) const
    {
        return ChartText::describe(series, point, panel.categories.value(point.slot), model.unit);
    }

    void axes()
    {
        auto* x = new QBarCategoryAxis;
        QStringList categories;
        for (const QString& c : panel.categories)
            categories << c.toHtmlEscaped();
        x->append(categories);
        x->setTitleText(panel.title.toHtmlEscaped());
        x->setGridLineVisible(false);
        x->setTruncateLabels(false);
        auto* y = new QCategoryAxis;
        y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const double pad = (panel.axis.max - panel.axis.min) * 0.06;
        low = panel.axis.min - pad;
        high = panel.axis.max + pad;
        y->setRange(low, high);
        y->setStartValue(low);
        for (double tick : panel.axis.ticks())
            y->append(panel.axis.label(tick, model.unit).toHtmlEscaped(), tick);
        y->setTitleText(model.unitLabel.toHtmlEscaped());
        y->setGridLinePen(QPen(ChartStyle::gridColour(), 1));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        xAxis = x;
        yAxis = y;
    }

    void gaps()
    {
        const ChartSeries* actual = panel.find(SeriesKind::Actual);
        const ChartSeries* target = panel.find(SeriesKind::Target);
        bool first = true;
        for (int slot = 0; slot < panel.categories.size(); ++slot) {
            const ChartPoint* a = actual ? actual->at(slot) : nullptr;
            const ChartPoint* t = target ? target->at(slot) : nullptr;
            const bool actualGap = a && a->drawnGap();
            const bool targetGap = t && t->gap == GapKind::Recorded;
            if (!actualGap && !targetGap)
                continue;
            auto* upper = new QLineSeries;
            auto* lower = new QLineSeries;
            upper->append(slot - 0.35, high);
            upper->append(slot + 0.35, high);
            lower->append(slot - 0.35, low);
            lower->append(slot + 0.35, low);
            auto* band = new QAreaSeries(upper, lower);
            band->setName(ChartText::tr("No value"));
            band->setBrush(QBrush(ChartStyle::gapPatternImage(16)));
            band->setPen(QPen(QColor(0xC4, 0xC4, 0xC4), 1));
            attach(band, first);
            first = false;
            QStringList lines;
            if (actualGap)
                lines << tip(*actual, *a);
            if (targetGap)
                lines << tip(*target, *t);
            tips.set(band, slot, lines.join(QLatin1Char('\n')));
        }
    }

    void reference()
    {
        if (!panel.reference)
            return;
        auto* line = new QLineSeries;
        line->setName(panel.reference->label.toHtmlEscaped());
        line->append(-0.5, panel.reference->value);
        line->append(panel.categories.size() - 0.5, panel.reference->value);
        line->setPen(QPen(ChartStyle::targetColour(), 1.2, Qt::DashDotLine));
        attach(line, true);
        for (int slot = 0; slot < panel.categories.size(); ++slot)
            tips.set(line, slot, panel.reference->label);
    }

    // A series' runs as lines, then its points as markers.
    void series(const ChartSeries& s)
    {
        const bool target = s.kind == SeriesKind::Target;
        const bool ytd = s.kind == SeriesKind::YearToDate;
        const QColor colour = target ? ChartStyle::targetColour() : ytd ? ChartStyle::yearToDateColour() : ChartStyle::actualColour();
        const QPen pen(colour, target ? 1.3 : 2.0, target ? Qt::DashLine : ytd ? Qt::DotLine : Qt::SolidLine, Qt::RoundCap);
        bool first = true;
        for (const auto& [from, to] : s.runs()) {
            auto* line = new QLineSeries;
            line->setName(s.name.toHtmlEscaped());
            line->setPen(pen);
            for (int slot = from; slot <= to; ++slot) {
                line->append(slot, *s.at(slot)->value);
                tips.set(line, slot, tip(s, *s.at(slot)));
            }
            attach(line, first); // one legend entry per series
            first = false;
        }
        // Markers: grouped by how they look (status, derived), one scatter series each. The legend
        // names each status once, and hollow (derived) markers once.
        std::map<std::pair<int, bool>, QScatterSeries*> groups;
        for (const ChartPoint& p : s.points) {
            if (!p.value)
                continue;
            const int look = target ? -2 : (p.status && !ytd ? int(*p.status) : -1);
            auto& scatter = groups[{look, p.derived}];
            if (!scatter) {
                scatter = new QScatterSeries;
                scatter->setMarkerSize(look >= 0 ? MarkerPixels : target ? 14 : 8);
                // The colour shows in the legend; the points are drawn with the light marker.
                const QColor markerColour = look >= 0 ? StatusStyle::of(TargetStatus(look)).colour : colour;
                scatter->setPen(QPen(p.derived ? markerColour : QColor(Qt::white), 1.2));
                scatter->setBrush(p.derived ? QBrush(Qt::white) : QBrush(markerColour));
                scatter->setName(p.derived ? ChartText::tr("Derived from quarters") : s.name.toHtmlEscaped());
                if (look >= 0) {
                    scatter->setLightMarker(ChartStyle::markerImage(TargetStatus(look), MarkerPixels, p.derived));
                    if (!p.derived)
                        scatter->setName(StatusStyle::of(TargetStatus(look)).labelled());
                } else if (target) {
                    QImage tick(14, 14, QImage::Format_ARGB32_Premultiplied);
                    tick.fill(Qt::transparent);
                    QPainter painter(&tick);
                    painter.fillRect(QRectF(1, 6, 12, 2.5), colour);
                    painter.end();
                    scatter->setLightMarker(tick);
                }
            }
            scatter->append(p.slot, *p.value);
            tips.set(scatter, p.slot, tip(s, p));
        }
        bool derivedShown = false;
        for (auto& [look, scatter] : groups) {
            const bool derived = look.second;
            attach(scatter, derived ? !derivedShown : look.first >= 0);
            derivedShown = derivedShown || derived;
        }
    }
};

} // namespace

QChart* MeasureQChart::build(const charts::MeasureChart& model, const charts::ChartPanel& panel, ChartTips& tips)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    refill(chart, model, panel, tips);
    return chart;
}

void MeasureQChart::refill(QChart* chart, const charts::MeasureChart& model, const charts::ChartPanel& panel, ChartTips& tips)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    Builder b{model, panel, tips};
    b.chart = chart;
    if (panel.isEmpty())
        return;
    b.axes();
    b.gaps();
    b.reference();
    for (const ChartSeries& s : panel.series)
        if (s.kind == SeriesKind::Target)
            b.series(s);
    for (const ChartSeries& s : panel.series)
        if (s.kind != SeriesKind::Target)
            b.series(s);
}

} // namespace ys::report
