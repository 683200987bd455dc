// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/MeasureStatus.h"

#include "RuleTestData.h"

#include <catch2/catch.hpp>

using namespace ys;
using namespace ys::rules;
using namespace ys::rules::test;

TEST_CASE("rules: the status year is the latest year with both a target and an actual")
{
    // The city's file: actuals to FY25, targets to FY27, so the status is FY25's.
    const std::vector<Value> values{
        annualRow(2023, std::nullopt, 70.0), annualRow(2024, 80.0, 78.0), annualRow(2025, 80.0, 82.0),
        annualRow(2026, 85.0, std::nullopt), annualRow(2027, 88.0, std::nullopt),
    };
    CHECK(statusYear(Interval::Cumulative, values) == 2025);

    // The rows may come in any order.
    const std::vector<Value> shuffled{values[3], values[1], values[4], values[2], values[0]};
    CHECK(statusYear(Interval::Cumulative, shuffled) == 2025);

    SECTION("an actual derived from the whole year's quarters counts")
    {
        std::vector<Value> withQuarters = values;
        withQuarters.push_back(quarterRow(2026, Period::Q1, 20.0));
        withQuarters.push_back(quarterRow(2026, Period::Q2, 25.0));
        // Two quarters are a year to date, not the year's actual.
        CHECK(statusYear(Interval::Cumulative, withQuarters) == 2025);
        withQuarters.push_back(quarterRow(2026, Period::Q3, 20.0));
        withQuarters.push_back(quarterRow(2026, Period::Q4, 21.0));
        CHECK(statusYear(Interval::Cumulative, withQuarters) == 2026);
        // Without an interval nothing is derived.
        CHECK(statusYear(Interval::Unspecified, withQuarters) == 2025);
    }
    SECTION("no year has both")
    {
        CHECK_FALSE(statusYear(Interval::Snapshot, {annualRow(2025, 80.0, std::nullopt),
                                                    annualRow(2024, std::nullopt, 70.0)}));
        CHECK_FALSE(statusYear(Interval::Snapshot, {}));
    }
}

TEST_CASE("rules: the status of a measure says its year and numbers")
{
    Measure measure = definedMeasure(); // increase
    const std::vector<Value> values{annualRow(2024, 80.0, 60.0), annualRow(2025, 80.0, 75.0),
                                    annualRow(2026, 85.0, std::nullopt)};

    const MeasureYearStatus latest = measureStatus(measure, values);
    CHECK(latest.fiscalYear == 2025);
    CHECK(latest.status == TargetStatus::Near);
    CHECK(latest.target == 80.0);
    CHECK(latest.actual == 75.0);
    CHECK_FALSE(latest.overridden);

    const MeasureYearStatus earlier = measureStatus(measure, values, 2024);
    CHECK(earlier.fiscalYear == 2024);
    CHECK(earlier.status == TargetStatus::Missed);

    const MeasureYearStatus unfinished = measureStatus(measure, values, 2026);
    CHECK(unfinished.status == TargetStatus::NoData);
    CHECK(unfinished.target == 85.0);
    CHECK_FALSE(unfinished.actual);

    SECTION("the measure's own tolerance replaces the default")
    {
        measure.tolerance = 0.05; // band 4: 75 is below 76
        CHECK(measureStatus(measure, values).status == TargetStatus::Missed);
        CHECK(measureStatus(measure, values).tolerance == 0.05);
        measure.tolerance.reset();
        CHECK(measureStatus(measure, values, {}, 0.25).tolerance == 0.25);
        measure.tolerance = -1.0; // unusable: the default stands
        CHECK(effectiveTolerance(measure, 0.10) == 0.10);
    }
    SECTION("no year at all")
    {
        const MeasureYearStatus none = measureStatus(measure, {});
        CHECK(none.fiscalYear == 0);
        CHECK(none.status == TargetStatus::NoData);
    }
    SECTION("a derived actual is marked as derived")
    {
        measure.interval = Interval::Snapshot;
        std::vector<Value> quarters{annualRow(2026, 85.0, std::nullopt), quarterRow(2026, Period::Q1, 90.0),
                                    quarterRow(2026, Period::Q2, 84.0), quarterRow(2026, Period::Q4, 86.0)};
        const MeasureYearStatus derived = measureStatus(measure, quarters);
        CHECK(derived.fiscalYear == 2026);
        CHECK(derived.actualDerived);
        CHECK(derived.actual == 86.0);
        CHECK(derived.status == TargetStatus::Met);
    }
}

TEST_CASE("rules: a status override is ignored without a note and honoured with one")
{
    const Measure measure = definedMeasure();
    std::vector<Value> values{annualRow(2025, 80.0, 60.0)}; // computed: missed
    values[0].statusOverride = TargetStatus::Met;

    struct Row
    {
        const char* note;
        TargetStatus expected;
        bool overridden;
    };
    const Row rows[] = {
        {"", TargetStatus::Missed, false},
        {"   \t", TargetStatus::Missed, false},
        {"Target revised mid-year by the Deputy Mayor", TargetStatus::Met, true},
    };
    for (const Row& row : rows) {
        INFO("note: \"" << row.note << "\"");
        values[0].overrideNote = QString::fromUtf8(row.note);
        const MeasureYearStatus status = measureStatus(measure, values);
        CHECK(status.computed == TargetStatus::Missed);
        CHECK(status.status == row.expected);
        CHECK(status.overridden == row.overridden);
        CHECK(status.overrideIgnored == !row.overridden);
        CHECK(status.overrideNote == (row.overridden ? QString::fromUtf8(row.note) : QString()));
    }
}
