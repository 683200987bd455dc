// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTestSupport.h"

#include "io/CsvMapping.h"
#include "io/ExportLayout.h"

#include <QJsonDocument>

using namespace ys;
using namespace ys::io;

TEST_CASE("import: csv mapping of the DC file reads every key")
{
    auto mapping = CsvMapping::load(dcMapping());
    INFO((mapping ? QString() : mapping.error().describe()).toStdString());
    REQUIRE(mapping.ok());
    CHECK(mapping->agencyCode == QLatin1String("Agency_Budget_Code"));
    CHECK(mapping->serviceName == QLatin1String("Budget_Program"));
    CHECK(mapping->serviceNumber.isEmpty());
    CHECK(mapping->serviceWhenBlank == QLatin1String("(no budget program)"));
    CHECK(mapping->elements[static_cast<int>(Element::UpdateFrequency)] == QLatin1String("Frequency"));
    CHECK(mapping->unique == QStringList{QStringLiteral("Agency_Budget_Code"), QStringLiteral("Measure_Name"),
                                         QStringLiteral("Budget_Program")});
    REQUIRE(mapping->values.size() == 1);
    CHECK(mapping->values[0].yearColumn == QLatin1String("Fiscal_Year"));
    CHECK(mapping->values[0].periods[static_cast<int>(Period::Q3)].actual.value ==
          QLatin1String("Q3_Actual"));
    CHECK(mapping->translate(QStringLiteral("direction"), QStringLiteral(" up IS better ")) ==
          QLatin1String("increase"));
    CHECK(mapping->translate(QStringLiteral("unit"), QStringLiteral("Raw Number")) == QLatin1String("count"));
    REQUIRE(mapping->rules.size() == 1);
    CHECK(mapping->rules[0].target);
    CHECK(mapping->rules[0].ifValue == 0.0);
    CHECK(mapping->rules[0].missingReason == QLatin1String("workload measure: no target"));
    CHECK(mapping->percentScale == CsvMapping::PercentScale::Points);
}

TEST_CASE("import: csv mapping errors name the mapping file and the key")
{
    const auto error = [](const QByteArray& json) {
        auto mapping = CsvMapping::fromJson(json, QStringLiteral("map.json"));
        REQUIRE_FALSE(mapping.ok());
        CHECK(mapping.error().file == QLatin1String("map.json"));
        return mapping.error();
    };
    Error e = error(smallMapping(R"(, "measure2": {})"));
    CHECK(e.field == QLatin1String("measure2"));
    e = error(R"({"agency": {"code": "A"}, "service": {"name": "S"}, "measure": {"titel": "T"}})");
    CHECK(e.field == QLatin1String("measure.titel"));
    e = error(smallMapping(R"(, "translations": {"direction": {"Up is Better": "upward"}})"));
    CHECK(e.field.startsWith(QLatin1String("translations.direction")));
    CHECK(e.message.contains(QLatin1String("increase")));
    e = error(smallMapping(R"(, "encoding": "ebcdic")"));
    CHECK(e.field == QLatin1String("encoding"));
    e = error(smallMapping(R"(, "unique": ["Unit"])"));
    CHECK(e.field == QLatin1String("unique[0]"));
    e = error(R"({"agency": {"code": "A"}, "service": {"name": "S"}, "measure": {"title": 7}})");
    CHECK(e.field == QLatin1String("measure.title"));
    e = error(R"({"agency": {"code": "A"}, "service": {"name": "S"}, "measure": {"title": "T"},
                 "values": [{"target": "{FY} Target", "fiscal_year": "FY25"}]})");
    CHECK(e.field == QLatin1String("values[0]"));
    e = error("{ not json");
    CHECK(e.describe().contains(QLatin1String("map.json")));
}

TEST_CASE("import: csv mapping naming a missing column is refused before anything is written")
{
    TempDir dir;
    QByteArray json = readBytes(dcMapping());
    json.replace("\"Measure_Name\",", "\"Measure_Nme\",");
    const QString mapping = dir.path(QStringLiteral("dc-typo.json"));
    writeBytes(mapping, json);
    auto file = newPlanFile(dir);
    const auto before = statistics(*file);
    auto report = importCsv(*file, dcCsv(), mapping);
    REQUIRE_FALSE(report.ok());
    const Error& e = report.error();
    CHECK(e.file == mapping);
    CHECK(e.field == QLatin1String("measure.title"));
    CHECK(e.message.contains(QLatin1String("\"Measure_Nme\"")));
    CHECK(e.message.contains(QLatin1String("dc_performance_metrics_fy2013.csv")));
    CHECK(e.describe().contains(QLatin1String("dc-typo.json")));
    CHECK(statistics(*file) == before);
}

TEST_CASE("import: csv export mapping in tests/data is the built-in mapping of the export")
{
    const QJsonDocument committed =
        QJsonDocument::fromJson(readBytes(testData(QStringLiteral("export-mapping.json"))));
    REQUIRE(committed.isObject());
    CHECK(committed.object() == ExportLayout::mappingJson());
    auto mapping =
        CsvMapping::fromJson(QJsonDocument(ExportLayout::mappingJson()).toJson(), QStringLiteral("built-in"));
    INFO((mapping ? QString() : mapping.error().describe()).toStdString());
    REQUIRE(mapping.ok());
    CHECK(mapping->textGuard);
    CHECK(mapping->values.at(0).templated);
}
