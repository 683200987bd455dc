// SPDX-License-Identifier: GPL-3.0-or-later
// Scorecards: measures met, near, missed and without data, by type, per agency and for the whole
// file, with the measures behind every bar and the fiscal year the statuses are for.
#include "ChartFixture.h"

#include "report/charts/ScorecardBuilder.h"
#include "report/charts/ScorecardPainter.h"

#include <QSet>

using namespace ys::charts;

namespace {

// Each measure's status as `yardstick check --json` reports it: the same rules reached through
// the command line, not through the scorecard.
QHash<qint64, QString> checkedStatuses()
{
    const CliRun check = runYardstick({QStringLiteral("check"), BaltimoreFixture::get().plan, QStringLiteral("--json")});
    INFO(check.err.toStdString());
    REQUIRE((check.exitCode == 0 || check.exitCode == 1));
    QHash<qint64, QString> statuses;
    for (const auto& plan : check.json().object().value(QStringLiteral("plans")).toArray())
        for (const auto& m : plan.toObject().value(QStringLiteral("measures")).toArray()) {
            const QJsonObject o = m.toObject();
            statuses.insert(o.value(QStringLiteral("id")).toInteger(),
                            o.value(QStringLiteral("status")).toObject().value(QStringLiteral("status")).toString());
        }
    return statuses;
}

const char* rowCode(ScorecardRow row)
{
    switch (row) {
    case ScorecardRow::Output: return "output";
    case ScorecardRow::Efficiency: return "efficiency";
    case ScorecardRow::Effectiveness: return "effectiveness";
    case ScorecardRow::Outcome: return "outcome";
    case ScorecardRow::Other: break;
    }
    return "";
}

} // namespace

TEST_CASE("chart: the city scorecard of the Baltimore workbook counts every FY27 measure by type and status")
{
    const auto& city = BaltimoreSnapshot::get();
    const Scorecard card = ScorecardBuilder::build(city.snapshot, ScorecardScope::file());
    CHECK(card.planCycle == 2027);
    CHECK(card.scopeName == QStringLiteral("All agencies in the file"));

    // Which measures count, from `list --json`: those of the FY27 plans, deprecated ones apart.
    QHash<qint64, QJsonObject> listed;
    int fy27 = 0, deprecated = 0;
    for (const auto& m : BaltimoreFixture::get().measures) {
        const QJsonObject o = m.toObject();
        if (!o.value(QStringLiteral("cycles")).toArray().contains(QStringLiteral("FY27")))
            continue;
        ++fy27;
        if (o.value(QStringLiteral("deprecated")).toBool())
            ++deprecated;
        else
            listed.insert(o.value(QStringLiteral("id")).toInteger(), o);
    }
    CHECK(fy27 == 674); // the workbook's FY27 rows
    CHECK(card.deprecatedLeftOut == deprecated);
    CHECK(card.total() == listed.size());

    // Every bar holds measures of its type and status, each measure once.
    const QHash<qint64, QString> statuses = checkedStatuses();
    QSet<qint64> seen;
    for (int r = 0; r < ScorecardRowCount; ++r)
        for (int s = 0; s < ScorecardStatusCount; ++s)
            for (RowId id : card.cell(ScorecardRow(r), TargetStatus(s))) {
                INFO("measure " << id);
                REQUIRE(listed.contains(id));
                REQUIRE_FALSE(seen.contains(id));
                seen.insert(id);
                const QString type = listed.value(id).value(QStringLiteral("type")).toString();
                if (ScorecardRow(r) == ScorecardRow::Other)
                    REQUIRE(QStringList{QStringLiteral("input"), QStringLiteral("demand"), QStringLiteral("quality"),
                                        QStringLiteral("unspecified")}
                                .contains(type));
                else
                    REQUIRE(type == QLatin1String(rowCode(ScorecardRow(r))));
                REQUIRE(statuses.contains(id));
                REQUIRE(statuses.value(id) == code(TargetStatus(s)));
            }
    CHECK(seen.size() == listed.size());

    // Real results in every column, for the year DOMAIN.md names.
    for (int s = 0; s < ScorecardStatusCount; ++s)
        CHECK(card.statusTotal(TargetStatus(s)) > 0);
    CHECK(card.rowTotal(ScorecardRow::Output) > card.rowTotal(ScorecardRow::Effectiveness));
    CHECK(card.mainStatusYear() == 2025);
    CHECK(card.yearCaption().startsWith(
        QStringLiteral("Statuses for FY25, each measure's latest year with a target and an actual")));
    int judged = card.withoutStatusYear;
    for (const auto& [year, count] : card.statusYears)
        judged += count;
    CHECK(judged == card.total());
    CHECK(card.withoutStatusYear <= card.statusTotal(TargetStatus::NoData)); // no year: no data
    CHECK(ScorecardPainter::countCaption(card) ==
          QStringLiteral("%1 measures of the FY27 plans (%2 deprecated not counted)").arg(listed.size()).arg(deprecated));
}

TEST_CASE("chart: the agencies' scorecards add up to the city's, bar by bar")
{
    const auto& city = BaltimoreSnapshot::get();
    const Scorecard whole = ScorecardBuilder::build(city.snapshot, ScorecardScope::file());
    std::array<std::array<int, ScorecardStatusCount>, ScorecardRowCount> sum{};
    int agenciesWithMeasures = 0;
    for (const Agency& agency : city.snapshot.agencies) {
        const Scorecard card = ScorecardBuilder::build(city.snapshot, ScorecardScope::agency(agency.id));
        CHECK(card.scopeName == agency.displayName());
        agenciesWithMeasures += card.total() > 0 ? 1 : 0;
        for (int r = 0; r < ScorecardRowCount; ++r)
            for (int s = 0; s < ScorecardStatusCount; ++s)
                sum[size_t(r)][size_t(s)] += card.count(ScorecardRow(r), TargetStatus(s));
    }
    for (int r = 0; r < ScorecardRowCount; ++r)
        for (int s = 0; s < ScorecardStatusCount; ++s)
            CHECK(sum[size_t(r)][size_t(s)] == whole.count(ScorecardRow(r), TargetStatus(s)));
    CHECK(agenciesWithMeasures > 30);
}

TEST_CASE("chart: an agency scorecard of the city's file lists the measures behind each bar")
{
    const auto& city = BaltimoreSnapshot::get();
    const Measure& zoning = city.measure(QStringLiteral("Average # of days from filing a zoning appeal to a public hearing"));
    const RowId agencyId = city.snapshot.owner(zoning.ownerId)->agencyId;
    const Scorecard card = ScorecardBuilder::build(city.snapshot, ScorecardScope::agency(agencyId));
    // The zoning-appeal measure is an effectiveness measure missed in FY25.
    const auto& missed = card.cell(ScorecardRow::Effectiveness, TargetStatus::Missed);
    CHECK(std::find(missed.begin(), missed.end(), zoning.id) != missed.end());
    for (int r = 0; r < ScorecardRowCount; ++r)
        for (int s = 0; s < ScorecardStatusCount; ++s)
            for (RowId id : card.cell(ScorecardRow(r), TargetStatus(s)))
                REQUIRE(city.snapshot.owner(city.snapshot.measure(id)->ownerId)->agencyId == agencyId);
}

TEST_CASE("chart: a scorecard for a chosen fiscal year judges every measure in that year")
{
    ChartPlan plan;
    Measure a = plan.measure(QStringLiteral("Days to a hearing")); // effectiveness, decrease
    Measure b = plan.measure(QStringLiteral("Appeals heard"));
    b.type = MeasureType::Output;
    b.direction = Direction::Increase;
    Measure c = plan.measure(QStringLiteral("Old measure"));
    c.deprecated = true;
    Measure d = plan.measure(QStringLiteral("Staff trained"));
    d.type = MeasureType::Input;
    const RowId aId = plan.add(a, {yearValue(2024, Period::Annual, 60, 100), yearValue(2025, Period::Annual, 60, 55)});
    const RowId bId = plan.add(b, {yearValue(2024, Period::Annual, 100, 95)});
    plan.add(c, {yearValue(2025, Period::Annual, 1, 1)});
    const RowId dId = plan.add(d, {});
    const auto snapshot = plan.snapshot();

    const Scorecard latest = ScorecardBuilder::build(snapshot, ScorecardScope::owner(plan.ownerId));
    CHECK(latest.deprecatedLeftOut == 1);
    CHECK(latest.total() == 3);
    CHECK(latest.cell(ScorecardRow::Effectiveness, TargetStatus::Met) == Scorecard::Cell{aId});
    CHECK(latest.cell(ScorecardRow::Output, TargetStatus::Near) == Scorecard::Cell{bId});
    CHECK(latest.cell(ScorecardRow::Other, TargetStatus::NoData) == Scorecard::Cell{dId});
    CHECK(latest.statusYears == std::map<int, int>{{2024, 1}, {2025, 1}});
    CHECK(latest.withoutStatusYear == 1);
    CHECK(latest.yearCaption() ==
          QStringLiteral("Statuses for FY25, each measure's latest year with a target and an actual (other years: FY24 for 1)"));

    ScorecardBuilder::Options fy24;
    fy24.fiscalYear = 2024;
    const Scorecard fixed = ScorecardBuilder::build(snapshot, ScorecardScope::owner(plan.ownerId), fy24);
    CHECK(fixed.cell(ScorecardRow::Effectiveness, TargetStatus::Missed) == Scorecard::Cell{aId});
    CHECK(fixed.cell(ScorecardRow::Output, TargetStatus::Near) == Scorecard::Cell{bId});
    CHECK(fixed.yearCaption() == QStringLiteral("Statuses for FY24 (every measure judged on its FY24 target and actual)"));
    CHECK(fixed.mainStatusYear() == 2024);

    ScorecardBuilder::Options fy25;
    fy25.fiscalYear = 2025;
    const Scorecard later = ScorecardBuilder::build(snapshot, ScorecardScope::owner(plan.ownerId), fy25);
    CHECK(later.cell(ScorecardRow::Output, TargetStatus::NoData) == Scorecard::Cell{bId}); // nothing in FY25
}
