// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/FieldCodes.h"
#include "rules/SmartChecks.h"

#include "RuleTestData.h"

#include <catch2/catch.hpp>

using namespace ys;
using namespace ys::rules;
using namespace ys::rules::test;

namespace {

using Criterion = SmartFinding::Criterion;

// The findings of one criterion.
QList<SmartFinding> of(const QList<SmartFinding>& findings, Criterion criterion)
{
    QList<SmartFinding> out;
    for (const SmartFinding& finding : findings)
        if (finding.criterion == criterion)
            out << finding;
    return out;
}

// A measure that passes every check for FY27: increase, 80 -> 84 -> target 88.
std::vector<Value> soundValues()
{
    return {annualRow(2024, 78.0, 80.0), annualRow(2025, 82.0, 84.0), annualRow(2027, 88.0, std::nullopt)};
}

Goal goal(const char* statement)
{
    Goal g;
    g.statement = QString::fromUtf8(statement);
    return g;
}

} // namespace

TEST_CASE("rules: a sound measure passes every SMART check")
{
    const QList<SmartFinding> findings = smartChecks(definedMeasure(), soundValues(), 2027);
    for (const SmartFinding& finding : findings)
        FAIL_CHECK(criterionLabel(finding.criterion).toStdString() << ": " << finding.reason.toStdString());
    CHECK(findings.isEmpty());
}

TEST_CASE("rules: SMART specific needs a title that is not a vague verb and a description")
{
    struct Row
    {
        const char* title;
        bool vague;
    };
    const Row rows[] = {
        {"Improve", true},
        {"Increase services", true},
        {"Improve customer service", true},
        {"Enhance, support!", true},
        {"Increase recycling rate", false},        // names a quantity
        {"Improve response time", false},          // names a quantity
        {"Increase the number of trees planted", false},
        {"Number of EMS responses", false},
        {"Percent of EMS fees collected versus billable", false},
        {"", false},                               // no title: a finding of its own
    };
    for (const Row& row : rows) {
        INFO("title: " << row.title);
        CHECK(isVagueWording(QString::fromUtf8(row.title)) == row.vague);
    }

    Measure measure = definedMeasure();
    measure.title = QStringLiteral("Increase services");
    measure.element(Element::Description).clear();
    const QList<SmartFinding> specific = of(smartChecks(measure, soundValues(), 2027), Criterion::Specific);
    REQUIRE(specific.size() == 2);
    CHECK(specific[0].field == field::Title);
    CHECK(specific[0].reason.contains(QStringLiteral("Increase services")));
    CHECK(specific[0].reason.contains(QStringLiteral("vague verb")));
    CHECK(specific[1].field == code(Element::Description));
    CHECK(specific[1].reason.contains(QStringLiteral("no description")));

    measure.title.clear();
    const QList<SmartFinding> untitled = of(smartChecks(measure, soundValues(), 2027), Criterion::Specific);
    REQUIRE_FALSE(untitled.isEmpty());
    CHECK(untitled[0].reason == QStringLiteral("The measure has no title."));
}

TEST_CASE("rules: SMART measurable needs a formula with its denominator and a data source")
{
    Measure measure = definedMeasure();
    measure.element(Element::Formula).clear();
    measure.element(Element::DataSource) = QStringLiteral(" ");
    QList<SmartFinding> measurable = of(smartChecks(measure, soundValues(), 2027), Criterion::Measurable);
    REQUIRE(measurable.size() == 2);
    CHECK(measurable[0].field == QStringLiteral("formula"));
    CHECK(measurable[0].reason.contains(QStringLiteral("numerator and denominator")));
    CHECK(measurable[1].field == QStringLiteral("data_source"));
    CHECK(measurable[1].reason.contains(QStringLiteral("data source")));

    // A percent whose formula divides by nothing.
    measure = definedMeasure();
    measure.element(Element::Formula) = QStringLiteral("Count of responses within 9 minutes");
    measurable = of(smartChecks(measure, soundValues(), 2027), Criterion::Measurable);
    REQUIRE(measurable.size() == 1);
    CHECK(measurable[0].reason.contains(QStringLiteral("names no denominator")));

    // The same formula is fine for a count.
    measure.unit = Unit::Count;
    CHECK(of(smartChecks(measure, soundValues(), 2027), Criterion::Measurable).isEmpty());
    // "divided by" and "out of" name a denominator.
    measure.unit = Unit::Percent;
    measure.element(Element::Formula) = QStringLiteral("Fees collected divided by fees billable");
    CHECK(of(smartChecks(measure, soundValues(), 2027), Criterion::Measurable).isEmpty());
}

TEST_CASE("rules: SMART ambitious compares the target with the latest actual in the direction")
{
    struct Row
    {
        const char* why;
        Direction direction;
        double target;
        bool finding;
    };
    // Latest actual: FY25 = 84 (FY24 = 80).
    const Row rows[] = {
        {"increase, target below the latest actual", Direction::Increase, 83.0, true},
        {"increase, target equal to it", Direction::Increase, 84.0, false},
        {"increase, target above it", Direction::Increase, 90.0, false},
        {"decrease, target above the latest actual", Direction::Decrease, 85.0, true},
        {"decrease, target below it", Direction::Decrease, 70.0, false},
        {"maintain is not judged", Direction::Maintain, 83.0, false},
        {"no direction is not judged", Direction::Unspecified, 60.0, false},
    };
    for (const Row& row : rows) {
        INFO(row.why);
        Measure measure = definedMeasure();
        measure.direction = row.direction;
        std::vector<Value> values = soundValues();
        values[2].target.number = row.target;
        const QList<SmartFinding> ambitious = of(smartChecks(measure, values, 2027), Criterion::Ambitious);
        REQUIRE(ambitious.size() == (row.finding ? 1 : 0));
        if (row.finding) {
            CHECK(ambitious[0].field == field::Target);
            CHECK(ambitious[0].reason.contains(QStringLiteral("FY27 target")));
            CHECK(ambitious[0].reason.contains(QStringLiteral("84 in FY25")));
        }
    }
}

TEST_CASE("rules: SMART ambitious uses only full-year actuals")
{
    // FY26 has two cumulative quarters (a part year, 45): the latest full year is FY25 (84).
    Measure measure = definedMeasure();
    measure.interval = Interval::Cumulative;
    std::vector<Value> values = soundValues();
    values.push_back(quarterRow(2026, Period::Q1, 20.0));
    values.push_back(quarterRow(2026, Period::Q2, 25.0));
    values[2].target.number = 83.0;
    const QList<SmartFinding> ambitious = of(smartChecks(measure, values, 2027), Criterion::Ambitious);
    REQUIRE(ambitious.size() == 1);
    CHECK(ambitious[0].reason.contains(QStringLiteral("FY25")));
}

TEST_CASE("rules: SMART realistic flags a target far outside the past actuals")
{
    struct Row
    {
        const char* why;
        Direction direction;
        double target;
        bool finding;
    };
    // Past actuals 80 and 84: scale 84, reach 42: above 126 or below 38 is far.
    const Row rows[] = {
        {"increase, well within reach", Direction::Increase, 120.0, false},
        {"increase, far above", Direction::Increase, 130.0, true},
        {"increase, percent scale slip (8400)", Direction::Increase, 8400.0, true},
        {"increase, far below is unambitious, not unrealistic", Direction::Increase, 10.0, false},
        {"decrease, far below", Direction::Decrease, 30.0, true},
        {"decrease, far above is not judged here", Direction::Decrease, 200.0, false},
        {"maintain, far above", Direction::Maintain, 130.0, true},
        {"maintain, far below", Direction::Maintain, 30.0, true},
    };
    for (const Row& row : rows) {
        INFO(row.why);
        Measure measure = definedMeasure();
        measure.direction = row.direction;
        std::vector<Value> values = soundValues();
        values[2].target.number = row.target;
        const QList<SmartFinding> realistic = of(smartChecks(measure, values, 2027), Criterion::Realistic);
        REQUIRE(realistic.size() == (row.finding ? 1 : 0));
        if (row.finding) {
            CHECK(realistic[0].field == field::Target);
            CHECK(realistic[0].reason.contains(QStringLiteral("FY24-FY25 (80 to 84)")));
        }
    }

    // No scale when every past actual is 0.
    Measure measure = definedMeasure();
    const std::vector<Value> zeros{annualRow(2025, 0.0, 0.0), annualRow(2027, 50.0, std::nullopt)};
    CHECK(of(smartChecks(measure, zeros, 2027), Criterion::Realistic).isEmpty());
}

TEST_CASE("rules: SMART time-bound needs a target for the plan year")
{
    const Measure measure = definedMeasure();
    std::vector<Value> values = soundValues();
    values.pop_back(); // no FY27 row
    QList<SmartFinding> timeBound = of(smartChecks(measure, values, 2027), Criterion::TimeBound);
    REQUIRE(timeBound.size() == 1);
    CHECK(timeBound[0].field == field::Target);
    CHECK(timeBound[0].reason == QStringLiteral("No FY27 target is set."));

    // A reason for the missing target is quoted, yet there is still no target.
    Value row = annualRow(2027, std::nullopt, std::nullopt);
    row.target.missingReason = QStringLiteral("New");
    values.push_back(row);
    timeBound = of(smartChecks(measure, values, 2027), Criterion::TimeBound);
    REQUIRE(timeBound.size() == 1);
    CHECK(timeBound[0].reason.contains(QStringLiteral("New")));
    CHECK(of(smartChecks(measure, values, 2027), Criterion::Ambitious).isEmpty());

    // FY28's plan asks for FY28's target.
    CHECK(of(smartChecks(measure, soundValues(), 2028), Criterion::TimeBound).size() == 1);
    CHECK(criterionCode(Criterion::TimeBound) == QStringLiteral("time_bound"));
}

TEST_CASE("rules: SMART checks on goal statements")
{
    struct Row
    {
        const char* statement;
        bool specific, measurable, timeBound; // true: passes
    };
    const Row rows[] = {
        {"Sustain a 15% reduction in Homicides and Shootings Year Over Year in Baltimore City by December 31, 2028.",
         true, true, true},
        {"Train 65% of Safe Streets staff on the Safe Streets model by Fiscal Year 27 end.", true, true, true},
        {"Scale the Group Violence Reduction Strategy to two more districts in FY27.", true, true, true},
        {"Reach 90 percent on-time trash pickup citywide by 6/30/2028.", true, true, true},
        {"Improve public safety", false, false, false},
        {"Reduce homelessness by 2028", false, false, true},
        {"Make Baltimore's streets cleaner and safer for every resident by 2028.", true, false, true},
        {"Cut the permit backlog by half for small businesses across the city.", true, true, false},
        {"Make every park in the city cleaner by FY28.", true, false, true},
    };
    for (const Row& row : rows) {
        INFO(row.statement);
        const QList<SmartFinding> findings = goalSmartChecks(goal(row.statement));
        CHECK(of(findings, Criterion::Specific).isEmpty() == row.specific);
        CHECK(of(findings, Criterion::Measurable).isEmpty() == row.measurable);
        CHECK(of(findings, Criterion::TimeBound).isEmpty() == row.timeBound);
        CHECK(of(findings, Criterion::Ambitious).isEmpty());
        for (const SmartFinding& finding : findings) {
            CHECK(finding.field == field::Statement);
            CHECK_FALSE(finding.reason.isEmpty());
        }
    }

    const QList<SmartFinding> blank = goalSmartChecks(goal("  "));
    REQUIRE(blank.size() == 1);
    CHECK(blank[0].criterion == Criterion::Specific);
    CHECK(blank[0].reason == QStringLiteral("The goal has no statement."));

    const QList<SmartFinding> vague = goalSmartChecks(goal("Improve public safety"));
    REQUIRE_FALSE(vague.isEmpty());
    CHECK(vague[0].reason.contains(QStringLiteral("vague verb")));
}
