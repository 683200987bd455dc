// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/FamilyOfMeasures.h"

#include "RuleTestData.h"

#include <catch2/catch.hpp>

using namespace ys;
using namespace ys::rules;

namespace {

Measure typed(MeasureType type, bool deprecated = false)
{
    Measure measure;
    measure.type = type;
    measure.deprecated = deprecated;
    return measure;
}

} // namespace

TEST_CASE("rules: a service of output measures only is an output-only family")
{
    // Service 609 in the city's file: all five measures typed Output.
    const std::vector<Measure> ems(5, typed(MeasureType::Output));
    const Family family = familyOf(ems);
    CHECK(family.output);
    CHECK_FALSE(family.efficiency);
    CHECK_FALSE(family.effectiveness);
    CHECK_FALSE(family.outcome);
    CHECK(family.outputOnly());
    CHECK(family.measures == 5);
    CHECK(family.missing() ==
          QList<MeasureType>{MeasureType::Efficiency, MeasureType::Effectiveness, MeasureType::Outcome});
}

TEST_CASE("rules: family of measures per service")
{
    struct Row
    {
        const char* why;
        std::vector<Measure> measures;
        bool outputOnly;
        QList<MeasureType> missing;
    };
    const Row rows[] = {
        {"all four", {typed(MeasureType::Output), typed(MeasureType::Efficiency),
                      typed(MeasureType::Effectiveness), typed(MeasureType::Outcome)}, false, {}},
        {"output and efficiency only", {typed(MeasureType::Output), typed(MeasureType::Efficiency)}, true,
         {MeasureType::Effectiveness, MeasureType::Outcome}},
        {"an outcome is enough to leave output-only", {typed(MeasureType::Output), typed(MeasureType::Outcome)},
         false, {MeasureType::Efficiency, MeasureType::Effectiveness}},
        {"a deprecated effectiveness measure does not count",
         {typed(MeasureType::Output), typed(MeasureType::Effectiveness, true)}, true,
         {MeasureType::Efficiency, MeasureType::Effectiveness, MeasureType::Outcome}},
        {"no measures: not called output-only", {}, false,
         {MeasureType::Output, MeasureType::Efficiency, MeasureType::Effectiveness, MeasureType::Outcome}},
    };
    for (const Row& row : rows) {
        INFO(row.why);
        const Family family = familyOf(row.measures);
        CHECK(family.outputOnly() == row.outputOnly);
        CHECK(family.missing() == row.missing);
        CHECK(family.complete() == row.missing.isEmpty());
    }
}

TEST_CASE("rules: types outside the four are listed once each")
{
    const Family family = familyOf({typed(MeasureType::Quality), typed(MeasureType::Input),
                                    typed(MeasureType::Input), typed(MeasureType::Unspecified),
                                    typed(MeasureType::Demand, true)});
    CHECK(family.outsideTypes == QList<MeasureType>{MeasureType::Input, MeasureType::Quality});
    CHECK(family.untyped == 1);
    CHECK(family.measures == 4);
    CHECK_FALSE(family.output);
    CHECK(family.outputOnly()); // measures, but no effectiveness or outcome
}
