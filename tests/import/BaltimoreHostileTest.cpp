// SPDX-License-Identifier: GPL-3.0-or-later
// Workbooks made to break the Baltimore import: each gets one clear sentence on stderr, exit code 2,
// and leaves the plan it was imported into exactly as it was.
#include "BaltimoreFixture.h"
#include "WorkbookBuilder.h"

namespace {

// Imports `source` into a copy of the imported city plan; checks the refusal and that nothing changed.
void checkRefused(const QString& source, const QStringList& messageParts)
{
    const auto& f = BaltimoreFixture::get();
    TempDir dir;
    const QString plan = f.copyTo(dir);
    const QByteArray before = readAll(plan);
    const CliRun run = runYardstick({QStringLiteral("import"), plan, source, QStringLiteral("--format"),
                                     QStringLiteral("baltimore-xlsx")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(source));
    CHECK(run.err.contains(QStringLiteral("Nothing was imported.")));
    CHECK(run.err.count(QLatin1Char('\n')) == 1); // one sentence, no stack of messages
    for (const QString& part : messageParts)
        CHECK(run.err.contains(part));
    CHECK(readAll(plan) == before);
}

} // namespace

TEST_CASE("import: Baltimore import refuses a zip that is not a workbook")
{
    TempDir dir;
    const QString zip = dir.path(QStringLiteral("photos.xlsx"));
    REQUIRE(writeZip(zip, {{QStringLiteral("photo.txt"), "not a spreadsheet"}}));
    checkRefused(zip, {QStringLiteral("is a zip archive but not an Excel workbook")});
    const QString noise = dir.path(QStringLiteral("noise.xlsx"));
    REQUIRE(writeAll(noise, QByteArray(4096, 'x')));
    checkRefused(noise, {QStringLiteral("is not an Excel workbook")});
}

TEST_CASE("import: Baltimore import names the columns a workbook lacks")
{
    TempDir dir;
    const QString book = dir.path(QStringLiteral("other.xlsx"));
    REQUIRE(writeWorkbook(book, {{QStringLiteral("Performance Measure"), QStringLiteral("Agency"), QStringLiteral("Service")},
                                 {QStringLiteral("# of hearings"), QStringLiteral("Board"), QStringLiteral("Appeals")}}));
    checkRefused(book, {QStringLiteral("lacks \"Agency ID\", \"Service ID\"")});
}

TEST_CASE("import: Baltimore import refuses 1 MB in one cell")
{
    TempDir dir;
    const QString book = dir.path(QStringLiteral("huge.xlsx"));
    REQUIRE(writeWorkbook(book, {baltimoreHeader(),
                                 zoningRow({{QStringLiteral("FY 27 Target Explanation"), QString(1 << 20, u'x')}})}));
    checkRefused(book, {QStringLiteral("cell O2 holds 1,048,576 characters, more than Excel's limit")});
}

TEST_CASE("import: Baltimore import of 100,000 empty rows says there is nothing to import")
{
    TempDir dir;
    const QString empty = dir.path(QStringLiteral("empty.xlsx"));
    REQUIRE(writeWorkbook(empty, {baltimoreHeader()}, 100000));
    checkRefused(empty, {QStringLiteral("no measure rows under its header")});
    const QString blank = dir.path(QStringLiteral("blank.xlsx"));
    REQUIRE(writeWorkbook(blank, {baltimoreHeader()}, 100000, true));
    checkRefused(blank, {QStringLiteral("no measure rows under its header")});

    // With a row of data after them, the empty rows are simply passed over.
    const QString sparse = dir.path(QStringLiteral("sparse.xlsx"));
    REQUIRE(writeWorkbook(sparse, {baltimoreHeader(), zoningRow({{QStringLiteral("FY 25 Actual"), QStringLiteral("N/A")}})},
                          100000));
    const QString plan = dir.path(QStringLiteral("sparse.yardstick"));
    REQUIRE(runYardstick({QStringLiteral("new"), plan}).exitCode == 0);
    const QString reportPath = dir.path(QStringLiteral("sparse.json"));
    const CliRun run = runYardstick({QStringLiteral("import"), plan, sparse, QStringLiteral("--format"),
                                     QStringLiteral("baltimore-xlsx"), QStringLiteral("--report"), reportPath});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile file(reportPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(report.value(QStringLiteral("counts")).toObject().value(QStringLiteral("rows_read")).toInt() == 1);
    bool located = false;
    for (const auto& issue : report.value(QStringLiteral("issues")).toArray())
        located = located || (issue.toObject().value(QStringLiteral("row")).toInt() == 100002 &&
                              issue.toObject().value(QStringLiteral("raw")).toString() == QStringLiteral("N/A"));
    CHECK(located);
}

TEST_CASE("import: Baltimore import refuses a formula, naming its cell")
{
    TempDir dir;
    const QString book = dir.path(QStringLiteral("formula.xlsx"));
    REQUIRE(writeWorkbook(book, {baltimoreHeader(), zoningRow({{QStringLiteral("FY 26 Q1"), QStringLiteral("=SUM(1,2)")}})}));
    checkRefused(book, {QStringLiteral("cell L2 holds a formula (=SUM(1,2))"), QStringLiteral("paste it as values")});
}

TEST_CASE("import: Baltimore rows without a title or a service are listed as skipped")
{
    TempDir dir;
    const QString book = dir.path(QStringLiteral("gaps.xlsx"));
    REQUIRE(writeWorkbook(book, {baltimoreHeader(), zoningRow({{QStringLiteral("Performance Measure"), QString()}}),
                                 zoningRow({{QStringLiteral("Service ID"), QString()}}),
                                 zoningRow({{QStringLiteral("Service ID"), QStringLiteral("Board of Appeals")}}),
                                 zoningRow({{QStringLiteral("Fiscal Year"), QStringLiteral("next year")}}), zoningRow()}));
    const QString plan = dir.path(QStringLiteral("gaps.yardstick"));
    REQUIRE(runYardstick({QStringLiteral("new"), plan}).exitCode == 0);
    const QString reportPath = dir.path(QStringLiteral("gaps.json"));
    const CliRun run = runYardstick({QStringLiteral("import"), plan, book, QStringLiteral("--format"),
                                     QStringLiteral("baltimore-xlsx"), QStringLiteral("--report"), reportPath});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile file(reportPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    QMap<int, QString> skipped;
    for (const auto& issue : report.value(QStringLiteral("issues")).toArray())
        if (issue.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("skipped"))
            skipped.insert(issue.toObject().value(QStringLiteral("row")).toInt(),
                           issue.toObject().value(QStringLiteral("reason")).toString());
    CHECK(skipped.keys() == QList<int>{2, 3, 4, 5});
    CHECK(skipped.value(2).contains(QStringLiteral("no measure title")));
    CHECK(skipped.value(3).contains(QStringLiteral("has no service")));
    CHECK(skipped.value(4).contains(QStringLiteral("not a service id")));
    CHECK(skipped.value(5).contains(QStringLiteral("not a fiscal year")));
    CHECK(report.value(QStringLiteral("counts")).toObject().value(QStringLiteral("rows_read")).toInt() == 5);
    CHECK(listOf(plan).size() == 1);
}
