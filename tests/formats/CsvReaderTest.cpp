// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/formats/CsvReader.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

using ys::Error;
using ys::Result;
using ys::io::CsvOptions;
using ys::io::CsvReader;
using ys::io::CsvTable;

namespace {

const QString Source = QStringLiteral("measures.csv");

CsvTable read(const QByteArray& bytes, const CsvOptions& options = {})
{
    Result<CsvTable> table = CsvReader::readBytes(bytes, Source, options);
    INFO((table.ok() ? QString() : table.error().describe()).toStdString());
    REQUIRE(table.ok());
    return std::move(table).value();
}

Error failure(const QByteArray& bytes, const CsvOptions& options = {})
{
    Result<CsvTable> table = CsvReader::readBytes(bytes, Source, options);
    REQUIRE_FALSE(table.ok());
    return table.error();
}

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

TEST_CASE("import: csv reads quoted fields, doubled quotes and line breaks inside quotes")
{
    const CsvTable table = read("Measure,Target,Note\n"
                                "\"Permits, issued\",90,\"He said \"\"done\"\"\"\n"
                                "\"Two\nlines\",\"\",\"\"\"\"\n"
                                "plain,\"ab\"c,\n"
                                "last,1,end");
    CHECK(table.header == list({"Measure", "Target", "Note"}));
    CHECK(table.headerLine == 1);
    REQUIRE(table.records.size() == 4);
    CHECK(table.records[0].fields == list({"Permits, issued", "90", "He said \"done\""}));
    CHECK(table.records[0].line == 2);
    CHECK(table.records[1].fields == list({"Two\nlines", "", "\""}));
    CHECK(table.records[1].line == 3);
    // Text after a closing quote is kept, as Excel does; a trailing separator makes an empty last field.
    CHECK(table.records[2].fields == list({"plain", "abc", ""}));
    CHECK(table.records[2].line == 5); // the record before spans two lines
    CHECK(table.records[3].fields == list({"last", "1", "end"}));
    CHECK(table.records[3].line == 6);
}

TEST_CASE("import: csv accepts a BOM and CRLF, LF or CR line ends, with or without a last one")
{
    const QStringList header = list({"id", "name"});
    for (const QByteArray& end : {QByteArray("\r\n"), QByteArray("\n"), QByteArray("\r")}) {
        for (const bool bom : {false, true}) {
            for (const bool lastEnd : {false, true}) {
                const QByteArray bytes = (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + "id,name" + end +
                                         "1,\"caf\xC3\xA9" + end + "au lait\"" + end + "2,b" +
                                         (lastEnd ? end : QByteArray());
                const CsvTable table = read(bytes);
                CHECK(table.header == header); // no BOM left in the first name
                CHECK(table.encoding == QStringLiteral("utf-8"));
                REQUIRE(table.records.size() == 2);
                CHECK(table.records[0].fields[1] == QString::fromUtf8("caf\xC3\xA9") +
                                                        QString::fromLatin1(end) + QStringLiteral("au lait"));
                CHECK(table.records[1].line == 4);
                CHECK(table.records[1].fields == list({"2", "b"}));
            }
        }
    }
}

TEST_CASE("import: csv uses the separator it is given")
{
    CsvOptions options;
    options.separator = u';';
    const CsvTable table = read("a;b\n\"1;5\";2,5\n", options);
    CHECK(table.header == list({"a", "b"}));
    REQUIRE(table.records.size() == 1);
    CHECK(table.records[0].fields == list({"1;5", "2,5"}));

    options.separator = u'"';
    CHECK(failure("a\"b\n", options).code == Error::Code::Usage);
}

TEST_CASE("import: csv refuses Latin-1 unless told, then decodes it")
{
    // "José", "Köln" and Windows-1252 curly quotes, as an older Excel saves CSV.
    const QByteArray latin1 = "Name,City\nJos\xE9,K\xF6ln\n\x93quoted\x94,\x80 5\n";
    const Error refused = failure(latin1);
    CHECK(refused.code == Error::Code::Invalid);
    CHECK(refused.file == Source);
    CHECK(
        refused.message.contains(QStringLiteral("is not UTF-8: line 2 has the byte 0xE9 at byte offset 13")));
    CHECK(refused.message.contains(QStringLiteral("Latin-1 (Windows-1252)")));
    CHECK(refused.message.contains(QStringLiteral("\"encoding\": \"latin1\"")));
    CHECK(failure(latin1, {QStringLiteral("utf-8")}).message.contains(QStringLiteral("not UTF-8")));

    for (const QString& name :
         {QStringLiteral("latin1"), QStringLiteral("windows-1252"), QStringLiteral("ISO-8859-1")}) {
        const CsvTable table = read(latin1, {name});
        CHECK(table.encoding == QStringLiteral("windows-1252"));
        REQUIRE(table.records.size() == 2);
        CHECK(table.records[0].fields == QStringList{QStringLiteral("José"), QStringLiteral("Köln")});
        CHECK(table.records[1].fields ==
              QStringList{QStringLiteral("\u201Cquoted\u201D"), QStringLiteral("\u20AC 5")});
    }

    CHECK(failure("a\n", {QStringLiteral("klingon")}).code == Error::Code::Usage);
    CHECK(failure(QByteArray("\xFF\xFEi\0d\0", 6)).message.contains(QStringLiteral("UTF-16")));
    CHECK(failure(QByteArray("a,b\nc\0d\n", 8)).message.contains(QStringLiteral("line 2 has a NUL byte")));
}

TEST_CASE("import: csv names the line where an unbalanced quote opens")
{
    const Error error = failure("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n");
    CHECK(error.describe() ==
          QStringLiteral("measures.csv: line 3, field 2 opens a quote that is never closed"));
}

TEST_CASE("import: csv refuses a 1 MB field quickly, naming its line and field")
{
    const QByteArray big(1 << 20, 'x');
    const Error unquoted = failure("a,b,c\n1,2,3\n4,5," + big + "\n");
    CHECK(unquoted.message ==
          QStringLiteral("line 3, field 3 is over 32,767 characters long, more than the limit of 32,767"));

    const Error quoted = failure("a,b\n\"" + big + "\",2\n");
    CHECK(quoted.message.startsWith(QStringLiteral("line 2, field 1 is 1,048,576 characters long")));

    // A stray quote swallows records until the next quote, far below: say what is likely wrong.
    const Error stray = failure("a,b\n1,\"2\n" + big + "\n3,\"4\"\n");
    INFO(stray.message.left(200).toStdString());
    CHECK(stray.message.startsWith(QStringLiteral("line 2, field 2 is 1,048,581 characters long")));
    CHECK(stray.message.contains(QStringLiteral("a quote that opens there may never be closed")));

    const CsvTable atLimit = read("a\n" + QByteArray(32767, 'y') + "\n");
    CHECK(atLimit.records[0].fields[0].size() == 32767);
}

TEST_CASE("import: csv skips 100,000 empty lines and keeps line numbers right")
{
    QByteArray bytes = "\n\nname,value\n";
    for (int i = 0; i < 50000; ++i)
        bytes += "\n,\r\n"; // blank lines, and lines whose fields are all empty
    bytes += "x,1\n";
    const CsvTable table = read(bytes);
    CHECK(table.headerLine == 3);
    REQUIRE(table.records.size() == 1);
    CHECK(table.records[0].line == 100004);
    CHECK(table.records[0].fields == list({"x", "1"}));

    CHECK(failure("\n\r\n,,\n").message == QStringLiteral("has no header row: the file is empty"));
}

TEST_CASE("import: csv reads the real DC metrics file")
{
    Result<CsvTable> table =
        CsvReader::readFile(sharedData(QStringLiteral("dc/dc_performance_metrics_fy2013.csv")));
    REQUIRE(table.ok());
    CHECK(table->encoding == QStringLiteral("utf-8"));
    CHECK(table->header == list({"Fiscal_Year", "Agency_Budget_Code", "Agency_Acronym", "Agency_Full_Name",
                                 "Measure_Name", "Data_Type_Formula", "Measure_Type", "Directionality",
                                 "Frequency", "YE_Target", "Q1_Actual", "Q2_Actual", "Q3_Actual", "Q4_Actual",
                                 "YE_Actual", "YE_Rating_", "Rating", "Budget_Program", "OBJECTID"}));
    REQUIRE(table->records.size() == 1537);
    for (const auto& record : table->records)
        REQUIRE(record.fields.size() == 19);
    CHECK(table->records[0].fields[4] == QStringLiteral("Amount of fines collected annually."));
    CHECK(table->records[0].fields[9] == QStringLiteral("290000.00"));
    CHECK(table->records[0].line == 2);
    CHECK(table->records.back().fields[2] == QStringLiteral("SCDC"));
    CHECK(table->records.back().fields[18] == QStringLiteral("1537"));
    CHECK(table->records.back().line == 1538);

    Result<CsvTable> missing = CsvReader::readFile(QStringLiteral("/nonexistent/file.csv"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::Io);
}
