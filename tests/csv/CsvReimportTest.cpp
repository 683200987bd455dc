// SPDX-License-Identifier: GPL-3.0-or-later
// Importing the same file again, a dry run, and values a person typed in Yardstick.
#include "CsvTestSupport.h"

#include "storage/MeasureRepository.h"

using namespace ys;

TEST_CASE("import: csv re-import of the DC file changes nothing")
{
    TempDir dir;
    auto file = newPlanFile(dir);
    auto first = importCsv(*file, dcCsv(), dcMapping());
    REQUIRE(first.ok());
    const auto stats = statistics(*file);
    const QStringList dump = planDump(*file);

    auto second = importCsv(*file, dcCsv(), dcMapping());
    REQUIRE(second.ok());
    CHECK(second->rowsRead == 1537);
    CHECK(second->agencies == 0);
    CHECK(second->owners == 0);
    CHECK(second->services == 0);
    CHECK(second->plans == 0);
    CHECK(second->measuresCreated == 0);
    CHECK(second->measuresUpdated == 0);
    CHECK(second->valuesStored == 0);
    CHECK(second->valuesUnchanged == first->valuesStored);
    CHECK(second->count(io::ImportIssue::Kind::Conflict) == 0);
    CHECK(statistics(*file) == stats); // not even an audit entry
    CHECK(planDump(*file) == dump);
}

TEST_CASE("import: csv re-import never overwrites a value typed in Yardstick and lists it as a conflict")
{
    TempDir dir;
    auto file = newPlanFile(dir);
    REQUIRE(importCsv(*file, dcCsv(), dcMapping()).ok());
    storage::MeasureRepository measures(*file);
    const auto list = measures.measures();
    const auto fines = std::find_if(list->begin(), list->end(), [](const Measure& m) {
        return m.title == QLatin1String("Amount of fines collected annually.");
    });
    REQUIRE(fines != list->end());
    auto values = *measures.values(fines->id);
    auto annual =
        std::find_if(values.begin(), values.end(), [](const Value& v) { return v.period == Period::Annual; });
    REQUIRE(annual != values.end());
    Value edited = *annual;
    edited.actual.number = 500000;
    edited.actual.raw.clear();
    edited.actual.origin = Origin::User;
    REQUIRE(measures.setValue(edited).ok());

    auto again = importCsv(*file, dcCsv(), dcMapping());
    REQUIRE(again.ok());
    CHECK(again->valuesStored == 0);
    REQUIRE(again->count(io::ImportIssue::Kind::Conflict) == 1);
    for (const auto& issue : again->issues) {
        if (issue.kind != io::ImportIssue::Kind::Conflict)
            continue;
        CHECK(issue.row == 2);
        CHECK(issue.column == QLatin1String("YE_Actual"));
        CHECK(issue.raw == QLatin1String("523950.00"));
        CHECK(issue.reason.contains(QLatin1String("FY13 annual actual")));
        CHECK(issue.reason.contains(QLatin1String("500000")));
    }
    values = *measures.values(fines->id);
    annual =
        std::find_if(values.begin(), values.end(), [](const Value& v) { return v.period == Period::Annual; });
    CHECK(annual->actual.number == 500000.0);
    CHECK(annual->actual.origin == Origin::User);
    CHECK(annual->target.number == 290000.0); // the imported side of the same value is untouched
}

// SQLite counts every transaction in the file's header (offsets 24 and 92), also one whose changes
// were all rolled back; everything else must stay as it was.
static QByteArray withoutChangeCounters(QByteArray bytes)
{
    REQUIRE(bytes.size() >= 100);
    bytes.replace(24, 4, QByteArray(4, '\0'));
    bytes.replace(92, 4, QByteArray(4, '\0'));
    return bytes;
}

TEST_CASE("import: csv dry run of the DC file reports everything and writes nothing")
{
    TempDir dir;
    const QString path = newPlanFile(dir)->path();
    const QByteArray before = readBytes(path);
    {
        auto file = openPlanFile(path);
        auto report = importCsv(*file, dcCsv(), dcMapping(), true);
        REQUIRE(report.ok());
        CHECK(report->dryRun);
        CHECK(report->measuresCreated == 1537);
        CHECK(report->agencies == 71);
        const auto stats = statistics(*file);
        CHECK(stats.measures == 0);
        CHECK(stats.agencies == 0);
        CHECK(stats.auditEntries == 0);
    }
    const QByteArray after = readBytes(path);
    CHECK(after.size() == before.size());
    CHECK((withoutChangeCounters(after) == withoutChangeCounters(before)));
}

TEST_CASE("import: csv newer file updates values without duplicating measures")
{
    TempDir dir;
    const QString csv = dir.path(QStringLiteral("in.csv"));
    const QString mapping = dir.path(QStringLiteral("map.json"));
    writeBytes(mapping, smallMapping());
    writeBytes(csv, "Agency,Program,Measure,Unit,Target,Actual\nAGC1,Permits,Permits issued,count,10,\n");
    auto file = newPlanFile(dir);
    REQUIRE(importCsv(*file, csv, mapping).ok());
    writeBytes(csv, "Agency,Program,Measure,Unit,Target,Actual\nAGC1,Permits,Permits issued,count,,12\n"
                    "AGC1,Permits,  permits   ISSUED ,count,11,\n");
    auto report = importCsv(*file, csv, mapping);
    REQUIRE(report.ok());
    CHECK(report->measuresCreated == 0);
    CHECK(report->valuesStored == 2); // the actual, then the later row's target
    storage::MeasureRepository measures(*file);
    REQUIRE(measures.measures()->size() == 1);
    const auto values = *measures.values(measures.measures()->front().id);
    REQUIRE(values.size() == 1);
    CHECK(values.front().target.number == 11.0); // a blank never overwrites; a later number does
    CHECK(values.front().actual.number == 12.0);
}
