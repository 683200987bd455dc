// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/Completeness.h"
#include "rules/FieldCodes.h"

#include "RuleTestData.h"

#include <catch2/catch.hpp>

using namespace ys;
using namespace ys::rules;
using namespace ys::rules::test;

TEST_CASE("rules: a fully defined measure is complete")
{
    const CompletenessReport report = completeness(definedMeasure());
    CHECK(report.complete());
    CHECK(report.missingElements.isEmpty());
    CHECK(report.missingFields.isEmpty());
    CHECK(report.required == 16); // 11 required elements + title, type, direction, baseline, its year
    CHECK(report.filled == 16);
    CHECK(report.ratio() == 1.0);
}

TEST_CASE("rules: completeness lists missing elements")
{
    Measure measure = definedMeasure();
    measure.element(Element::DataSource).clear();
    measure.element(Element::Formula) = QStringLiteral("   \n\t"); // whitespace only is missing
    measure.element(Element::Meaning).clear();

    const CompletenessReport report = completeness(measure);
    CHECK_FALSE(report.complete());
    CHECK(report.missingElements == QList<Element>{Element::DataSource, Element::Formula, Element::Meaning});
    CHECK(report.missingFields.isEmpty());
    CHECK(report.filled == 13);
    CHECK(report.ratio() == Approx(13.0 / 16.0));
}

TEST_CASE("rules: completeness lists missing typed fields")
{
    struct Row
    {
        const char* why;
        void (*change)(Measure&);
        QString field;
    };
    const Row rows[] = {
        {"blank title", [](Measure& m) { m.title = QStringLiteral("  "); }, field::Title},
        {"unspecified type", [](Measure& m) { m.type = MeasureType::Unspecified; }, field::Type},
        {"a type outside the four", [](Measure& m) { m.type = MeasureType::Input; }, field::Type},
        {"unspecified direction", [](Measure& m) { m.direction = Direction::Unspecified; }, field::Direction},
        {"no baseline", [](Measure& m) { m.baseline.reset(); }, field::Baseline},
        {"no baseline year", [](Measure& m) { m.baselineYear = 0; }, field::BaselineYear},
    };
    for (const Row& row : rows) {
        INFO(row.why);
        Measure measure = definedMeasure();
        row.change(measure);
        const CompletenessReport report = completeness(measure);
        CHECK(report.missingFields == QStringList{row.field});
        CHECK(report.filled == report.required - 1);
        CHECK_FALSE(report.complete());
    }

    Measure notApplicable = definedMeasure();
    notApplicable.direction = Direction::NotApplicable; // an answer, not a gap
    CHECK(completeness(notApplicable).complete());

    const CompletenessReport empty = completeness(Measure{});
    CHECK(empty.missingElements.size() == 11);
    CHECK(empty.missingFields ==
          QStringList{field::Title, field::Type, field::Direction, field::Baseline, field::BaselineYear});
    CHECK(empty.filled == 0);
    CHECK(empty.ratio() == 0.0);
}

TEST_CASE("rules: proxy and measurement improvement are asked only where they apply")
{
    CHECK_FALSE(isRequired(Element::Proxy));
    CHECK_FALSE(isRequired(Element::MeasurementImprovement));
    CHECK(isRequired(Element::Description));

    Measure measure = definedMeasure();
    measure.element(Element::Proxy).clear();
    measure.element(Element::MeasurementImprovement).clear();
    const CompletenessReport report = completeness(measure);
    CHECK(report.complete());
    CHECK(report.unansweredOptional == QList<Element>{Element::Proxy, Element::MeasurementImprovement});
    CHECK(fieldLabel(QStringLiteral("baseline_year")) == QStringLiteral("Baseline year"));
    CHECK(fieldLabel(code(Element::DataSource)) == label(Element::DataSource));
}
