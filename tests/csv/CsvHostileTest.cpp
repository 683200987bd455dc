// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile CSV input: each gets one clear message, and the plan file is left as it was.
#include "CsvTestSupport.h"

#include "storage/MeasureRepository.h"

#include <QElapsedTimer>

using namespace ys;

namespace {

struct HostileCase
{
    TempDir dir;
    QString csv = dir.path(QStringLiteral("input.csv"));
    QString mapping = dir.path(QStringLiteral("map.json"));
    QString plan;

    explicit HostileCase(const QByteArray& csvBytes, const QByteArray& mappingJson = smallMapping())
    {
        writeBytes(csv, csvBytes);
        writeBytes(mapping, mappingJson);
        plan = newPlanFile(dir)->path(); // created, closed
    }

    // Imports into the closed plan file and proves its bytes did not change.
    Error refused(const QString& encoding = {})
    {
        const QByteArray before = readBytes(plan);
        Error error;
        {
            auto file = openPlanFile(plan);
            const auto stats = statistics(*file);
            auto report = importCsv(*file, csv, mapping, false, encoding);
            REQUIRE_FALSE(report.ok());
            error = report.error();
            CHECK(statistics(*file) == stats);
        }
        CHECK((readBytes(plan) == before)); // parenthesised: no byte dump on failure
        return error;
    }
};

const QByteArray Header = "Agency,Program,Measure,Unit,Target,Actual\r\n";

} // namespace

TEST_CASE("import: csv in Latin-1 without being told is refused and writes nothing")
{
    HostileCase c(Header + "AGC1,Caf\xe9 permits,Permits issued in Caf\xe9 district,count,10,12\r\n");
    const Error e = c.refused();
    CHECK(e.file == c.csv);
    CHECK(e.message.contains(QLatin1String("not UTF-8")));
    CHECK(e.message.contains(QLatin1String("line 2")));
    CHECK(e.message.contains(QLatin1String("latin1")));
}

TEST_CASE("import: csv in Latin-1 imports when the mapping or the command line names it")
{
    const QByteArray latin1 =
        Header + "AGC1,Caf\xe9 permits,Permits issued in Caf\xe9 district,count,10,12\r\n";
    for (const bool byMapping : {true, false}) {
        HostileCase c(latin1, smallMapping(byMapping ? R"(, "encoding": "latin1")" : ""));
        auto file = openPlanFile(c.plan);
        auto report =
            importCsv(*file, c.csv, c.mapping, false, byMapping ? QString() : QStringLiteral("latin1"));
        INFO((report ? QString() : report.error().describe()).toStdString());
        REQUIRE(report.ok());
        storage::MeasureRepository measures(*file);
        REQUIRE(measures.measures()->size() == 1);
        CHECK(measures.measures()->front().title == QStringLiteral("Permits issued in Caf\u00e9 district"));
    }
}

TEST_CASE("import: csv with unbalanced quotes is refused and writes nothing")
{
    HostileCase c(Header +
                  "AGC1,Permits,\"Permits issued,count,10,12\r\nAGC1,Permits,Inspections,count,5,6\r\n");
    const Error e = c.refused();
    CHECK(e.file == c.csv);
    CHECK(e.message.contains(QLatin1String("line 2")));
    CHECK(e.message.contains(QLatin1String("never closed")));
}

TEST_CASE("import: csv with 1 MB in one cell is refused and writes nothing")
{
    HostileCase c(Header + "AGC1,Permits,\"" + QByteArray(1024 * 1024, 'x') + "\",count,10,12\r\n");
    const Error e = c.refused();
    CHECK(e.file == c.csv);
    CHECK(e.message.contains(QLatin1String("32,767")));
    CHECK(e.message.contains(QLatin1String("line 2")));
}

TEST_CASE("import: csv with 100000 empty rows says so quickly and writes nothing")
{
    QByteArray bytes = Header;
    for (int i = 0; i < 100'000; ++i)
        bytes += i % 2 ? ",,,,,\r\n" : " , ,\t, , ,\r\n";
    HostileCase c(bytes);
    QElapsedTimer timer;
    timer.start();
    const Error e = c.refused();
    CHECK(timer.elapsed() < 20'000); // no hang: it takes well under a second here
    CHECK(e.file == c.csv);
    CHECK(e.message.contains(QLatin1String("nothing to import")));
}

TEST_CASE("import: csv with only a header or no text at all is refused")
{
    HostileCase headerOnly(Header);
    CHECK(headerOnly.refused().message.contains(QLatin1String("no rows of data")));
    HostileCase empty(QByteArray(100'000, '\n'));
    CHECK(empty.refused().message.contains(QLatin1String("no header row")));
}

TEST_CASE("import: csv rows after 100000 empty rows are still read")
{
    QByteArray bytes = Header;
    for (int i = 0; i < 100'000; ++i)
        bytes += ",,,,,\n";
    bytes += "AGC1,Permits,Permits issued,count,N/A,12\n";
    HostileCase c(bytes);
    auto file = openPlanFile(c.plan);
    auto report = importCsv(*file, c.csv, c.mapping);
    REQUIRE(report.ok());
    CHECK(report->rowsRead == 1);
    CHECK(report->measuresCreated == 1);
    storage::MeasureRepository measures(*file);
    const auto values = measures.values(measures.measures()->front().id);
    REQUIRE(values->size() == 1);
    // Text in a number column is a missing value with its reason, never 0.
    CHECK_FALSE(values->front().target.number.has_value());
    CHECK(values->front().target.missingReason == QLatin1String("N/A"));
    CHECK(values->front().actual.number == 12.0);
    bool warned = false;
    for (const auto& issue : report->issues)
        warned = warned || (issue.row == 100'002 && issue.column == QLatin1String("Target") &&
                            issue.raw == QLatin1String("N/A"));
    CHECK(warned);
}

TEST_CASE("import: csv header naming a mapped column twice is refused")
{
    HostileCase c("Agency,Program,Measure,Unit,Target,Actual,target\r\nAGC1,P,M,count,1,2,3\r\n");
    const Error e = c.refused();
    CHECK(e.file == c.mapping);
    CHECK(e.field == QLatin1String("values[0].target"));
    CHECK(e.message.contains(QLatin1String("2 times")));
}
