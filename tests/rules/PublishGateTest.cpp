// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/PublishGate.h"

#include "RuleTestData.h"

#include <catch2/catch.hpp>

using namespace ys;
using namespace ys::rules;
using namespace ys::rules::test;

namespace {

Measure measureNamed(RowId id, const char* title)
{
    Measure measure = definedMeasure();
    measure.id = id;
    measure.title = QString::fromUtf8(title);
    return measure;
}

} // namespace

TEST_CASE("rules: the publish gate fails without last year's actual and this year's target")
{
    // The city's FY27 file: actuals to FY25, targets to FY27, no FY26 actual yet.
    const std::vector<MeasureWithValues> plan{
        {measureNamed(1, "Number of EMS responses"),
         {annualRow(2025, 80.0, 82.0), annualRow(2026, 85.0, std::nullopt), annualRow(2027, 88.0, std::nullopt)}},
        {measureNamed(2, "Percent of EMS fees collected"), {annualRow(2025, 60.0, 61.0)}},
    };
    const QList<GateBreach> breaches = publishGate(plan, 2027);
    REQUIRE(breaches.size() == 3);
    CHECK(breaches[0].measureId == 1);
    CHECK(breaches[0].missing == GateBreach::Missing::Actual);
    CHECK(breaches[0].fiscalYear == 2026);
    CHECK(breaches[0].what == QStringLiteral("FY26 actual"));
    CHECK(breaches[0].reason.contains(QStringLiteral("No FY26 actual")));
    CHECK(breaches[1].measureTitle == QStringLiteral("Percent of EMS fees collected"));
    CHECK(breaches[1].what == QStringLiteral("FY26 actual"));
    CHECK(breaches[2].measureId == 2);
    CHECK(breaches[2].missing == GateBreach::Missing::Target);
    CHECK(breaches[2].what == QStringLiteral("FY27 target"));
    CHECK(breaches[2].reason.contains(QStringLiteral("No FY27 target")));
}

TEST_CASE("rules: the publish gate passes with the numbers or with notes saying why")
{
    struct Row
    {
        const char* why;
        void (*fill)(Value& fy26, Value& fy27);
        int breaches;
    };
    const Row rows[] = {
        {"nothing entered", [](Value&, Value&) {}, 2},
        {"both numbers", [](Value& a, Value& t) { a.actual.number = 83.0; t.target.number = 88.0; }, 0},
        {"an actual note and a target note",
         [](Value& a, Value& t) {
             a.actual.note = QStringLiteral("Not yet reported: FY26 closes in August");
             t.target.note = QStringLiteral("Set after the FY26 baseline");
         }, 0},
        {"missing reasons count as notes",
         [](Value& a, Value& t) {
             a.actual.missingReason = QStringLiteral("not yet reported");
             t.target.missingReason = QStringLiteral("New");
         }, 0},
        {"whitespace is no note",
         [](Value& a, Value& t) { a.actual.note = QStringLiteral(" "); t.target.missingReason = QStringLiteral("\t"); },
         2},
        {"a target note does not excuse the actual",
         [](Value& a, Value& t) { a.target.note = QStringLiteral("about the target"); t.target.number = 88.0; }, 1},
    };
    for (const Row& row : rows) {
        INFO(row.why);
        Value fy26 = annualRow(2026, 85.0, std::nullopt);
        Value fy27 = annualRow(2027, std::nullopt, std::nullopt);
        row.fill(fy26, fy27);
        const std::vector<MeasureWithValues> plan{{measureNamed(1, "Number of EMS responses"), {fy26, fy27}}};
        CHECK(publishGate(plan, 2027).size() == row.breaches);
    }
}

TEST_CASE("rules: the publish gate counts a whole year's derived actual and skips deprecated measures")
{
    Measure cumulative = measureNamed(1, "Number of EMS responses");
    cumulative.interval = Interval::Cumulative;
    Measure deprecated = measureNamed(2, "Old measure");
    deprecated.deprecated = true;
    Measure removed = measureNamed(3, "Removed measure");
    removed.change = ChangeMapping::Removed;

    const std::vector<MeasureWithValues> plan{
        {cumulative, {quarterRow(2026, Period::Q1, 20000.0), quarterRow(2026, Period::Q2, 21000.0),
                      quarterRow(2026, Period::Q3, 22000.0), quarterRow(2026, Period::Q4, 23000.0),
                      annualRow(2027, 90000.0, std::nullopt)}},
        {deprecated, {}},
        {removed, {}},
    };
    CHECK(publishGate(plan, 2027).isEmpty());

    // Three quarters are a year to date, not last year's actual (the city's FY27 file: DOMAIN.md).
    std::vector<MeasureWithValues> partial = plan;
    partial[0].second.erase(partial[0].second.begin() + 3);
    REQUIRE(publishGate(partial, 2027).size() == 1);

    // Without an interval the quarters derive nothing: the actual is missing.
    std::vector<MeasureWithValues> unspecified = plan;
    unspecified[0].first.interval = Interval::Unspecified;
    const QList<GateBreach> breaches = publishGate(unspecified, 2027);
    REQUIRE(breaches.size() == 1);
    CHECK(breaches[0].what == QStringLiteral("FY26 actual"));
}
