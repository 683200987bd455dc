// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScorecardQChart.h"

#include "StatusStyle.h"

#include "report/charts/AxisScale.h"
#include "report/charts/ChartStyle.h"
#include "report/charts/ChartText.h"
#include "report/charts/ScorecardPainter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ys::report {

ScorecardQChart ScorecardQChart::build(const charts::Scorecard& card)
{
    ScorecardQChart out;
    out.chart = new QChart;
    out.chart->setAnimationOptions(QChart::NoAnimation);
    out.chart->setBackgroundRoundness(0);
    out.chart->setMargins(QMargins(4, 4, 4, 4));
    out.chart->legend()->setAlignment(Qt::AlignBottom);

    // Categories run bottom to top: the first type goes last, so it shows on top.
    std::vector<charts::ScorecardRow> shown = charts::ScorecardPainter::shownRows(card);
    std::reverse(shown.begin(), shown.end());
    out.rows = shown;
    QStringList categories;
    for (charts::ScorecardRow row : shown)
        categories << charts::ChartText::tr("%1 (%2)").arg(charts::ScorecardPainter::rowLabel(row)).arg(card.rowTotal(row));

    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    for (int s = 0; s < charts::ScorecardStatusCount; ++s) {
        const TargetStatus status = TargetStatus(s);
        const StatusStyle style = StatusStyle::of(status);
        auto* set = new QBarSet(charts::ChartText::tr("%1 (%2)").arg(style.labelled()).arg(card.statusTotal(status)));
        set->setBrush(QBrush(charts::ChartStyle::patternImage(status, 16)));
        set->setPen(QPen(Qt::white, 1));
        set->setLabelColor(Qt::black);
        QFont font = set->labelFont();
        font.setBold(true);
        set->setLabelFont(font);
        for (charts::ScorecardRow row : shown)
            set->append(card.count(row, status));
        series->append(set);
        out.sets.push_back(set);
    }
    series->setLabelsFormat(QStringLiteral("@value"));
    out.chart->addSeries(series);

    auto* y = new QBarCategoryAxis;
    y->append(categories);
    y->setTruncateLabels(false);
    auto* x = new QValueAxis;
    int most = 1;
    for (charts::ScorecardRow row : shown)
        most = std::max(most, card.rowTotal(row));
    // Whole numbers of measures: round steps, never below one.
    charts::AxisScale scale = charts::AxisScale::of({0.0, double(most)}, Unit::Count);
    if (scale.step < 1) {
        scale.step = 1;
        scale.max = most;
    }
    x->setRange(0, scale.max);
    x->setTickCount(int(std::lround(scale.max / scale.step)) + 1);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(charts::ChartText::tr("Measures"));
    out.chart->addAxis(y, Qt::AlignLeft);
    out.chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    return out;
}

bool ScorecardQChart::locate(const QBarSet* set, int index, TargetStatus& status, charts::ScorecardRow& row) const
{
    const auto it = std::find(sets.begin(), sets.end(), set);
    if (it == sets.end() || index < 0 || index >= int(rows.size()))
        return false;
    status = TargetStatus(it - sets.begin());
    row = rows[size_t(index)];
    return true;
}

} // namespace ys::report
