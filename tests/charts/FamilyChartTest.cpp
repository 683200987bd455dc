// SPDX-License-Identifier: GPL-3.0-or-later
// A service's family of measures: which of the four types it has, each measure's status.
#include "ChartFixture.h"

#include "report/charts/FamilyChart.h"
#include "report/charts/FamilyChartPainter.h"
#include "rules/MeasureStatus.h"

using namespace ys::charts;

TEST_CASE("chart: Service 609's family in the city's workbook is output only, with each measure's status")
{
    const auto& city = BaltimoreSnapshot::get();
    RowId serviceId = 0;
    for (const Service& service : city.snapshot.services)
        if (service.number == 609)
            serviceId = service.id;
    REQUIRE(serviceId != 0);
    const FamilyChart chart = FamilyChart::of(city.snapshot, serviceId);
    CHECK(chart.serviceName == QStringLiteral("Service 609: Emergency Medical Services"));
    // DOMAIN.md: "in the city's real file all five Service 609 measures are typed Output".
    CHECK(chart.types[0].size() == 5);
    CHECK_FALSE(chart.has(1));
    CHECK_FALSE(chart.has(2));
    CHECK_FALSE(chart.has(3));
    CHECK(chart.family.outputOnly());
    for (const FamilyMember& member : chart.types[0]) {
        const Measure* measure = city.snapshot.measure(member.id);
        REQUIRE(measure);
        const auto status = rules::measureStatus(*measure, city.snapshot.valuesOf(member.id), std::nullopt,
                                                 city.snapshot.defaultTolerance);
        CHECK(member.status == status.status);
        CHECK(member.statusYear == status.fiscalYear);
    }
    CHECK_FALSE(FamilyChartPainter::statusCounts(chart.types[0]).isEmpty());
}

TEST_CASE("chart: a family with measures outside the four types, and deprecated ones left out")
{
    ChartPlan plan;
    Measure effectiveness = plan.measure(QStringLiteral("Days to a hearing"));
    Measure outcome = plan.measure(QStringLiteral("Residents satisfied"));
    outcome.type = MeasureType::Outcome;
    outcome.direction = Direction::Increase;
    Measure input = plan.measure(QStringLiteral("Staff"));
    input.type = MeasureType::Input;
    Measure old = plan.measure(QStringLiteral("Old output"));
    old.type = MeasureType::Output;
    old.deprecated = true;
    const RowId e = plan.add(effectiveness, {yearValue(2025, Period::Annual, 60, 70)});
    const RowId o = plan.add(outcome, {yearValue(2025, Period::Annual, 80, 85)});
    const RowId i = plan.add(input, {});
    plan.add(old, {yearValue(2025, Period::Annual, 10, 10)});
    const FamilyChart chart = FamilyChart::of(plan.snapshot(), plan.serviceId);
    CHECK_FALSE(chart.has(0)); // the only output measure is deprecated
    REQUIRE(chart.types[2].size() == 1);
    CHECK(chart.types[2][0].id == e);
    CHECK(chart.types[2][0].status == TargetStatus::Missed);
    REQUIRE(chart.types[3].size() == 1);
    CHECK(chart.types[3][0].id == o);
    CHECK(chart.types[3][0].status == TargetStatus::Met);
    REQUIRE(chart.outside.size() == 1);
    CHECK(chart.outside[0].id == i);
    CHECK(chart.deprecatedLeftOut == 1);
    CHECK_FALSE(chart.family.outputOnly());
    CHECK(chart.yearCaption() == QStringLiteral("Statuses for FY25"));
    CHECK(FamilyChartPainter::statusCounts(chart.types[2]) == QStringLiteral("1 missed"));
}
