// SPDX-License-Identifier: GPL-3.0-or-later
// Missing values are gaps with their reason, never zeros: on the city's workbook (where "N/A",
// "No Data", "New" and notes stand in numeric columns) and on hand-made plan files.
#include "ChartFixture.h"

#include "report/charts/ChartText.h"
#include "report/charts/MeasureChartBuilder.h"
#include "rules/AnnualActualRule.h"
#include "rules/ValueLookup.h"

using namespace ys::charts;

TEST_CASE("chart: a year the city's file explains instead of a number is a gap with that reason")
{
    const auto& city = BaltimoreSnapshot::get();
    const Measure& measure = city.measure(QStringLiteral("% of non-fatal shooting cases cleared annually"));
    const MeasureChart chart = MeasureChartBuilder::build(city.snapshot, measure.id);
    CHECK(chart.direction == Direction::Increase);
    CHECK(chart.directionLabel == QStringLiteral("Higher is better"));
    CHECK(chart.unitLabel == QStringLiteral("%"));
    REQUIRE(chart.years.categories.front() == QStringLiteral("FY21"));
    const ChartSeries& actual = *chart.years.find(SeriesKind::Actual);
    const ChartPoint& fy23 = actual.points[2];
    CHECK_FALSE(fy23.value.has_value()); // not a zero
    CHECK(fy23.gap == GapKind::Recorded);
    CHECK(fy23.drawnGap());
    CHECK(fy23.reason == QStringLiteral("*Submitted after December*"));
    CHECK_FALSE(fy23.status.has_value());
    // The line breaks at the gap: FY21-FY22, then FY24-FY25.
    CHECK(actual.runs() == std::vector<std::pair<int, int>>{{0, 1}, {3, 4}});
    CHECK(actual.points[0].value == Approx(26.7));
    CHECK(actual.points[3].value == Approx(45.0));
    // Hovering the gap says why, in the file's own words.
    const QString hover = ChartText::describe(actual, fy23, chart.years.categories[2], chart.unit);
    CHECK(hover.contains(QStringLiteral("FY23 actual")));
    CHECK(hover.contains(QStringLiteral("*Submitted after December*")));
    // The printed chart has room for a short word only.
    CHECK(ChartText::gapMark(fy23) == QStringLiteral("No value"));
}

TEST_CASE("chart: an N/A actual beside a target is a gap, and that year has no status mark")
{
    const auto& city = BaltimoreSnapshot::get();
    const Measure& measure = city.measure(QStringLiteral("Point In Time (PIT) results for unsheltered persons"));
    const MeasureChart chart = MeasureChartBuilder::build(city.snapshot, measure.id);
    CHECK(chart.direction == Direction::Decrease);
    const int fy24 = chart.years.slotOf(2024);
    REQUIRE(fy24 >= 0);
    const ChartPoint& actual = chart.years.find(SeriesKind::Actual)->points[size_t(fy24)];
    const ChartPoint& target = chart.years.find(SeriesKind::Target)->points[size_t(fy24)];
    CHECK(actual.isGap());
    CHECK(actual.reason == QStringLiteral("N/A"));
    CHECK(ChartText::gapMark(actual) == QStringLiteral("N/A"));
    CHECK_FALSE(actual.status.has_value());
    CHECK(target.value == 200.0);
    // A real zero (FY21's count of 0) stays a number.
    CHECK(chart.years.find(SeriesKind::Actual)->points[0].value == 0.0);
}

TEST_CASE("chart: every reason the city's workbook gives for a missing annual actual shows as a gap")
{
    const auto& city = BaltimoreSnapshot::get();
    int gaps = 0;
    for (const Measure& measure : city.snapshot.measures) {
        const auto& values = city.snapshot.valuesOf(measure.id);
        const MeasureChart chart = MeasureChartBuilder::build(city.snapshot, measure.id);
        for (const Value& value : values) {
            if (value.period != Period::Annual || value.actual.number || value.actual.missingReason.isEmpty())
                continue;
            const int slot = chart.years.slotOf(value.fiscalYear);
            if (slot < 0)
                continue;
            const ChartPoint& point = chart.years.find(SeriesKind::Actual)->points[size_t(slot)];
            INFO(measure.title.toStdString() << " FY" << value.fiscalYear);
            if (rules::annualActual(measure.interval, values, value.fiscalYear).fullYear()) {
                // Complete quarters make the year's actual (AnnualActualRule): drawn as derived.
                REQUIRE(point.derived);
                continue;
            }
            REQUIRE(point.isGap());
            REQUIRE(point.gap == GapKind::Recorded);
            REQUIRE(point.drawnGap());
            REQUIRE(point.reason == value.actual.missingReason.trimmed());
            ++gaps;
        }
    }
    CHECK(gaps > 150); // "N/A", "No Data", "New" and notes: 166 annual actuals in the workbook
}

TEST_CASE("chart: a year with nothing entered between two years with actuals is a drawn gap")
{
    ChartPlan plan;
    Measure m = plan.measure(QStringLiteral("Days to a hearing"));
    Value naTarget = yearValue(2024, Period::Annual, std::nullopt, 70);
    naTarget.target.missingReason = QStringLiteral("Not set: new board");
    const RowId id = plan.add(m, {yearValue(2022, Period::Annual, std::nullopt, 80), naTarget,
                                  yearValue(2025, Period::Annual, 60, 65)});
    const MeasureChart chart = MeasureChartBuilder::build(plan.snapshot(), id);
    const ChartSeries& actual = *chart.years.find(SeriesKind::Actual);
    const ChartSeries& target = *chart.years.find(SeriesKind::Target);
    CHECK(chart.years.categories.front() == QStringLiteral("FY22"));
    const ChartPoint& fy23 = actual.points[1];
    CHECK(fy23.isGap());
    CHECK(fy23.gap == GapKind::Missing);
    CHECK(fy23.drawnGap());
    CHECK(fy23.reason == QStringLiteral("No actual entered"));
    // The target's own reason, and targets before the first one are not drawn.
    CHECK(target.points[2].gap == GapKind::Recorded);
    CHECK(target.points[2].reason == QStringLiteral("Not set: new board"));
    CHECK(target.points[0].gap == GapKind::Outside);
    CHECK_FALSE(target.points[0].drawnGap());
    // After the last actual: not reported yet, and not drawn.
    CHECK(actual.points.back().gap == GapKind::Outside);
    CHECK(actual.points.back().reason == QStringLiteral("Not reported yet"));
    for (const ChartSeries& series : chart.years.series)
        for (const ChartPoint& p : series.points)
            if (p.isGap())
                CHECK_FALSE(p.reason.isEmpty());
}
