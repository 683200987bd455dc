// SPDX-License-Identifier: GPL-3.0-or-later
// A measure's chart model: actuals and targets by fiscal year, the quarters of the current year,
// the direction, the axis and its unit, and status marks that agree with the status rule.
#include "ChartFixture.h"

#include "report/charts/MeasureChartBuilder.h"
#include "rules/MeasureStatus.h"

using namespace ys::charts;

namespace {

const QString ZoningDays = QStringLiteral("Average # of days from filing a zoning appeal to a public hearing");

std::vector<std::optional<double>> valuesOf(const ChartSeries& series)
{
    std::vector<std::optional<double>> out;
    for (const ChartPoint& p : series.points)
        out.push_back(p.value);
    return out;
}

void requireAxisHolds(const ChartPanel& panel)
{
    const std::vector<double> ticks = panel.axis.ticks();
    REQUIRE(ticks.size() >= 2);
    CHECK(ticks.front() == Approx(panel.axis.min));
    CHECK(ticks.back() == Approx(panel.axis.max));
    for (const ChartSeries& series : panel.series)
        for (const ChartPoint& p : series.points)
            if (p.value) {
                CHECK(*p.value >= panel.axis.min);
                CHECK(*p.value <= panel.axis.max);
            }
    if (panel.reference) {
        CHECK(panel.reference->value >= panel.axis.min);
        CHECK(panel.reference->value <= panel.axis.max);
    }
}

} // namespace

TEST_CASE("chart: a decrease measure of the city's workbook by fiscal year, with its target line")
{
    const auto& city = BaltimoreSnapshot::get();
    const Measure& measure = city.measure(ZoningDays);
    const MeasureChart chart = MeasureChartBuilder::build(city.snapshot, measure.id);

    CHECK(chart.title == ZoningDays);
    CHECK(chart.direction == Direction::Decrease);
    CHECK(chart.directionArrow == QStringLiteral("↓"));
    CHECK(chart.directionLabel == QStringLiteral("Lower is better"));
    CHECK(chart.unitLabel == QStringLiteral("count")); // the workbook's unit for it

    // FY21 (the first actual) to FY27 (the plan year).
    CHECK(chart.years.categories == QStringList{QStringLiteral("FY21"), QStringLiteral("FY22"), QStringLiteral("FY23"),
                                                QStringLiteral("FY24"), QStringLiteral("FY25"), QStringLiteral("FY26"),
                                                QStringLiteral("FY27")});
    const ChartSeries* actual = chart.years.find(SeriesKind::Actual);
    const ChartSeries* target = chart.years.find(SeriesKind::Target);
    REQUIRE(actual);
    REQUIRE(target);
    using V = std::vector<std::optional<double>>;
    CHECK(valuesOf(*actual) == V{55.0, 74.0, 88.0, 100.0, 71.25, std::nullopt, std::nullopt});
    CHECK(valuesOf(*target) == V{std::nullopt, std::nullopt, std::nullopt, 60.0, 60.0, 75.0, 60.0});
    CHECK(actual->runs() == std::vector<std::pair<int, int>>{{0, 4}});
    CHECK(target->runs() == std::vector<std::pair<int, int>>{{3, 6}});

    // FY26 has one quarter so far: a gap saying so, not the quarter's 35 as the year's actual.
    CHECK(actual->points[5].gap == GapKind::Partial);
    CHECK(actual->points[5].reason.contains(QStringLiteral("1 of 4 quarters")));
    CHECK(actual->points[6].gap == GapKind::Outside);
    CHECK(actual->points[6].reason == QStringLiteral("Not reported yet"));
    CHECK(target->points[0].gap == GapKind::Outside);

    // Status marks where a year has both: 100 and 71.25 days against 60 are missed (band 6).
    CHECK_FALSE(actual->points[2].status.has_value());
    CHECK(actual->points[3].status == TargetStatus::Missed);
    CHECK(actual->points[4].status == TargetStatus::Missed);
    CHECK(chart.status.fiscalYear == 2025);
    CHECK(chart.status.status == TargetStatus::Missed);
    CHECK(chart.statusCaption.startsWith(QStringLiteral("FY25: ✗ Missed")));
    requireAxisHolds(chart.years);
}

TEST_CASE("chart: the quarters of the current year beside the years, with the annual target to compare")
{
    const auto& city = BaltimoreSnapshot::get();
    const MeasureChart chart = MeasureChartBuilder::build(city.snapshot, city.measure(ZoningDays).id);

    REQUIRE(chart.quarterYear == 2026);
    CHECK(chart.quarters.title == QStringLiteral("FY26 by quarter"));
    CHECK(chart.quarters.categories == QStringList{QStringLiteral("Q1"), QStringLiteral("Q2"), QStringLiteral("Q3"), QStringLiteral("Q4")});
    const ChartSeries* actual = chart.quarters.find(SeriesKind::Actual);
    REQUIRE(actual);
    CHECK(actual->points[0].value == 35.0);
    for (int q = 1; q < 4; ++q) {
        CHECK(actual->points[size_t(q)].isGap());
        CHECK(actual->points[size_t(q)].reason == QStringLiteral("Not reported yet"));
    }
    CHECK(chart.quarters.find(SeriesKind::Target) == nullptr); // the workbook has no quarterly targets
    // A snapshot measure's quarters compare with the year's target.
    REQUIRE(chart.quarters.reference.has_value());
    CHECK(chart.quarters.reference->value == 75.0);
    CHECK(chart.quarters.reference->label == QStringLiteral("FY26 target 75"));
    requireAxisHolds(chart.quarters);
}

TEST_CASE("chart: status marks agree with the status rule in every year of every city measure")
{
    const auto& city = BaltimoreSnapshot::get();
    int marked = 0;
    for (const Measure& measure : city.snapshot.measures) {
        const MeasureChart chart = MeasureChartBuilder::build(city.snapshot, measure.id);
        const auto& values = city.snapshot.valuesOf(measure.id);
        const rules::MeasureYearStatus status =
            rules::measureStatus(measure, values, std::nullopt, city.snapshot.defaultTolerance);
        REQUIRE(chart.status.fiscalYear == status.fiscalYear);
        REQUIRE(chart.status.status == status.status);
        const ChartSeries* actual = chart.years.find(SeriesKind::Actual);
        if (!actual)
            continue;
        for (const ChartPoint& p : actual->points) {
            if (!p.status)
                continue;
            ++marked;
            const int year = chart.years.fiscalYears[size_t(p.slot)];
            const auto yearStatus = rules::measureStatus(measure, values, year, city.snapshot.defaultTolerance);
            INFO(measure.title.toStdString() << " FY" << year);
            REQUIRE(*p.status == yearStatus.status);
            REQUIRE(yearStatus.actual.has_value());
            REQUIRE(*p.value == Approx(*yearStatus.actual));
        }
        // The status year's point carries the headline status.
        if (status.fiscalYear && chart.years.slotOf(status.fiscalYear) >= 0) {
            const ChartPoint& p = actual->points[size_t(chart.years.slotOf(status.fiscalYear))];
            REQUIRE(p.status == status.status);
        }
    }
    CHECK(marked > 1000); // about two marked years for each of the city's measures
}

TEST_CASE("chart: the unit on the axis and a range that holds every value")
{
    ChartPlan plan;
    Measure percent = plan.measure(QStringLiteral("% of appeals heard within 60 days"));
    percent.unit = Unit::Percent;
    percent.direction = Direction::Increase;
    const RowId percentId = plan.add(percent, {yearValue(2023, Period::Annual, std::nullopt, 40),
                                               yearValue(2024, Period::Annual, 85, 90),
                                               yearValue(2025, Period::Annual, 90, 88)});
    Measure money = plan.measure(QStringLiteral("Fees collected"));
    money.unit = Unit::Currency;
    const RowId moneyId = plan.add(money, {yearValue(2025, Period::Annual, 2'400'000, 2'360'000)});
    Measure days = plan.measure(QStringLiteral("Days to a hearing"));
    const RowId daysId = plan.add(days, {yearValue(2025, Period::Annual, 60, 71.25)});
    const auto snapshot = plan.snapshot();

    const MeasureChart p = MeasureChartBuilder::build(snapshot, percentId);
    CHECK(p.unitLabel == QStringLiteral("%"));
    CHECK(p.directionLabel == QStringLiteral("Higher is better"));
    CHECK(p.years.axis.min == 0);
    CHECK(p.years.axis.max == 100);
    CHECK(p.years.categories.size() == 5); // FY23 .. FY27, the plan year
    CHECK(p.years.find(SeriesKind::Actual)->points[2].status == TargetStatus::Near); // 88 against 90, band 9
    requireAxisHolds(p.years);

    const MeasureChart m = MeasureChartBuilder::build(snapshot, moneyId);
    CHECK(m.unitLabel == QStringLiteral("$"));
    QStringList labels;
    for (double tick : m.years.axis.ticks())
        labels << m.years.axis.label(tick, Unit::Currency);
    CHECK(labels.removeDuplicates() == 0);
    for (const QString& label : labels) {
        CHECK(label.startsWith(QLatin1Char('$')));
        CHECK(label.endsWith(QLatin1Char('M')));
    }
    CHECK(AxisScale{0, 2'500'000, 500'000}.label(2'500'000, Unit::Currency) == QStringLiteral("$2.5M"));
    CHECK(AxisScale{0, 50'000, 10'000}.label(20'000, Unit::Count) == QStringLiteral("20K"));
    requireAxisHolds(m.years);

    const MeasureChart d = MeasureChartBuilder::build(snapshot, daysId);
    CHECK(d.unitLabel == QStringLiteral("days"));
    CHECK(d.quarters.isEmpty()); // no quarter reported: no quarters panel
    CHECK(d.quarterYear == 0);
}

TEST_CASE("chart: a cumulative measure's quarters add up to a year-to-date line against the year's target")
{
    ChartPlan plan;
    Measure m = plan.measure(QStringLiteral("# of hearings held"));
    m.unit = Unit::Count;
    m.direction = Direction::Increase;
    m.interval = Interval::Cumulative;
    const RowId id = plan.add(m, {yearValue(2026, Period::Annual, 400, std::nullopt),
                                  yearValue(2026, Period::Q1, 100, 90), yearValue(2026, Period::Q2, std::nullopt, 120),
                                  yearValue(2026, Period::Q3, std::nullopt, 95)});
    const MeasureChart chart = MeasureChartBuilder::build(plan.snapshot(), id);
    REQUIRE(chart.quarterYear == 2026);
    const ChartSeries* ytd = chart.quarters.find(SeriesKind::YearToDate);
    REQUIRE(ytd);
    CHECK(ytd->points[0].value == 90.0);
    CHECK(ytd->points[1].value == 210.0);
    CHECK(ytd->points[2].value == 305.0);
    CHECK(ytd->points[3].isGap());
    REQUIRE(chart.quarters.reference);
    CHECK(chart.quarters.reference->value == 400.0);
    // Q1 has its own target: its status against it (90 of 100, band 10: near).
    const ChartSeries* quarterTargets = chart.quarters.find(SeriesKind::Target);
    REQUIRE(quarterTargets);
    CHECK(quarterTargets->points[0].value == 100.0);
    CHECK(chart.quarters.find(SeriesKind::Actual)->points[0].status == TargetStatus::Near);
    // Three quarters of four: FY26 has no annual actual yet.
    CHECK(chart.years.find(SeriesKind::Actual)->points[size_t(chart.years.slotOf(2026))].gap == GapKind::Partial);
    requireAxisHolds(chart.quarters);
}

TEST_CASE("chart: an annual actual derived from complete quarters is drawn as derived, with its status")
{
    ChartPlan plan;
    Measure m = plan.measure(QStringLiteral("# of inspections"));
    m.unit = Unit::Count;
    m.direction = Direction::Increase;
    m.interval = Interval::Cumulative;
    const RowId id = plan.add(m, {yearValue(2025, Period::Annual, 400, std::nullopt), yearValue(2025, Period::Q1, std::nullopt, 100),
                                  yearValue(2025, Period::Q2, std::nullopt, 100), yearValue(2025, Period::Q3, std::nullopt, 100),
                                  yearValue(2025, Period::Q4, std::nullopt, 110)});
    const MeasureChart chart = MeasureChartBuilder::build(plan.snapshot(), id);
    const ChartPoint& fy25 = chart.years.find(SeriesKind::Actual)->points[0];
    CHECK(fy25.value == 410.0);
    CHECK(fy25.derived);
    CHECK(fy25.status == TargetStatus::Met);
    CHECK(chart.status.actualDerived);
}

TEST_CASE("chart: a status set by hand with a note shows in the marks and the caption")
{
    ChartPlan plan;
    Measure m = plan.measure(QStringLiteral("Days to a hearing"));
    Value fy25 = yearValue(2025, Period::Annual, 60, 71.25);
    fy25.statusOverride = TargetStatus::Met;
    fy25.overrideNote = QStringLiteral("The board met twice as often after the FY25 reform");
    const RowId id = plan.add(m, {fy25});
    const MeasureChart chart = MeasureChartBuilder::build(plan.snapshot(), id);
    CHECK(chart.years.find(SeriesKind::Actual)->points[0].status == TargetStatus::Met);
    CHECK(chart.status.overridden);
    CHECK(chart.statusCaption.contains(QStringLiteral("set by hand")));
}

TEST_CASE("chart: the directions each say which way is better")
{
    ChartPlan plan;
    Measure maintain = plan.measure(QStringLiteral("Reserve ratio"));
    maintain.direction = Direction::Maintain;
    maintain.tolerance = 0.05;
    Measure none = plan.measure(QStringLiteral("Calls received"));
    none.direction = Direction::Unspecified;
    const RowId maintainId = plan.add(maintain, {yearValue(2025, Period::Annual, 10, 10.2)});
    const RowId noneId = plan.add(none, {yearValue(2025, Period::Annual, 10, 12)});
    const auto snapshot = plan.snapshot();
    const MeasureChart a = MeasureChartBuilder::build(snapshot, maintainId);
    CHECK(a.directionArrow == QStringLiteral("↔"));
    CHECK(a.directionLabel == QStringLiteral("Best within ±5 % of the target"));
    CHECK(a.years.find(SeriesKind::Actual)->points[0].status == TargetStatus::Met);
    const MeasureChart b = MeasureChartBuilder::build(snapshot, noneId);
    CHECK(b.directionArrow.isEmpty());
    CHECK(b.directionLabel == QStringLiteral("Desired direction not set"));
    // Without a direction no result is good or bad: the mark says "no data", as the tables do.
    CHECK(b.years.find(SeriesKind::Actual)->points[0].status == TargetStatus::NoData);
}

TEST_CASE("chart: a long history shows its latest years, and a measure without values shows none")
{
    ChartPlan plan;
    std::vector<Value> history;
    for (int year = 2010; year <= 2025; ++year)
        history.push_back(yearValue(year, Period::Annual, 50, 40 + year % 7));
    const RowId longId = plan.add(plan.measure(QStringLiteral("Long history")), history);
    const RowId emptyId = plan.add(plan.measure(QStringLiteral("New measure")), {});
    const auto snapshot = plan.snapshot();
    const MeasureChart chart = MeasureChartBuilder::build(snapshot, longId);
    CHECK(chart.years.categories.size() == 8);
    CHECK(chart.years.categories.front() == QStringLiteral("FY20"));
    CHECK(chart.years.categories.back() == QStringLiteral("FY27"));
    const MeasureChart empty = MeasureChartBuilder::build(snapshot, emptyId);
    CHECK_FALSE(empty.hasValues());
    CHECK(empty.status.fiscalYear == 0);
    CHECK(empty.statusCaption.startsWith(QStringLiteral("No status")));
}
