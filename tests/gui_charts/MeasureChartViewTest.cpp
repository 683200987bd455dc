// SPDX-License-Identifier: GPL-3.0-or-later
// The measure chart beside the values grid: what the Qt chart holds (series, gaps and their
// reasons, status marks, axes) and that it follows edits, undo and redo.
#include "ChartWindowFixture.h"

#include "report/MeasureQChart.h"
#include "report/charts/MeasureChartBuilder.h"
#include "ui/MeasurePage.h"
#include "ui/charts/ChartExportActions.h"
#include "ui/charts/MeasureChartView.h"
#include "ui/values/ValuesGrid.h"
#include "ui/values/ValuesModel.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QImage>
#include <QLineEdit>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTableView>
#include <QUndoStack>

using charts::ChartSeries;

namespace {

const QString ZoningDays = QStringLiteral("Average # of days from filing a zoning appeal to a public hearing");
const QString Shootings = QStringLiteral("% of non-fatal shooting cases cleared annually");

// The points of every series of a kind whose name is `name`.
QList<QPointF> pointsNamed(const QChart* chart, const QString& name, bool scatter)
{
    QList<QPointF> points;
    for (QAbstractSeries* s : chart->series()) {
        const bool isScatter = s->type() == QAbstractSeries::SeriesTypeScatter;
        if (s->name() == name && isScatter == scatter)
            points += static_cast<QXYSeries*>(s)->points();
    }
    return points;
}

QList<QAreaSeries*> bands(const QChart* chart)
{
    QList<QAreaSeries*> out;
    for (QAbstractSeries* s : chart->series())
        if (auto* area = qobject_cast<QAreaSeries*>(s))
            out << area;
    return out;
}

// Types `text` into a cell of the values grid, as a person does.
void typeInto(ValuesGrid& grid, int year, Period period, int column, const QString& text)
{
    QTableView* view = grid.view();
    view->setFocus();
    const QModelIndex cell = grid.model()->indexOf(year, period, column);
    REQUIRE(cell.isValid());
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(view->indexWidget(cell)); // not an earlier editor being deleted
    REQUIRE(editor != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

} // namespace

TEST_CASE("chart: the measure page shows a measure's chart beside its values, built from its model")
{
    ChartWindow w;
    const RowId id = w.measure(ZoningDays);
    w.view().showMeasure(id);
    MeasureChartView* chart = w.view().measurePage()->chartView();
    REQUIRE(chart->isVisible());
    CHECK(chart->measureId() == id);
    CHECK(chart->directionText() == QStringLiteral("↓ Lower is better"));
    CHECK(chart->statusText().startsWith(QStringLiteral("FY25: ✗ Missed")));

    const QChart* years = chart->yearsChart();
    // The axes: the model's fiscal years, and the unit.
    auto* x = qobject_cast<QBarCategoryAxis*>(years->axes(Qt::Horizontal).value(0));
    REQUIRE(x);
    CHECK(x->categories() == chart->model().years.categories);
    auto* y = qobject_cast<QCategoryAxis*>(years->axes(Qt::Vertical).value(0));
    REQUIRE(y);
    CHECK(y->titleText() == QStringLiteral("count"));
    // The model's ticks and their labels, with a little room above and below for the markers.
    const charts::AxisScale& axis = chart->model().years.axis;
    CHECK(y->min() < axis.min);
    CHECK(y->max() > axis.max);
    QStringList labels;
    for (double tick : axis.ticks()) {
        labels << axis.label(tick, Unit::Count);
        CHECK(y->endValue(labels.back()) == tick);
    }
    CHECK(y->categoriesLabels() == labels);
    CHECK(labels == QStringList{QStringLiteral("40"), QStringLiteral("60"), QStringLiteral("80"), QStringLiteral("100")});
    // Actuals as one unbroken line FY21-FY25; targets dashed FY24-FY27; both missed years marked.
    CHECK(pointsNamed(years, QStringLiteral("Actual"), false) ==
          QList<QPointF>{{0, 55}, {1, 74}, {2, 88}, {3, 100}, {4, 71.25}});
    CHECK(pointsNamed(years, QStringLiteral("Target"), false) == QList<QPointF>{{3, 60}, {4, 60}, {5, 75}, {6, 60}});
    CHECK(pointsNamed(years, QStringLiteral("✗ Missed"), true) == QList<QPointF>{{3, 100}, {4, 71.25}});
    // FY26 (one quarter reported) is a gap band; hovering it says why.
    const QList<QAreaSeries*> gaps = bands(years);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0]->upperSeries()->at(0).x() == Approx(4.65));
    CHECK(chart->tips().at(gaps[0], 5).contains(QStringLiteral("1 of 4 quarters")));
    // The quarters of FY26 beside, with the year's target to compare.
    REQUIRE(chart->quartersChart()->isVisible());
    CHECK(pointsNamed(chart->quartersChart(), QStringLiteral("Actual"), true) == QList<QPointF>{{0, 35}});
    CHECK(pointsNamed(chart->quartersChart(), QStringLiteral("FY26 target 75"), false).size() == 2);
}

TEST_CASE("chart: a missing year is a gap in the Qt chart, with the file's reason on hover")
{
    ChartWindow w;
    w.view().showMeasure(w.measure(Shootings));
    MeasureChartView* chart = w.view().measurePage()->chartView();
    const QChart* years = chart->yearsChart();
    // FY21-FY22 and FY24-FY25: two lines, nothing at FY23 (slot 2), and never a zero.
    QList<QPointF> actual = pointsNamed(years, QStringLiteral("Actual"), false);
    CHECK(actual.size() == 4);
    for (const QPointF& p : actual)
        CHECK(p.x() != 2.0);
    int lines = 0;
    for (QAbstractSeries* s : years->series())
        lines += s->type() == QAbstractSeries::SeriesTypeLine && s->name() == QStringLiteral("Actual") ? 1 : 0;
    CHECK(lines == 2);
    // Two gaps: FY23, which the file explains, and FY26, three quarters into the year.
    const QList<QAreaSeries*> gaps = bands(years);
    REQUIRE(gaps.size() == 2);
    CHECK(gaps[0]->upperSeries()->at(0).x() == Approx(1.65));
    CHECK(chart->tips().at(gaps[0], 2) == QStringLiteral("FY23 actual: no number — *Submitted after December*"));
    CHECK(chart->tips().at(gaps[1], 5).contains(QStringLiteral("3 of 4 quarters")));
    CHECK(qobject_cast<QCategoryAxis*>(years->axes(Qt::Vertical).value(0))->titleText() == QStringLiteral("%"));
}

TEST_CASE("chart: the chart redraws when a value is typed, undone and redone")
{
    ChartWindow w;
    const RowId id = w.measure(ZoningDays);
    w.view().showMeasure(id);
    MeasurePage* page = w.view().measurePage();
    MeasureChartView* chart = page->chartView();
    const int builds = chart->builds();

    // FY25's 71.25 days become 58: under the target of 60, so met.
    typeInto(*page->valuesGrid(), 2025, Period::Annual, ValuesModel::ActualColumn, QStringLiteral("58"));
    QCoreApplication::processEvents(); // the chart redraws once the event loop runs
    CHECK(chart->builds() == builds + 1); // one edit, one rebuild
    CHECK(chart->model().years.find(charts::SeriesKind::Actual)->points[4].value == 58.0);
    CHECK(pointsNamed(chart->yearsChart(), QStringLiteral("✓ Met"), true) == QList<QPointF>{{4, 58}});
    CHECK(chart->statusText().startsWith(QStringLiteral("FY25: ✓ Met")));

    // FY26's quarters completed: FY26 gets an actual (snapshot: the last quarter) and its status.
    for (auto [period, text] : {std::pair{Period::Q2, "40"}, {Period::Q3, "45"}, {Period::Q4, "70"}})
        typeInto(*page->valuesGrid(), 2026, period, ValuesModel::ActualColumn, QLatin1String(text));
    QCoreApplication::processEvents();
    const charts::ChartPoint& fy26 = chart->model().years.find(charts::SeriesKind::Actual)->points[5];

    CHECK(fy26.value == 70.0);
    CHECK(fy26.derived);
    CHECK(fy26.status == TargetStatus::Met); // 70 days against 75
    CHECK(chart->statusText().startsWith(QStringLiteral("FY26: ✓ Met")));
    CHECK(bands(chart->yearsChart()).isEmpty());

    // Undo all four edits: the chart is as it was.
    for (int i = 0; i < 4; ++i)
        w.document().undoStack()->undo();
    QCoreApplication::processEvents();
    CHECK(chart->model().years.find(charts::SeriesKind::Actual)->points[4].value == 71.25);
    CHECK(chart->statusText().startsWith(QStringLiteral("FY25: ✗ Missed")));
    CHECK(bands(chart->yearsChart()).size() == 1);
    w.document().undoStack()->redo();
    QCoreApplication::processEvents();
    CHECK(chart->model().years.find(charts::SeriesKind::Actual)->points[4].value == 58.0);

    // A pasted block of two quarters is one undo step, and the chart redraws once for it.
    const int beforePaste = chart->builds();
    ValuesModel* model = page->valuesGrid()->model();
    const BlockEditReport report = model->paste(model->indexOf(2026, Period::Q2, ValuesModel::ActualColumn),
                                                {{QStringLiteral("40")}, {QStringLiteral("45")}});
    QCoreApplication::processEvents();
    CHECK(chart->builds() == beforePaste + 1);
    const ChartSeries* quarters = chart->model().quarters.find(charts::SeriesKind::Actual);
    CHECK(quarters->points[1].value == 40.0);
    CHECK(quarters->points[2].value == 45.0);
}

TEST_CASE("chart: the chart on screen exports as PNG and SVG, drawn as it prints")
{
    ChartWindow w;
    w.view().showMeasure(w.measure(ZoningDays));
    MeasureChartView* chart = w.view().measurePage()->chartView();
    ChartExportActions* actions = chart->exportActions();
    CHECK(chart->actions().contains(actions->png()));
    CHECK(chart->actions().contains(actions->svg()));
    CHECK(actions->png()->isEnabled());
    REQUIRE(actions->exportTo(w.dir.path(QStringLiteral("zoning.png"))).ok());
    REQUIRE(actions->exportTo(w.dir.path(QStringLiteral("zoning.svg"))).ok());
    const QImage png(w.dir.path(QStringLiteral("zoning.png")));
    CHECK(png.width() == 720);
    QFile svg(w.dir.path(QStringLiteral("zoning.svg")));
    REQUIRE(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    CHECK(text.contains(QStringLiteral("Lower is better")));
    CHECK(text.contains(QStringLiteral("Average # of days from filing a zoning appeal")));
}
