// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/AnnualActualRule.h"

#include "RuleTestData.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ys;
using namespace ys::rules;
using namespace ys::rules::test;

namespace {

constexpr std::nullopt_t none = std::nullopt;

struct DerivationRow
{
    const char* why;
    Interval interval;
    QuarterActuals quarters;
    std::optional<double> expected;
    int reported;
    bool complete;
};

} // namespace

TEST_CASE("rules: the annual actual is derived from the quarters by the interval")
{
    const DerivationRow rows[] = {
        {"cumulative sums", Interval::Cumulative, {10.0, 20.0, 30.0, 40.0}, 100.0, 4, true},
        {"cumulative sums a part year", Interval::Cumulative, {10.0, 20.0, none, none}, 30.0, 2, false},
        {"cumulative skips a gap", Interval::Cumulative, {10.0, none, 30.0, 40.0}, 80.0, 3, false},
        {"snapshot takes the last reported", Interval::Snapshot, {91.0, 92.0, 93.0, 94.0}, 94.0, 4, true},
        {"snapshot of a part year", Interval::Snapshot, {91.0, 88.0, none, none}, 88.0, 2, false},
        {"snapshot with Q4 is complete", Interval::Snapshot, {none, none, none, 70.0}, 70.0, 1, true},
        {"period averages", Interval::Period, {80.0, 90.0, 85.0, 85.0}, 85.0, 4, true},
        {"period averages what is reported", Interval::Period, {80.0, 90.0, none, none}, 85.0, 2, false},
        {"unspecified is not derived", Interval::Unspecified, {10.0, 20.0, 30.0, 40.0}, none, 4, false},
        {"no quarters, nothing derived", Interval::Cumulative, {none, none, none, none}, none, 0, false},
        {"negative quarters sum", Interval::Cumulative, {-1.5, -2.5, none, none}, -4.0, 2, false},
    };
    for (const DerivationRow& row : rows) {
        INFO(row.why);
        const AnnualActual actual = annualActual(row.interval, none, row.quarters);
        CHECK(actual.fromQuarters.has_value() == row.expected.has_value());
        CHECK(actual.value.has_value() == row.expected.has_value());
        if (row.expected) {
            CHECK(*actual.value == Approx(*row.expected));
            CHECK(actual.derived);
        } else {
            CHECK_FALSE(actual.derived);
        }
        CHECK(actual.quartersReported == row.reported);
        CHECK(actual.quartersComplete == row.complete);
        CHECK_FALSE(actual.mismatch);
        CHECK(actual.fullYear() == (row.expected && row.complete));
    }
}

TEST_CASE("rules: an entered annual actual wins over the quarters")
{
    const AnnualActual actual = annualActual(Interval::Cumulative, 250.0, {10.0, 20.0, 30.0, 40.0});
    CHECK(actual.value == 250.0);
    CHECK(actual.entered == 250.0);
    CHECK(actual.fromQuarters == 100.0);
    CHECK_FALSE(actual.derived);
    CHECK(actual.fullYear());
    CHECK(actual.mismatch); // a finding, the entered value stays

    // Entered without any quarter.
    const AnnualActual alone = annualActual(Interval::Snapshot, 7.0, {});
    CHECK(alone.value == 7.0);
    CHECK_FALSE(alone.fromQuarters);
    CHECK_FALSE(alone.mismatch);
}

TEST_CASE("rules: an entered annual that disagrees with its quarters is a mismatch")
{
    struct Row
    {
        const char* why;
        Interval interval;
        double entered;
        QuarterActuals quarters;
        bool mismatch;
    };
    const Row rows[] = {
        {"rounded to a whole number (71 vs 71.25)", Interval::Period, 71.0, {70.0, 72.0, 71.0, 72.0}, false},
        {"a whole unit off (71 vs 72.25)", Interval::Period, 71.0, {72.0, 73.0, 72.0, 72.0}, true},
        {"sum agrees exactly", Interval::Cumulative, 377000.0, {94000.0, 95000.0, 93000.0, 95000.0}, false},
        {"within 0.5 % of a large count", Interval::Cumulative, 377050.0, {94000.0, 95000.0, 93000.0, 95000.0}, false},
        {"1 % off a large count", Interval::Cumulative, 380770.0, {94000.0, 95000.0, 93000.0, 95000.0}, true},
        {"a fraction written with two decimals", Interval::Snapshot, 0.75, {0.7, 0.72, 0.74, 0.754}, false},
        {"a fraction that really differs", Interval::Snapshot, 0.75, {0.7, 0.72, 0.74, 0.80}, true},
        {"percent scale 0.96 against 96", Interval::Snapshot, 0.96, {95.0, 96.0, 96.0, 96.0}, true},
        {"part year is never a mismatch", Interval::Cumulative, 500.0, {10.0, 20.0, none, none}, false},
        {"snapshot without Q4 is never a mismatch", Interval::Snapshot, 50.0, {10.0, 20.0, 30.0, none}, false},
        {"no interval, no comparison", Interval::Unspecified, 500.0, {10.0, 20.0, 30.0, 40.0}, false},
    };
    for (const Row& row : rows) {
        INFO(row.why);
        const AnnualActual actual = annualActual(row.interval, row.entered, row.quarters);
        CHECK(actual.value == row.entered);
        CHECK(actual.mismatch == row.mismatch);
    }
    CHECK(actualsAgree(71.0, 71.25));
    CHECK(actualsAgree(71.0, 71.5));
    CHECK_FALSE(actualsAgree(71.0, 71.6));
    CHECK_FALSE(actualsAgree(71.5, 71.0)); // written to a tenth: 0.5 is beyond 0.05 and beyond 0.5 %
}

TEST_CASE("rules: the annual actual is read from a year's value rows")
{
    const std::vector<Value> values{
        annualRow(2025, 80.0, std::nullopt),          quarterRow(2025, Period::Q1, 15.0),
        quarterRow(2025, Period::Q2, 25.0),           quarterRow(2024, Period::Q1, 999.0),
        quarterRow(2025, Period::Q4, std::nullopt),   annualRow(2024, std::nullopt, 60.0),
    };
    const AnnualActual fy25 = annualActual(Interval::Cumulative, values, 2025);
    CHECK(fy25.value == 40.0);
    CHECK(fy25.derived);
    CHECK(fy25.quartersReported == 2);

    const AnnualActual fy24 = annualActual(Interval::Cumulative, values, 2024);
    CHECK(fy24.value == 60.0);
    CHECK_FALSE(fy24.derived);

    CHECK_FALSE(annualActual(Interval::Cumulative, values, 2023).value);
}
