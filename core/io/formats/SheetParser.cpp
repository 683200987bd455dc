// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetParser.h"

#include "CellReference.h"
#include "XlsxXml.h"

#include <QLocale>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace ys::io {

namespace {

QString count(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n);
}

enum class CellType
{
    Number,
    SharedString,
    InlineString,
    FormulaString,
    Boolean,
    Error,
    Date,
    Unknown
};

CellType cellType(QStringView t)
{
    if (t.isEmpty() || t == u"n")
        return CellType::Number;
    if (t == u"s")
        return CellType::SharedString;
    if (t == u"inlineStr")
        return CellType::InlineString;
    if (t == u"str")
        return CellType::FormulaString;
    if (t == u"b")
        return CellType::Boolean;
    if (t == u"e")
        return CellType::Error;
    if (t == u"d")
        return CellType::Date;
    return CellType::Unknown;
}

} // namespace

// Where the parser is: the row being read and the last column seen in it.
struct SheetParser::RowState
{
    int previousRow = 0;   // number of the row read before this one
    int number = 0;        // this row's number
    bool numbered = false; // from the row's own r attribute, else taken from its first cell's reference
    int lastColumn = -1;
    size_t widthHint = 0; // cells in the last kept row, to reserve the next one in one allocation
};

SheetParser::SheetParser(const SharedStrings& strings, QString file, QString sheetName, QString part)
    : m_strings(strings), m_file(std::move(file)), m_sheetName(std::move(sheetName)), m_part(std::move(part))
{
}

Error SheetParser::sheetError(const QString& message) const
{
    Error e = Error::make(Error::Code::Invalid, QStringLiteral("sheet \"%1\": %2").arg(m_sheetName, message));
    e.file = m_file;
    return e;
}

Error SheetParser::cellError(const RowState& state, int column, const QString& message) const
{
    const QString cell = CellReference{state.number, column}.toString();
    Error e = Error::make(Error::Code::Invalid,
                          QStringLiteral("sheet \"%1\", cell %2 %3").arg(m_sheetName, cell, message));
    e.file = m_file;
    return e;
}

Result<XlsxSheet> SheetParser::parse(const QByteArray& xml, int lastRow) const
{
    XlsxSheet sheet;
    sheet.name = m_sheetName;
    QXmlStreamReader reader(xml);
    const QString part = QStringLiteral("the part %1 of sheet \"%2\"").arg(m_part, m_sheetName);
    if (Status entered = enterXlsxRoot(reader, m_file, part); !entered)
        return entered.error();

    // <sheetData> is a child of the root <worksheet>; everything else (columns, views, merges) is layout.
    while (reader.readNextStartElement()) {
        if (reader.name() != u"sheetData") {
            reader.skipCurrentElement();
            continue;
        }
        RowState state;
        while (reader.readNextStartElement()) {
            if (reader.name() != u"row") {
                reader.skipCurrentElement();
                continue;
            }
            XlsxRow row; // its cells are reserved with the first kept one: empty rows cost nothing
            if (Status read = readRow(reader, state, row); !read)
                return read.error();
            if (state.number > lastRow)
                return sheet; // rows come in order: nothing later is wanted
            state.previousRow = state.number;
            if (!row.cells.empty()) {
                state.widthHint = row.cells.size();
                sheet.rows.push_back(std::move(row));
            }
        }
        break;
    }
    if (reader.hasError())
        return xlsxXmlError(reader, m_file, part);
    return sheet;
}

Status SheetParser::readRow(QXmlStreamReader& reader, RowState& state, XlsxRow& row) const
{
    {
        const QXmlStreamAttributes attributes = reader.attributes(); // owns what the view below shows
        const QStringView r = attributes.value(QLatin1String("r"));
        state.numbered = !r.isEmpty();
        state.lastColumn = -1;
        if (state.numbered) {
            bool ok = false;
            state.number = r.toInt(&ok);
            if (!ok || state.number < 1)
                return sheetError(
                    QStringLiteral("a row has the number \"%1\", which is not a row number").arg(r.left(40)));
        } else {
            state.number = state.previousRow + 1;
        }
    }
    while (reader.readNextStartElement()) {
        if (reader.name() == u"c") {
            if (Status read = readCell(reader, state, row); !read)
                return read;
        } else {
            reader.skipCurrentElement();
        }
    }
    // Checked after the cells: a row without its r attribute takes its number from its first cell.
    if (state.number > ExcelMaxRows)
        return sheetError(QStringLiteral("row %1 is beyond Excel's last row, %2")
                              .arg(count(state.number), count(ExcelMaxRows)));
    if (state.number <= state.previousRow)
        return sheetError(QStringLiteral("row %1 comes after row %2; rows must be in ascending order")
                              .arg(state.number)
                              .arg(state.previousRow));
    row.number = state.number;
    return {};
}

Status SheetParser::readCell(QXmlStreamReader& reader, RowState& state, XlsxRow& row) const
{
    int column = state.lastColumn + 1;
    CellType type = CellType::Number;
    {
        // Scoped: the attribute views must not outlive the reader's current token.
        const QXmlStreamAttributes attributes = reader.attributes();
        const QStringView ref = attributes.value(QLatin1String("r"));
        if (!ref.isEmpty()) {
            const std::optional<CellReference> parsed = CellReference::parse(ref);
            if (!parsed)
                return sheetError(
                    QStringLiteral("row %1 has a cell named \"%2\", which is not a cell reference")
                        .arg(state.number)
                        .arg(ref.left(40)));
            column = parsed->column;
            if (!state.numbered && state.lastColumn < 0) {
                state.number = parsed->row;
                state.numbered = true;
            }
        }
        const QStringView t = attributes.value(QLatin1String("t"));
        type = cellType(t);
        if (type == CellType::Unknown)
            return cellError(state, column, QStringLiteral("has the unknown type \"%1\"").arg(t.left(40)));
    }
    if (column >= ExcelMaxColumns)
        return sheetError(QStringLiteral("row %1 has a cell in column %2, beyond Excel's last column, %3")
                              .arg(count(state.number), CellReference::columnName(column),
                                   CellReference::columnName(ExcelMaxColumns - 1)));
    if (column <= state.lastColumn)
        return cellError(state, column,
                         QStringLiteral("comes after cell %1 in the same row; cells must be in column order")
                             .arg(CellReference{state.number, state.lastColumn}.toString()));
    state.lastColumn = column;

    XlsxCell cell;
    QString value;
    bool hasValue = false;
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        if (name == u"v") {
            value = reader.readElementText();
            hasValue = true;
        } else if (name == u"f") {
            cell.formula = true;
            cell.formulaText = reader.readElementText();
        } else if (name == u"is") {
            value = readXlsxString(reader);
            hasValue = true;
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError())
        return {}; // the caller reports the XML error with its line

    if (value.size() > ExcelMaxCellLength)
        return cellError(state, column,
                         QStringLiteral("holds %1 characters, more than Excel's limit of %2 per cell")
                             .arg(count(value.size()), count(ExcelMaxCellLength)));
    if (hasValue) {
        switch (type) {
        case CellType::Number: {
            if (value.isEmpty())
                break;
            bool ok = false;
            cell.number = QStringView(value).toDouble(&ok);
            if (!ok || !std::isfinite(cell.number))
                return cellError(state, column,
                                 QStringLiteral("should hold a number but holds \"%1\"").arg(value.left(40)));
            cell.kind = XlsxCell::Kind::Number;
            cell.text = std::move(value);
            break;
        }
        case CellType::SharedString: {
            bool ok = false;
            const qint64 index = QStringView(value).trimmed().toLongLong(&ok);
            const QString* text = ok ? m_strings.find(index) : nullptr;
            if (!text)
                return cellError(
                    state, column,
                    QStringLiteral("refers to shared string \"%1\", but the workbook has %2 strings")
                        .arg(value.left(40), count(m_strings.size())));
            if (text->size() > ExcelMaxCellLength)
                return cellError(state, column,
                                 QStringLiteral("holds %1 characters, more than Excel's limit of %2 per cell")
                                     .arg(count(text->size()), count(ExcelMaxCellLength)));
            cell.kind = XlsxCell::Kind::Text;
            cell.text = *text; // implicitly shared: no copy of the characters
            break;
        }
        case CellType::InlineString:
        case CellType::FormulaString:
        case CellType::Date: // ISO 8601 text (Strict OOXML); left for the caller to interpret
            cell.kind = XlsxCell::Kind::Text;
            cell.text = std::move(value);
            break;
        case CellType::Boolean:
            if (value != u"0" && value != u"1")
                return cellError(
                    state, column,
                    QStringLiteral("should hold a boolean (0 or 1) but holds \"%1\"").arg(value.left(40)));
            cell.kind = XlsxCell::Kind::Boolean;
            cell.number = value == u"1" ? 1 : 0;
            cell.text = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            break;
        case CellType::Error:
            cell.kind = XlsxCell::Kind::Error;
            cell.text = std::move(value);
            break;
        case CellType::Unknown:
            break;
        }
    }
    // An empty string is no value; an empty formula result still tells that a formula is there.
    if (cell.kind == XlsxCell::Kind::Text && cell.text.isEmpty())
        cell.kind = XlsxCell::Kind::Empty;
    if (cell.kind == XlsxCell::Kind::Empty && !cell.formula)
        return {};
    if (row.cells.empty())
        row.cells.reserve(std::max(state.widthHint, size_t(column) + 1));
    row.cells.resize(size_t(column) + 1);
    row.cells[size_t(column)] = std::move(cell);
    return {};
}

} // namespace ys::io
