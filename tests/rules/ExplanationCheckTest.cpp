// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/ExplanationCheck.h"

#include "RuleTestData.h"

#include <catch2/catch.hpp>

using namespace ys;
using namespace ys::rules;
using namespace ys::rules::test;

TEST_CASE("rules: off-target actuals need an explanation")
{
    struct Row
    {
        TargetStatus status;
        const char* note;
        bool needed;
    };
    const Row rows[] = {
        {TargetStatus::Missed, "", true},
        {TargetStatus::Missed, "  ", true},
        {TargetStatus::Missed, "Two ambulances out of service for six months", false},
        {TargetStatus::Near, "", true},
        {TargetStatus::Met, "", false},
        {TargetStatus::NoData, "", false},
    };
    for (const Row& row : rows) {
        INFO(code(row.status).toStdString() << " with note \"" << row.note << "\"");
        CHECK(needsExplanation(row.status, QString::fromUtf8(row.note)) == row.needed);
    }
}

TEST_CASE("rules: the explanation check lists each unexplained off-target year")
{
    const Measure measure = definedMeasure(); // increase, 10 %
    std::vector<Value> values{
        annualRow(2022, 80.0, 85.0), // met
        annualRow(2023, 80.0, 60.0), // missed, unexplained
        annualRow(2024, 80.0, 75.0), // near, unexplained
        annualRow(2025, 80.0, 50.0), // missed, explained
        annualRow(2026, 80.0, std::nullopt),
    };
    values[3].actual.note = QStringLiteral("Staffing shortage in the second half");

    const QList<MissingExplanation> missing = missingExplanations(measure, values);
    REQUIRE(missing.size() == 2);
    CHECK(missing[0].fiscalYear == 2023);
    CHECK(missing[0].status == TargetStatus::Missed);
    CHECK(missing[1].fiscalYear == 2024);
    CHECK(missing[1].status == TargetStatus::Near);

    SECTION("a derived off-target actual is explained on the annual row")
    {
        Measure cumulative = measure;
        cumulative.interval = Interval::Cumulative;
        std::vector<Value> derived{annualRow(2026, 100.0, std::nullopt), quarterRow(2026, Period::Q1, 20.0)};
        REQUIRE(missingExplanations(cumulative, derived).size() == 1);
        derived[0].actual.note = QStringLiteral("Only Q1 reported so far");
        CHECK(missingExplanations(cumulative, derived).isEmpty());
    }
    SECTION("an honoured override to met needs no explanation")
    {
        values[1].statusOverride = TargetStatus::Met;
        values[1].overrideNote = QStringLiteral("Target was revised to 60 in January");
        const QList<MissingExplanation> afterOverride = missingExplanations(measure, values);
        REQUIRE(afterOverride.size() == 1);
        CHECK(afterOverride[0].fiscalYear == 2024);
    }
}
