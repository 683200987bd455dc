// SPDX-License-Identifier: GPL-3.0-or-later
// Figures of the charts on the whole city's plan (bench/CityPlan: the Baltimore workbook):
// - the city scorecard's model (goal: within 100 ms), and the scorecard view refreshed on screen;
// - every FY27 measure's chart model, and the same charts drawn for print with the QPainter
//   renderer into a PDF, half a page wide (the city book prints 674 of them: goal about 1-2 ms each);
// - the measure chart on screen after an edit of a value: the undo command pushed, the chart
//   model and Qt charts rebuilt, and the window repainted (goal: within 16 ms).
#include "BenchRegistry.h"
#include "BenchTimer.h"
#include "CityPlan.h"

#include "report/charts/ChartExport.h"
#include "report/charts/MeasureChartBuilder.h"
#include "report/charts/MeasureChartPainter.h"
#include "report/charts/ScorecardBuilder.h"
#include "rules/ValueLookup.h"
#include "ui/MeasurePage.h"
#include "ui/charts/MeasureChartView.h"
#include "ui/charts/ScorecardView.h"
#include "ui/commands/MeasureCommands.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <vector>

namespace ys::bench {
namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The measures a city book prints: those of the latest plan cycle.
std::vector<RowId> bookMeasures(const storage::PlanSnapshot& snapshot)
{
    int cycle = 0;
    for (const Plan& plan : snapshot.plans)
        cycle = std::max(cycle, plan.cycle);
    std::vector<RowId> ids;
    for (const Measure& m : snapshot.measures)
        for (RowId planId : snapshot.plansOfMeasure.value(m.id))
            if (const Plan* plan = snapshot.plan(planId); plan && plan->cycle == cycle) {
                ids.push_back(m.id);
                break;
            }
    return ids;
}

void scorecardFigures(BenchOutput& out, ui::PlanDocument& doc)
{
    std::vector<double> cards;
    int counted = 0;
    for (int round = 0; round < 10; ++round) {
        QElapsedTimer t;
        t.start();
        const charts::Scorecard built = charts::ScorecardBuilder::build(doc.snapshot(), charts::ScorecardScope::file());
        if (round > 0)
            cards.push_back(elapsedMs(t));
        counted = built.total();
    }
    out.figure(QStringLiteral("chart city scorecard model"),
               QStringLiteral("%1 ms median, %2 ms slowest of %3 (%4 measures by type and status; goal: under 100 ms)")
                   .arg(median(cards), 0, 'f', 2)
                   .arg(*std::max_element(cards.begin(), cards.end()), 0, 'f', 2)
                   .arg(cards.size())
                   .arg(counted));

    ui::ScorecardView view(doc);
    view.resize(1000, 640);
    view.show();
    QCoreApplication::processEvents();
    const Timing screen = BenchTimer::time(9, 1, [] {}, [&] {
        view.setScope(charts::ScorecardScope::file());
        view.repaint();
        return QString();
    });
    out.figure(QStringLiteral("chart city scorecard on screen"),
               screen.describe() + QStringLiteral(" (model, Qt chart and drill-down list rebuilt, repainted)"));
}

void printFigures(BenchOutput& out, ui::PlanDocument& doc)
{
    const std::vector<RowId> ids = bookMeasures(doc.snapshot());
    QElapsedTimer timer;
    timer.start();
    std::vector<charts::MeasureChart> models;
    models.reserve(ids.size());
    for (RowId id : ids)
        models.push_back(charts::MeasureChartBuilder::build(doc.snapshot(), id));
    const double modelMs = elapsedMs(timer);
    out.figure(QStringLiteral("chart models"), QStringLiteral("%1 ms for %2 measures (%3 ms each)")
                                                  .arg(modelMs, 0, 'f', 0)
                                                  .arg(ids.size())
                                                  .arg(modelMs / std::max<size_t>(1, ids.size()), 0, 'f', 3));

    // Two charts side by side, four rows a page: each half of an A4 page's text width.
    QTemporaryDir dir;
    std::vector<double> runs;
    for (int round = 0; round < 3; ++round) {
        QPdfWriter writer(dir.filePath(QStringLiteral("charts.pdf")));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(1200);
        timer.restart();
        QPainter painter(&writer);
        const double unit = writer.resolution() / 72.0;
        const QSizeF size = charts::ChartExport::halfPage() * unit;
        for (size_t i = 0; i < models.size(); ++i) {
            const int onPage = int(i % 8);
            if (i > 0 && onPage == 0)
                writer.newPage();
            const QRectF rect(QPointF((onPage % 2) * (size.width() + 10 * unit), (onPage / 2) * (size.height() + 10 * unit)),
                              size);
            charts::MeasureChartPainter::paint(painter, rect, models[i]);
        }
        painter.end();
        runs.push_back(elapsedMs(timer));
    }
    const double total = median(runs);
    out.figure(QStringLiteral("chart print"),
               QStringLiteral("%1 ms for %2 charts into a PDF, %3 ms each (QPainter renderer, half an A4 page wide, "
                              "8 a page; median of 3; goal: about 1-2 ms each)")
                   .arg(total, 0, 'f', 0)
                   .arg(models.size())
                   .arg(total / std::max<size_t>(1, models.size()), 0, 'f', 2));
}

void editFigures(BenchOutput& out, ui::PlanDocument& doc)
{
    // The zoning appeals measure (a decrease measure with years, quarters and a gap), else the first.
    RowId id = doc.snapshot().measures.empty() ? 0 : doc.snapshot().measures.front().id;
    for (const Measure& m : doc.snapshot().measures)
        if (m.title.contains(QLatin1String("zoning appeal to a public hearing")))
            id = m.id;
    // Heard first (connected before the page): when the value is written and announced.
    QElapsedTimer timer;
    double announcedAt = 0;
    QObject::connect(&doc, &ui::PlanDocument::valuesChanged, &doc, [&] { announcedAt = elapsedMs(timer); });
    ui::MeasurePage page(doc);
    page.resize(1000, 660);
    page.setMeasure(id);
    page.show();
    QCoreApplication::processEvents();
    const Value* stored = rules::findValue(doc.snapshot().valuesOf(id), 2025, Period::Annual);
    Value before = stored ? *stored : Value{id, 2025, Period::Annual};
    // Edits of FY25's actual: the time from the value announced to the page repainted, and in all.
    const auto edits = [&](std::vector<double>& shown, std::vector<double>& written, std::vector<double>& total) {
        for (int edit = 0; edit < 21; ++edit) {
            Value after = before;
            after.actual.number = 50.0 + edit + (before.actual.number == 50.0 + edit ? 0.5 : 0.0);
            after.actual.raw.clear();
            timer.start();
            doc.undoStack()->push(new ui::SetValueCommand(doc, before, after, QStringLiteral("bench")));
            QCoreApplication::processEvents(); // the chart redraws when the event loop runs
            page.repaint();                    // the values grid and the chart, painted now
            const double end = elapsedMs(timer);
            if (edit > 0) { // the first edit warms caches up
                total.push_back(end);
                written.push_back(announcedAt);
                shown.push_back(end - announcedAt);
            }
            before = after;
        }
    };
    std::vector<double> total, written, shown;
    edits(shown, written, total);
    out.figure(QStringLiteral("chart after an edit"),
               QStringLiteral("%1 ms median, %2 ms slowest of %3 edits from the value announced to the measure page "
                              "repainted at 1000x660 (values grid and chart refreshed; goal: within 16 ms); the edit "
                              "itself, written to the file first: %4 ms median, %5 ms in all")
                   .arg(median(shown), 0, 'f', 1)
                   .arg(*std::max_element(shown.begin(), shown.end()), 0, 'f', 1)
                   .arg(shown.size())
                   .arg(median(written), 0, 'f', 1)
                   .arg(median(total), 0, 'f', 1));
    // The same with the chart hidden: what the values grid takes alone.
    page.chartView()->hide();
    QCoreApplication::processEvents();
    std::vector<double> gridTotal, gridWritten, gridShown;
    edits(gridShown, gridWritten, gridTotal);
    page.chartView()->show();
    out.figure(QStringLiteral("chart after an edit, chart hidden"),
               QStringLiteral("%1 ms median from the value announced to the page repainted (the values grid alone)")
                   .arg(median(gridShown), 0, 'f', 1));

    // The chart's part alone: rebuilding the model and the Qt charts.
    ui::MeasureChartView* chart = page.chartView();
    std::vector<double> rebuilds;
    for (int round = 0; round < 21; ++round) {
        QElapsedTimer t;
        t.start();
        chart->setMeasure(id);
        chart->repaint();
        if (round > 0)
            rebuilds.push_back(elapsedMs(t));
    }
    out.figure(QStringLiteral("chart rebuild"),
               QStringLiteral("%1 ms median, %2 ms slowest of %3 (the chart alone: model and Qt charts rebuilt, repainted)")
                   .arg(median(rebuilds), 0, 'f', 1)
                   .arg(*std::max_element(rebuilds.begin(), rebuilds.end()), 0, 'f', 1)
                   .arg(rebuilds.size()));
}

void chartFigures(BenchOutput& out)
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        out.figure(QStringLiteral("chart"), QStringLiteral("skipped (needs a QApplication)"));
        return;
    }
    QTemporaryDir dir;
    QString what;
    std::unique_ptr<ui::PlanDocument> doc = cityPlan(dir.filePath(QStringLiteral("city.yardstick")), what);
    out.figure(QStringLiteral("chart plan"), what);
    if (!doc)
        return;
    scorecardFigures(out, *doc);
    printFigures(out, *doc);
    editFigures(out, *doc);
}

const BenchGroup group("chart", chartFigures);

} // namespace
} // namespace ys::bench
