// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/formats/XlsxWorkbook.h"
#include "TempDir.h"
#include "XlsxFixture.h"

#include <catch2/catch.hpp>

using ys::Error;
using ys::Result;
using ys::io::CellReference;
using ys::io::XlsxCell;
using ys::io::XlsxHeaderLocation;
using ys::io::XlsxSheet;
using ys::io::XlsxWorkbook;
using Kind = ys::io::XlsxCell::Kind;

namespace {

XlsxSheet readOnlySheet(const QString& path)
{
    Result<XlsxWorkbook> book = XlsxWorkbook::open(path);
    REQUIRE(book.ok());
    Result<XlsxSheet> sheet = book->readSheet(0);
    INFO((sheet.ok() ? QString() : sheet.error().describe()).toStdString());
    REQUIRE(sheet.ok());
    return std::move(sheet).value();
}

} // namespace

TEST_CASE("import: xlsx column names and cell references convert both ways")
{
    CHECK(XlsxWorkbook::columnName(0) == QStringLiteral("A"));
    CHECK(XlsxWorkbook::columnName(25) == QStringLiteral("Z"));
    CHECK(XlsxWorkbook::columnName(26) == QStringLiteral("AA"));
    CHECK(XlsxWorkbook::columnName(27) == QStringLiteral("AB"));
    CHECK(XlsxWorkbook::columnName(16383) == QStringLiteral("XFD"));

    const auto ab12 = XlsxWorkbook::parseCellReference(u"AB12");
    REQUIRE(ab12);
    CHECK(ab12->row == 12);
    CHECK(ab12->column == 27);
    CHECK(ab12->toString() == QStringLiteral("AB12"));
    const auto last = XlsxWorkbook::parseCellReference(u"XFD1048576");
    REQUIRE(last);
    CHECK(last->column == 16383);
    CHECK(last->row == 1048576);
    // Syntax only: beyond the grid still parses, so that the reader can say what is wrong.
    REQUIRE(XlsxWorkbook::parseCellReference(u"XFE1"));
    CHECK(XlsxWorkbook::parseCellReference(u"XFE1")->column == 16384);

    for (const char16_t* bad : {u"", u"A", u"12", u"A0", u"1A", u"A1B", u"AAAAA1", u"A123456789", u"$A$1"})
        CHECK_FALSE(XlsxWorkbook::parseCellReference(bad));
}

TEST_CASE("import: xlsx reads shared strings, inline strings, numbers, booleans, errors and gaps")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("kinds.xlsx"));
    REQUIRE(writeXlsx(
        path,
        {{QStringLiteral("Data"),
          R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>inline</t></is></c>)"
          R"(<c r="D1" s="4"><v>46034.498148148145</v></c><c r="E1" t="b"><v>1</v></c>)"
          R"(<c r="F1" t="e"><v>#N/A</v></c><c r="G1" t="n"><v>-1.5E-3</v></c>)"
          R"(<c r="H1" t="b"><v>0</v></c></row>)"
          R"(<row r="2" spans="1:3"><c r="A2" s="1"/><c r="B2" t="s"><v>1</v></c><c r="C2" s="1"/></row>)"
          R"(<row r="3"/>)"
          R"(<row r="5"><c r="B5"><v>42</v></c></row>)"
          R"(<row r="6"><c r="A6" s="2"/><c r="B6" t="inlineStr"><is><t></t></is></c></row>)"}},
        {QStringLiteral("Service & Agency"), QStringLiteral("  spaced  ")}));

    const XlsxSheet sheet = readOnlySheet(path);
    CHECK(sheet.name == QStringLiteral("Data"));
    REQUIRE(sheet.rows.size() == 3); // rows 3 and 6 hold nothing, row 4 is absent
    CHECK(sheet.rows[0].number == 1);
    CHECK(sheet.rows[1].number == 2);
    CHECK(sheet.rows[2].number == 5);

    const auto& first = sheet.rows[0];
    REQUIRE(first.cells.size() == 8);
    CHECK(first.cells[0].kind == Kind::Text);
    CHECK(first.cells[0].text == QStringLiteral("Service & Agency"));
    CHECK(first.cells[1].kind == Kind::Empty); // the gap at B1
    CHECK(first.cells[2].kind == Kind::Text);
    CHECK(first.cells[2].text == QStringLiteral("inline"));
    CHECK(first.cells[3].kind == Kind::Number);
    CHECK(first.cells[3].text == QStringLiteral("46034.498148148145")); // as written, not re-formatted
    CHECK(first.cells[3].number == Approx(46034.498148148145));
    CHECK(first.cells[4].kind == Kind::Boolean);
    CHECK(first.cells[4].number == 1);
    CHECK(first.cells[4].text == QStringLiteral("TRUE"));
    CHECK(first.cells[5].kind == Kind::Error);
    CHECK(first.cells[5].text == QStringLiteral("#N/A"));
    CHECK(first.cells[6].kind == Kind::Number);
    CHECK(first.cells[6].text == QStringLiteral("-1.5E-3"));
    CHECK(first.cells[6].number == Approx(-0.0015));
    CHECK(first.cells[7].text == QStringLiteral("FALSE"));
    CHECK_FALSE(first.cells[0].formula);

    // Styled blank cells are Empty, and trailing ones are not stored.
    REQUIRE(sheet.rows[1].cells.size() == 2);
    CHECK(sheet.rows[1].cells[0].kind == Kind::Empty);
    CHECK(sheet.rows[1].cells[1].text == QStringLiteral("  spaced  ")); // white space kept as written
    CHECK(sheet.rows[2].cell(1).number == 42);
    CHECK(sheet.rows[2].cell(0).kind == Kind::Empty);
    CHECK(sheet.rows[2].cell(500).kind == Kind::Empty);
}

TEST_CASE("import: xlsx keeps a formula's cached value and its text")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("formulas.xlsx"));
    REQUIRE(writeXlsx(path, {{QStringLiteral("Calc"),
                              R"(<row r="1"><c r="A1"><v>2</v></c><c r="B1"><v>3</v></c>)"
                              R"(<c r="C1"><f>A1+B1</f><v>5</v></c>)"
                              R"(<c r="D1" t="str"><f>CONCAT("x",A1)</f><v>x2</v></c>)"
                              R"(<c r="E1" t="b"><f>A1&gt;B1</f><v>0</v></c>)"
                              R"(<c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c>)"
                              R"(<c r="G1"><f t="shared" ref="G1:G2" si="0">A1*2</f><v>4</v></c>)"
                              R"(<c r="H1"><f>NOW()</f></c></row>)"
                              R"(<row r="2"><c r="G2"><f t="shared" si="0"/><v>6</v></c></row>)"}}));

    const XlsxSheet sheet = readOnlySheet(path);
    REQUIRE(sheet.rows.size() == 2);
    const auto& row = sheet.rows[0];
    CHECK_FALSE(row.cell(0).formula);

    CHECK(row.cell(2).formula);
    CHECK(row.cell(2).formulaText == QStringLiteral("A1+B1"));
    CHECK(row.cell(2).kind == Kind::Number);
    CHECK(row.cell(2).number == 5);

    CHECK(row.cell(3).formula);
    CHECK(row.cell(3).formulaText == QStringLiteral("CONCAT(\"x\",A1)"));
    CHECK(row.cell(3).kind == Kind::Text);
    CHECK(row.cell(3).text == QStringLiteral("x2"));

    CHECK(row.cell(4).kind == Kind::Boolean);
    CHECK(row.cell(4).formulaText == QStringLiteral("A1>B1"));
    CHECK(row.cell(5).kind == Kind::Error);
    CHECK(row.cell(5).text == QStringLiteral("#DIV/0!"));
    CHECK(row.cell(6).formulaText == QStringLiteral("A1*2"));

    // Never calculated: no value, but the formula is worth knowing about.
    CHECK(row.cell(7).formula);
    CHECK(row.cell(7).kind == Kind::Empty);

    // The other cells of a shared formula carry no text of their own.
    CHECK(sheet.rows[1].cell(6).formula);
    CHECK(sheet.rows[1].cell(6).formulaText.isEmpty());
    CHECK(sheet.rows[1].cell(6).number == 6);
}

TEST_CASE("import: xlsx rows and cells without numbers follow the ones before them")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("unnumbered.xlsx"));
    REQUIRE(writeXlsx(
        path, {{QStringLiteral("Sheet1"),
                R"(<row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row>)"
                R"(<row r="4"><c r="C4"><v>1</v></c><c><v>2</v></c></row>)"
                R"(<row><c r="B7"><v>3</v></c></row>)"
                R"(<row><c><v>4</v></c></row>)"}}));

    const XlsxSheet sheet = readOnlySheet(path);
    REQUIRE(sheet.rows.size() == 4);
    CHECK(sheet.rows[0].number == 1);
    CHECK(sheet.rows[0].cell(1).text == QStringLiteral("b"));
    CHECK(sheet.rows[1].number == 4);
    CHECK(sheet.rows[1].cell(2).number == 1);
    CHECK(sheet.rows[1].cell(3).number == 2);
    CHECK(sheet.rows[2].number == 7); // from its first cell
    CHECK(sheet.rows[2].cell(1).number == 3);
    CHECK(sheet.rows[3].number == 8);
    CHECK(sheet.rows[3].cell(0).number == 4);
}

TEST_CASE("import: xlsx joins rich text runs and leaves out phonetic guides")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("rich.xlsx"));
    const QByteArray sst = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<si><r><rPr><b/><sz val="11"/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and plain</t></r></si>
<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
<si><t>first_x000D_
second</t></si>
</sst>)";
    REQUIRE(writeXlsx(
        path,
        {{QStringLiteral("Text"),
          R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>)"
          R"(<c r="D1" t="inlineStr"><is><r><t>in</t></r><r><rPr><i/></rPr><t>line</t></r></is></c></row>)"}},
        {}, sst));

    const XlsxSheet sheet = readOnlySheet(path);
    REQUIRE(sheet.rows.size() == 1);
    CHECK(sheet.rows[0].cell(0).text == QStringLiteral("Bold and plain"));
    CHECK(sheet.rows[0].cell(1).text == QStringLiteral("東京"));
    CHECK(sheet.rows[0].cell(2).text == QStringLiteral("first\r\nsecond"));
    CHECK(sheet.rows[0].cell(3).text == QStringLiteral("inline"));
}

TEST_CASE("import: xlsx finds the sheet by its header row")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("two-sheets.xlsx"));
    // The header is on the second sheet, under a title, in another case, with odd white space.
    REQUIRE(writeXlsx(path,
                      {{QStringLiteral("Notes"),
                        R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c></row>)"},
                       {QStringLiteral("query (48)"),
                        R"(<row r="1"><c r="A1" t="s"><v>1</v></c></row>)"
                        R"(<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="s"><v>3</v></c>)"
                        R"(<c r="C3" t="s"><v>4</v></c><c r="E3" t="s"><v>5</v></c></row>)"
                        R"(<row r="4"><c r="A4" t="s"><v>6</v></c></row>)"}},
                      {QStringLiteral("About this file"), QStringLiteral("Measures, 2026"),
                       QStringLiteral(" Performance\u00A0Measure "), QStringLiteral("AGENCY"),
                       QStringLiteral("Service\nID"), QStringLiteral("Fiscal   Year"),
                       QStringLiteral("Permits")}));

    Result<XlsxWorkbook> book = XlsxWorkbook::open(path);
    REQUIRE(book.ok());
    CHECK(book->sheetNames() == QStringList{QStringLiteral("Notes"), QStringLiteral("query (48)")});

    const QStringList wanted{QStringLiteral("Performance Measure"), QStringLiteral("Agency"),
                             QStringLiteral("Service ID"), QStringLiteral("Fiscal Year")};
    Result<XlsxHeaderLocation> found = book->findSheetByHeader(wanted);
    REQUIRE(found.ok());
    CHECK(found->sheetIndex == 1);
    CHECK(found->rowNumber == 3);
    CHECK(found->rowIndex == 1);

    Result<XlsxHeaderLocation> tooHigh = book->findSheetByHeader(wanted, 2);
    REQUIRE_FALSE(tooHigh.ok());

    Result<XlsxHeaderLocation> missing =
        book->findSheetByHeader(wanted + QStringList{QStringLiteral("Budget")});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::NotFound);
    CHECK(missing.error().message.contains(
        QStringLiteral("the closest, sheet \"query (48)\", row 3, lacks \"Budget\"")));

    Result<XlsxSheet> outOfRange = book->readSheet(2);
    REQUIRE_FALSE(outOfRange.ok());
    CHECK(outOfRange.error().code == Error::Code::Usage);
}

TEST_CASE("import: xlsx reads the real Baltimore workbook")
{
    Result<XlsxWorkbook> book =
        XlsxWorkbook::open(sharedData(QStringLiteral("baltimore/Performance_Data.xlsx")));
    REQUIRE(book.ok());
    CHECK(book->sheetNames() == QStringList{QStringLiteral("query (48)")});

    Result<XlsxHeaderLocation> header =
        book->findSheetByHeader({QStringLiteral("Performance Measure"), QStringLiteral("Agency"),
                                 QStringLiteral("Service ID"), QStringLiteral("Fiscal Year")});
    REQUIRE(header.ok());
    CHECK(header->sheetIndex == 0);
    CHECK(header->rowNumber == 1);
    CHECK(header->rowIndex == 0);

    Result<XlsxSheet> sheet = book->readSheet(header->sheetIndex);
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rows.size() == 1 + 1465);
    CHECK(sheet->rows.back().number == 1466);

    const auto& headerRow = sheet->rows[0];
    REQUIRE(headerRow.cells.size() == 48);
    CHECK(headerRow.cell(0).text == QStringLiteral("Performance Measure"));
    CHECK(headerRow.cell(47).kind == Kind::Text);

    const auto& row4 = sheet->rows[3];
    REQUIRE(row4.number == 4);
    CHECK(row4.cell(0).text ==
          QStringLiteral("Average # of days from filing a zoning appeal to a public hearing"));
    CHECK(row4.cell(4).text == QStringLiteral("1851"));   // E4: stored as text in the file
    CHECK(row4.cell(19).text == QStringLiteral("71.25")); // T4
    CHECK(row4.cell(20).kind == Kind::Empty);             // U4: a styled blank cell

    // AS2, "Modified": a date serial, kept digit for digit.
    const XlsxCell& modified = sheet->rows[1].cell(44);
    CHECK(modified.kind == Kind::Number);
    CHECK(modified.text == QStringLiteral("46034.498148148145"));

    // The two plan cycles, as the data notes count them.
    int fiscalYear = -1;
    for (size_t c = 0; c < headerRow.cells.size(); ++c)
        if (headerRow.cells[c].text == QStringLiteral("Fiscal Year"))
            fiscalYear = int(c);
    REQUIRE(fiscalYear >= 0);
    int fy26 = 0;
    int fy27 = 0;
    for (size_t r = 1; r < sheet->rows.size(); ++r) {
        const QString year = sheet->rows[r].cell(fiscalYear).text;
        fy26 += year == QStringLiteral("FY26");
        fy27 += year == QStringLiteral("FY27");
    }
    CHECK(fy26 == 791);
    CHECK(fy27 == 674);
}
