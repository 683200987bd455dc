// SPDX-License-Identifier: GPL-3.0-or-later
// Files made to break the reader: each must end in a clear error (or a correct result), never a crash
// or a hang.
#include "TempDir.h"
#include "XlsxFixture.h"
#include "io/formats/XlsxWorkbook.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using ys::Error;
using ys::Result;
using ys::io::XlsxSheet;
using ys::io::XlsxWorkbook;

namespace {

// The error of reading the first sheet of a one-sheet workbook (empty when it reads).
Error firstSheetError(const QString& path)
{
    Result<XlsxWorkbook> book = XlsxWorkbook::open(path);
    if (!book)
        return book.error();
    Result<XlsxSheet> sheet = book->readSheet(0);
    return sheet ? Error{} : sheet.error();
}

QByteArray inlineCell(const QByteArray& ref, const QByteArray& text)
{
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

} // namespace

TEST_CASE("import: xlsx refuses a zip that is not a workbook")
{
    TempDir dir;
    const QString zip = dir.path(QStringLiteral("photos.xlsx"));
    REQUIRE(writeZip(zip, {{QStringLiteral("photo.txt"), "not a spreadsheet"}}));
    Result<XlsxWorkbook> book = XlsxWorkbook::open(zip);
    REQUIRE_FALSE(book.ok());
    CHECK(book.error().describe() ==
          zip + QStringLiteral(": is a zip archive but not an Excel workbook (no xl/workbook.xml)"));

    const QString ods = dir.path(QStringLiteral("calc.xlsx"));
    REQUIRE(writeZip(ods, {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
                           {QStringLiteral("content.xml"), "<office:document-content/>"}}));
    Result<XlsxWorkbook> calc = XlsxWorkbook::open(ods);
    REQUIRE_FALSE(calc.ok());
    CHECK(calc.error().message.contains(QStringLiteral("OpenDocument")));

    // A workbook whose sheet points at a part that is not there.
    const QString hollow = dir.path(QStringLiteral("hollow.xlsx"));
    REQUIRE(writeZip(hollow, {{QStringLiteral("xl/workbook.xml"), workbookXml({QStringLiteral("Data")})},
                              {QStringLiteral("xl/_rels/workbook.xml.rels"), relationshipsXml(1)}}));
    CHECK(
        firstSheetError(hollow).message.contains(QStringLiteral("sheet \"Data\" is missing from the file")));
}

TEST_CASE("import: xlsx refuses random bytes, an old .xls and a truncated file")
{
    TempDir dir;
    QRandomGenerator random(20260101);
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    for (char& byte : noise)
        byte = char(random.bounded(256));
    const QString noisy = dir.path(QStringLiteral("noise.xlsx"));
    REQUIRE(writeAll(noisy, noise));
    Result<XlsxWorkbook> book = XlsxWorkbook::open(noisy);
    REQUIRE_FALSE(book.ok());
    CHECK(book.error().message.contains(QStringLiteral("not a zip archive")));
    CHECK(book.error().file == noisy);

    const QString xls = dir.path(QStringLiteral("old.xlsx"));
    REQUIRE(writeAll(xls, QByteArray::fromHex("d0cf11e0a1b11ae1") + noise));
    Result<XlsxWorkbook> old = XlsxWorkbook::open(xls);
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().message.contains(QStringLiteral("Excel 97-2003 (.xls)")));

    // Cut short in a download: the zip's directory, at the end, is gone.
    const QByteArray real = readAll(sharedData(QStringLiteral("baltimore/Performance_Data.xlsx")));
    REQUIRE(real.size() > 100000);
    const QString truncated = dir.path(QStringLiteral("truncated.xlsx"));
    REQUIRE(writeAll(truncated, real.left(real.size() / 2)));
    Result<XlsxWorkbook> cut = XlsxWorkbook::open(truncated);
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().message.contains(QStringLiteral("damaged or incomplete")));

    // Damaged inside: the directory is intact but the compressed sheet is not.
    const QString path = dir.path(QStringLiteral("damaged.xlsx"));
    QByteArray rows;
    for (int r = 1; r <= 300; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\">" +
                inlineCell("A" + QByteArray::number(r), "value " + QByteArray::number(r * 7919)) + "</row>";
    REQUIRE(writeXlsx(path, {{QStringLiteral("Data"), rows}}));
    QByteArray bytes = readAll(path);
    const qsizetype data = 30 + qsizetype(qstrlen("xl/worksheets/sheet1.xml")); // first entry's data
    for (qsizetype i = data + 40; i < data + 60; ++i)
        bytes[i] = char(~bytes[i]);
    REQUIRE(writeAll(path, bytes));
    const Error damaged = firstSheetError(path);
    CHECK(damaged.message.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(damaged.message.contains(QStringLiteral("damaged")));
}

TEST_CASE("import: xlsx reports malformed XML with its line")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("malformed.xlsx"));
    // The worksheet's <sheetData> starts on line 2; the broken row is on line 4.
    REQUIRE(writeXlsx(path, {{QStringLiteral("Data"), "\n\n<row r=\"1\"><c r=\"A1\"><v>1</v></row>"}}));
    const Error error = firstSheetError(path);
    CHECK(error.file == path);
    CHECK(error.message.contains(
        QStringLiteral("xl/worksheets/sheet1.xml of sheet \"Data\" is not well-formed XML")));
    CHECK(error.message.contains(QStringLiteral("line 4")));

    const QString strings = dir.path(QStringLiteral("bad-strings.xlsx"));
    REQUIRE(writeXlsx(strings, {{QStringLiteral("Data"), {}}}, {}, "<sst><si><t>open</si></sst>"));
    Result<XlsxWorkbook> book = XlsxWorkbook::open(strings);
    REQUIRE_FALSE(book.ok());
    CHECK(
        book.error().message.contains(QStringLiteral("xl/sharedStrings.xml is not well-formed XML (line 1")));

    // Entity expansion ("billion laughs") needs a DTD; no spreadsheet program writes one.
    const QString laughs = dir.path(QStringLiteral("laughs.xlsx"));
    const QByteArray dtd = R"(<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">)"
                           R"(<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>)";
    REQUIRE(writeXlsx(laughs, {{QStringLiteral("Data"), {}}}, {}, dtd));
    Result<XlsxWorkbook> laughing = XlsxWorkbook::open(laughs);
    REQUIRE_FALSE(laughing.ok());
    CHECK(laughing.error().message.contains(QStringLiteral("DTD")));
}

TEST_CASE("import: xlsx refuses a cell longer than Excel's limit of 32,767 characters")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("long.xlsx"));
    REQUIRE(writeXlsx(path,
                      {{QStringLiteral("Data"), "<row r=\"7\">" + inlineCell("B7", "ok") +
                                                    inlineCell("C7", QByteArray(1 << 20, 'x')) + "</row>"}}));
    const Error error = firstSheetError(path);
    CHECK(error.describe() ==
          path + QStringLiteral(
                     ": sheet \"Data\", cell C7 holds 1,048,576 characters, more than Excel's limit of "
                     "32,767 per cell"));

    // Through the shared strings too.
    const QString shared = dir.path(QStringLiteral("long-shared.xlsx"));
    REQUIRE(writeXlsx(shared, {{QStringLiteral("Data"), R"(<row r="2"><c r="D2" t="s"><v>0</v></c></row>)"}},
                      {QString(40000, u'y')}));
    CHECK(firstSheetError(shared).message.contains(QStringLiteral("cell D2 holds 40,000 characters")));

    // Exactly at the limit is fine.
    const QString atLimit = dir.path(QStringLiteral("limit.xlsx"));
    REQUIRE(writeXlsx(atLimit, {{QStringLiteral("Data"),
                                 "<row r=\"1\">" + inlineCell("A1", QByteArray(32767, 'z')) + "</row>"}}));
    Result<XlsxWorkbook> book = XlsxWorkbook::open(atLimit);
    REQUIRE(book.ok());
    Result<XlsxSheet> sheet = book->readSheet(0);
    REQUIRE(sheet.ok());
    CHECK(sheet->rows[0].cell(0).text.size() == 32767);
}

TEST_CASE("import: xlsx skips 100,000 empty rows without keeping them")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("sparse.xlsx"));
    QByteArray rows = "<row r=\"1\">" + inlineCell("A1", "Header") + "</row>";
    rows.reserve(4 * 1024 * 1024);
    for (int r = 2; r <= 100001; ++r) {
        const QByteArray n = QByteArray::number(r);
        // Half bare, half with a styled blank cell, as Excel leaves formatted rows.
        rows += r % 2 ? "<row r=\"" + n + "\"/>" : "<row r=\"" + n + "\"><c r=\"B" + n + "\" s=\"3\"/></row>";
    }
    rows += "<row r=\"100002\">" + inlineCell("A100002", "last") + "</row>";
    REQUIRE(writeXlsx(path, {{QStringLiteral("Data"), rows}}));

    Result<XlsxWorkbook> book = XlsxWorkbook::open(path);
    REQUIRE(book.ok());
    Result<XlsxSheet> sheet = book->readSheet(0);
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rows.size() == 2);
    CHECK(sheet->rows[1].number == 100002);
    CHECK(sheet->rows[1].cell(0).text == QStringLiteral("last"));
}

TEST_CASE("import: xlsx names the cell whose shared string index is out of range")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("dangling.xlsx"));
    REQUIRE(writeXlsx(path,
                      {{QStringLiteral("Data"),
                        R"(<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>5</v></c></row>)"}},
                      {QStringLiteral("zero"), QStringLiteral("one")}));
    CHECK(firstSheetError(path).describe() ==
          path + QStringLiteral(": sheet \"Data\", cell B3 refers to shared string \"5\", but the workbook "
                                "has 2 strings"));

    for (const QByteArray& index :
         {QByteArray("-1"), QByteArray("abc"), QByteArray(""), QByteArray("99999999999999999999")}) {
        REQUIRE(writeXlsx(
            path, {{QStringLiteral("Data"), R"(<row r="1"><c r="A1" t="s"><v>)" + index + "</v></c></row>"}},
            {QStringLiteral("zero")}));
        CHECK(firstSheetError(path).message.contains(QStringLiteral("cell A1 refers to shared string")));
    }
}

TEST_CASE("import: xlsx refuses rows and columns beyond Excel's grid and cells out of order")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("grid.xlsx"));
    auto errorOf = [&](const QByteArray& sheetData) {
        REQUIRE(writeXlsx(path, {{QStringLiteral("Data"), sheetData}}));
        return firstSheetError(path).message;
    };
    CHECK(errorOf(R"(<row r="1048577"><c r="A1048577"><v>1</v></c></row>)") ==
          QStringLiteral("sheet \"Data\": row 1,048,577 is beyond Excel's last row, 1,048,576"));
    CHECK(errorOf(R"(<row r="2"><c r="XFE2"><v>1</v></c></row>)") ==
          QStringLiteral("sheet \"Data\": row 2 has a cell in column XFE, beyond Excel's last column, XFD"));
    // 16,384 columns fit; one more, counted without references, does not.
    QByteArray wide = "<row r=\"1\">";
    for (int c = 0; c <= 16384; ++c)
        wide += "<c><v>1</v></c>";
    CHECK(errorOf(wide + "</row>").contains(QStringLiteral("beyond Excel's last column")));

    CHECK(errorOf(R"(<row r="5"><c r="A5"><v>1</v></c></row><row r="3"><c r="A3"><v>1</v></c></row>)")
              .contains(QStringLiteral("row 3 comes after row 5")));
    CHECK(errorOf(R"(<row r="1"><c r="C1"><v>1</v></c><c r="B1"><v>1</v></c></row>)")
              .contains(QStringLiteral("cell B1 comes after cell C1")));
    CHECK(errorOf(R"(<row r="1"><c r="1A"><v>1</v></c></row>)")
              .contains(QStringLiteral("not a cell reference")));
    CHECK(errorOf(R"(<row r="x"/>)").contains(QStringLiteral("not a row number")));
    CHECK(errorOf(R"(<row r="2"><c r="D2" t="zz"><v>1</v></c></row>)") ==
          QStringLiteral("sheet \"Data\", cell D2 has the unknown type \"zz\""));
    CHECK(errorOf(R"(<row r="2"><c r="D2"><v>12abc</v></c></row>)") ==
          QStringLiteral("sheet \"Data\", cell D2 should hold a number but holds \"12abc\""));
    CHECK(errorOf(R"(<row r="2"><c r="D2" t="b"><v>yes</v></c></row>)").contains(QStringLiteral("boolean")));
}
