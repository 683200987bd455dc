// SPDX-License-Identifier: GPL-3.0-or-later
// Importing the workbook again, a newer export of it, and a dry run: nothing is duplicated, nothing a
// person typed is overwritten, and a dry run leaves the file's bytes as they were.
#include "BaltimoreFixture.h"
#include "WorkbookBuilder.h"
#include "io/BaltimoreWorkbookImporter.h"
#include "storage/MeasureRepository.h"
#include "storage/PlanFile.h"

using ys::Origin;
using ys::Period;
using ys::Value;
using ys::io::BaltimoreWorkbookImporter;
using ys::io::ImportOptions;
using ys::io::ImportReport;
using ys::storage::MeasureRepository;
using ys::storage::PlanFile;

namespace {

qint64 measureId(const QJsonArray& measures, const QString& title)
{
    for (const auto& m : measures)
        if (m.toObject().value(QStringLiteral("title")).toString() == title)
            return m.toObject().value(QStringLiteral("id")).toInteger();
    return 0;
}

const QString zoning = QStringLiteral("Average # of days from filing a zoning appeal to a public hearing");

ImportReport importInto(const QString& plan, const QString& source, const ImportOptions& options = {})
{
    auto file = PlanFile::open(plan);
    REQUIRE(file.ok());
    auto report = BaltimoreWorkbookImporter::importFile(**file, source, options);
    INFO((report ? QString() : report.error().describe()).toStdString());
    REQUIRE(report.ok());
    return *report;
}

} // namespace

TEST_CASE("import: re-importing the same Baltimore workbook changes nothing")
{
    const auto& f = BaltimoreFixture::get();
    TempDir dir;
    const QString plan = f.copyTo(dir);
    const QString reportPath = dir.path(QStringLiteral("again.json"));
    const CliRun again = runYardstick({QStringLiteral("import"), plan, baltimoreWorkbook(), QStringLiteral("--format"),
                                       QStringLiteral("baltimore-xlsx"), QStringLiteral("--report"), reportPath});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    QFile file(reportPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject counts = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("measures_created")).toInt() == 0);
    CHECK(counts.value(QStringLiteral("measures_updated")).toInt() == 0);
    CHECK(counts.value(QStringLiteral("values_stored")).toInt() == 0);
    CHECK(counts.value(QStringLiteral("values_unchanged")).toInt() == f.counts().value(QStringLiteral("values_stored")).toInt());
    CHECK(counts.value(QStringLiteral("conflicts")).toInt() == f.counts().value(QStringLiteral("conflicts")).toInt());
    // The same counts, and not one new audit row.
    CHECK(infoOf(plan) == f.info);
    const bool sameList = listOf(plan) == f.measures;
    CHECK(sameList);
}

TEST_CASE("import: a value edited in Yardstick survives a re-import and is listed as a conflict")
{
    const auto& f = BaltimoreFixture::get();
    TempDir dir;
    const QString plan = f.copyTo(dir);
    const qint64 id = measureId(f.measures, zoning);
    REQUIRE(id != 0);
    {
        auto file = PlanFile::open(plan);
        REQUIRE(file.ok());
        MeasureRepository measures(**file);
        auto values = measures.values(id);
        REQUIRE(values.ok());
        Value edited;
        for (const Value& v : *values)
            if (v.fiscalYear == 2025 && v.period == Period::Annual)
                edited = v;
        REQUIRE(edited.measureId == id);
        edited.actual.number = 70;
        edited.actual.raw = QStringLiteral("70");
        edited.actual.origin = Origin::User;
        REQUIRE(measures.setValue(edited).ok());
    }
    const ImportReport report = importInto(plan, baltimoreWorkbook());
    CHECK(report.measuresCreated == 0);
    CHECK(report.valuesStored == 0);
    bool listed = false;
    for (const auto& issue : report.issues)
        if (issue.kind == ys::io::ImportIssue::Kind::Conflict && issue.reason.contains(QStringLiteral("edited in Yardstick")))
            listed = issue.reason.contains(zoning) && issue.reason.contains(QStringLiteral("FY25 actual")) &&
                     issue.column == QStringLiteral("FY 25 Actual") && issue.raw == QStringLiteral("71.25");
    CHECK(listed);
    const QJsonObject m = [&] {
        for (const auto& entry : listOf(plan))
            if (entry.toObject().value(QStringLiteral("id")).toInteger() == id)
                return entry.toObject();
        return QJsonObject();
    }();
    CHECK(valueOf(m, QStringLiteral("FY25")).value(QStringLiteral("actual")).toDouble() == 70);
    CHECK(valueOf(m, QStringLiteral("FY24")).value(QStringLiteral("actual")).toDouble() == 100);
}

TEST_CASE("import: a dry run of the Baltimore workbook reports everything and writes nothing")
{
    TempDir dir;
    const QString plan = dir.path(QStringLiteral("dry.yardstick"));
    REQUIRE(runYardstick({QStringLiteral("new"), plan}).exitCode == 0);
    const QJsonObject before = infoOf(plan);
    const QString reportPath = dir.path(QStringLiteral("dry.json"));
    const CliRun dry = runYardstick({QStringLiteral("import"), plan, baltimoreWorkbook(), QStringLiteral("--format"),
                                     QStringLiteral("baltimore-xlsx"), QStringLiteral("--dry-run"),
                                     QStringLiteral("--report"), reportPath});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.startsWith(QStringLiteral("Dry run, nothing written")));
    // Every count the same, the audit log included. (The bytes are not: the rolled-back transaction
    // still advances SQLite's file change counter in the header.)
    CHECK(infoOf(plan) == before);
    QFile file(reportPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(report.value(QStringLiteral("dry_run")).toBool());
    CHECK(report.value(QStringLiteral("counts")).toObject() == BaltimoreFixture::get().counts());
    CHECK(infoOf(plan).value(QStringLiteral("measures")).toInt() == 0);
}

TEST_CASE("import: a newer export updates values without duplicating measures")
{
    const auto& f = BaltimoreFixture::get();
    TempDir dir;
    const QString plan = f.copyTo(dir);
    const QString newer = dir.path(QStringLiteral("newer.xlsx"));
    // The FY27 row again, one quarter later: FY26 Q2 reported, the FY25 actual restated, a new target
    // note; the FY 26 Q1 cell is blank in this row and must not erase the stored 35.
    REQUIRE(writeWorkbook(newer, {baltimoreHeader(),
                                  zoningRow({{QStringLiteral("FY 25 Actual"), QStringLiteral("72")},
                                             {QStringLiteral("FY 26 Q2"), QStringLiteral("41")},
                                             {QStringLiteral("FY 27 Target Explanation"), QStringLiteral("Two months.")}})}));
    const ImportReport report = importInto(plan, newer);
    CHECK(report.rowsRead == 1);
    CHECK(report.measuresCreated == 0);
    CHECK(report.valuesStored == 3); // FY25 actual, FY26 Q2 actual, FY27 target note
    const QJsonArray after = listOf(plan);
    CHECK(after.size() == f.measures.size());
    const QJsonObject info = infoOf(plan);
    CHECK(info.value(QStringLiteral("measures")) == f.info.value(QStringLiteral("measures")));
    CHECK(info.value(QStringLiteral("owners")) == f.info.value(QStringLiteral("owners")));
    const qint64 id = measureId(f.measures, zoning);
    for (const auto& entry : after) {
        const QJsonObject m = entry.toObject();
        if (m.value(QStringLiteral("id")).toInteger() != id)
            continue;
        CHECK(valueOf(m, QStringLiteral("FY25")).value(QStringLiteral("actual")).toDouble() == 72);
        CHECK(valueOf(m, QStringLiteral("FY26"), QStringLiteral("Q1")).value(QStringLiteral("actual")).toDouble() == 35);
        CHECK(valueOf(m, QStringLiteral("FY26"), QStringLiteral("Q2")).value(QStringLiteral("actual")).toDouble() == 41);
        CHECK(valueOf(m, QStringLiteral("FY27")).value(QStringLiteral("target_note")).toString() == QStringLiteral("Two months."));
        CHECK(valueOf(m, QStringLiteral("FY27")).value(QStringLiteral("target")).toDouble() == 60);
    }
}

TEST_CASE("import: a Baltimore import cancelled through its progress writes nothing")
{
    TempDir dir;
    const QString plan = dir.path(QStringLiteral("cancel.yardstick"));
    REQUIRE(runYardstick({QStringLiteral("new"), plan}).exitCode == 0);
    int last = -1;
    ImportOptions options;
    options.progress = [&last](int percent) {
        CHECK(percent >= last);
        last = percent;
        return percent < 60;
    };
    {
        auto file = PlanFile::open(plan);
        REQUIRE(file.ok());
        auto report = BaltimoreWorkbookImporter::importFile(**file, baltimoreWorkbook(), options);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().message.contains(QStringLiteral("cancelled")));
    }
    CHECK(last >= 60);
    CHECK(infoOf(plan).value(QStringLiteral("measures")).toInt() == 0);
}

TEST_CASE("import: a workbook without Fiscal Year takes its plan cycle from --cycle")
{
    TempDir dir;
    const QString plan = dir.path(QStringLiteral("cycle.yardstick"));
    REQUIRE(runYardstick({QStringLiteral("new"), plan}).exitCode == 0);
    QStringList header = baltimoreHeader();
    QStringList row = zoningRow();
    const qsizetype year = header.indexOf(QStringLiteral("Fiscal Year"));
    header.removeAt(year);
    row.removeAt(year);
    const QString book = dir.path(QStringLiteral("no-year.xlsx"));
    REQUIRE(writeWorkbook(book, {header, row}));
    const QStringList import{QStringLiteral("import"), plan, book, QStringLiteral("--format"), QStringLiteral("baltimore-xlsx")};
    const CliRun refused = runYardstick(import);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("has no \"Fiscal Year\" column: name the plan cycle with --cycle")));
    const CliRun done = runYardstick(import + QStringList{QStringLiteral("--cycle"), QStringLiteral("FY28")});
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    const QJsonArray measures = listOf(plan);
    REQUIRE(measures.size() == 1);
    CHECK(measures[0].toObject().value(QStringLiteral("cycles")).toArray() == QJsonArray{QStringLiteral("FY28")});
}
