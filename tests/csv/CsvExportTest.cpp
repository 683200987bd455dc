// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV export: its layout, its guards, and the round trip back through the CSV import.
#include "CsvTestSupport.h"
#include "TrickyPlan.h"

#include "io/CsvExporter.h"
#include "io/MeasureExportTable.h"
#include "io/formats/CsvReader.h"

using namespace ys;

namespace {

io::ExportTable tableOf(const storage::PlanFile& file, const io::ExportFilter& filter = {})
{
    auto snapshot = storage::PlanSnapshot::load(file);
    REQUIRE(snapshot.ok());
    return io::MeasureExportTable::build(*snapshot, filter);
}

// Exports `from` as CSV and imports that file, without a mapping, into a new plan file.
std::unique_ptr<storage::PlanFile> roundTrip(const storage::PlanFile& from, const TempDir& dir,
                                             io::ImportReport* out = nullptr)
{
    const QString csv = dir.path(QStringLiteral("export.csv"));
    REQUIRE(io::CsvExporter::write(tableOf(from), csv).ok());
    auto to = newPlanFile(dir, QStringLiteral("back.yardstick"));
    auto report = importCsv(*to, csv, QString());
    INFO((report ? QString() : report.error().describe()).toStdString());
    REQUIRE(report.ok());
    if (out)
        *out = *report;
    return to;
}

} // namespace

TEST_CASE("import: csv export of the DC plan imports back to an equal plan")
{
    TempDir dir;
    auto dc = newPlanFile(dir);
    REQUIRE(importCsv(*dc, dcCsv(), dcMapping()).ok());
    io::ImportReport report;
    auto back = roundTrip(*dc, dir, &report);
    CHECK(report.measuresCreated == 1537);
    CHECK(report.count(io::ImportIssue::Kind::Skipped) == 0);
    CHECK(report.count(io::ImportIssue::Kind::Conflict) == 0);
    const QStringList original = planDump(*dc);
    const QStringList copy = planDump(*back);
    REQUIRE(copy.size() == 1537);
    for (int i = 0; i < original.size(); ++i) {
        INFO(original[i].toStdString());
        REQUIRE(copy[i] == original[i]);
    }
    const auto a = statistics(*dc);
    const auto b = statistics(*back);
    CHECK(a.agencies == b.agencies);
    CHECK(a.owners == b.owners);
    CHECK(a.services == b.services);
    CHECK(a.plans == b.plans);
    CHECK(a.values == b.values);
}

TEST_CASE("import: csv export round trip keeps negative numbers and reasons and notes and quarters and "
          "guarded text")
{
    TempDir dir;
    auto plan = newPlanFile(dir);
    buildTrickyPlan(*plan);
    auto back = roundTrip(*plan, dir);
    const QStringList original = planDump(*plan);
    const QStringList copy = planDump(*back);
    REQUIRE(copy.size() == original.size());
    for (int i = 0; i < original.size(); ++i) {
        INFO(original[i].toStdString());
        CHECK(copy[i] == original[i]);
    }
    // A second import of the same export changes nothing.
    auto again = importCsv(*back, dir.path(QStringLiteral("export.csv")), QString());
    REQUIRE(again.ok());
    CHECK(again->measuresUpdated == 0);
    CHECK(again->valuesStored == 0);
}

TEST_CASE("import: csv export writes numbers in full and guards text a spreadsheet would run")
{
    TempDir dir;
    auto plan = newPlanFile(dir);
    buildTrickyPlan(*plan);
    const QByteArray bytes = io::CsvExporter::toBytes(tableOf(*plan));
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    auto read = io::CsvReader::readBytes(bytes, QStringLiteral("export.csv"));
    REQUIRE(read.ok());
    const QStringList& header = read->header;
    CHECK(header.mid(0, 3) ==
          QStringList{QStringLiteral("Agency"), QStringLiteral("Agency Name"), QStringLiteral("Owner")});
    for (const char* column :
         {"FY26 Target", "FY26 Actual", "FY26 Actual Note", "FY26 Q1 Actual", "FY26 Q3 Target", "FY27 Target",
          "FY27 Target Missing Reason", "FY27 Actual Missing Reason", "FY27 Target Note"})
        CHECK(header.contains(QLatin1String(column)));
    CHECK_FALSE(header.contains(QLatin1String("FY27 Q1 Target"))); // no measure has one
    const int title = int(header.indexOf(QStringLiteral("Title")));
    const int target26 = int(header.indexOf(QStringLiteral("FY26 Target")));
    const int q1 = int(header.indexOf(QStringLiteral("FY26 Q1 Actual")));
    const int reason = int(header.indexOf(QStringLiteral("FY27 Actual Missing Reason")));
    const int owner = int(header.indexOf(QStringLiteral("Owner")));
    QStringList titles;
    for (const auto& record : read->records) {
        titles << record.fields[title];
        if (record.fields[title] == QLatin1String("'=SUM(A1)")) {
            CHECK(record.fields[target26] == QLatin1String("-5"));
            CHECK(record.fields[q1] == QLatin1String("1234567890.125"));
            CHECK(record.fields[reason] == QLatin1String("'-"));
        }
        if (record.fields[title] == QLatin1String("'-2 items"))
            CHECK(record.fields[owner] == QLatin1String("'=Office of Appeals"));
    }
    for (const char* guarded : {"'=SUM(A1)", "'@cmd", "'+1", "'-2 items", "''Twas, a goal KPI\twith a tab"})
        CHECK(titles.contains(QLatin1String(guarded)));
    // Agency names with commas and quotes are quoted as RFC 4180 says.
    CHECK(bytes.contains("\"Municipal, and \"\"Zoning\"\" Appeals\""));
}

TEST_CASE("import: csv export filters by agency and by plan cycle")
{
    TempDir dir;
    auto plan = newPlanFile(dir);
    buildTrickyPlan(*plan);
    CHECK(tableOf(*plan).rows.size() == 5);
    CHECK(tableOf(*plan, {QStringLiteral("AGC7900"), 0}).rows.size() == 5);
    CHECK(tableOf(*plan, {QStringLiteral("=Office of Appeals"), 0}).rows.size() == 1);
    CHECK(tableOf(*plan, {QStringLiteral("AGC0000"), 0}).rows.empty());
    CHECK(tableOf(*plan, {QString(), 2026}).rows.size() == 1);
    CHECK(tableOf(*plan, {QString(), 2027}).rows.size() == 5);
}

TEST_CASE(
    "import: csv export into a file where its service numbers are another agency's keeps services apart")
{
    TempDir dir;
    auto plan = newPlanFile(dir);
    buildTrickyPlan(*plan);
    const QString csv = dir.path(QStringLiteral("export.csv"));
    REQUIRE(io::CsvExporter::write(tableOf(*plan), csv).ok());

    // Another file whose service 185 is another agency's, of another name.
    auto other = newPlanFile(dir, QStringLiteral("other.yardstick"));
    const QString small = dir.path(QStringLiteral("small.csv"));
    const QString mapping = dir.path(QStringLiteral("small.json"));
    writeBytes(
        small,
        "Agency,Number,Program,Measure,Unit,Target,Actual\nAGC1,185,Parks,Trees planted,count,10,12\n");
    writeBytes(mapping, R"({"agency": {"code": "Agency"}, "service": {"number": "Number", "name": "Program"},
        "cycle": "FY25", "measure": {"title": "Measure", "unit": "Unit"},
        "values": [{"fiscal_year": "FY25", "target": "Target", "actual": "Actual"}]})");
    REQUIRE(importCsv(*other, small, mapping).ok());

    auto report = importCsv(*other, csv, QString());
    REQUIRE(report.ok());
    CHECK(report->services == 1);
    auto snapshot = storage::PlanSnapshot::load(*other);
    REQUIRE(snapshot.ok());
    for (const Measure& m : snapshot->measures) {
        const Service* service = snapshot->service(m.serviceId);
        if (m.title == QLatin1String("Trees planted"))
            CHECK(service->number == 185);
        else if (service)
            CHECK(service->name == QLatin1String("Zoning, Tax and Other Appeals"));
    }
    bool warned = false;
    for (const auto& issue : report->issues)
        warned = warned || issue.reason.contains(
                               QLatin1String("service number 185 is another agency's service \"Parks\""));
    CHECK(warned);
    // Importing the export again finds the same services: nothing changes.
    auto again = importCsv(*other, csv, QString());
    REQUIRE(again.ok());
    CHECK(again->services == 0);
    CHECK(again->valuesStored == 0);
}
