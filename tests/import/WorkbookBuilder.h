// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small workbooks in the city's layout, written by the tests with inline strings (XlsxFixture.h).

#include "XlsxFixture.h"
#include "io/formats/XlsxWorkbook.h"

#include <QStringList>

#include <vector>

// One cell as sheet XML: text as an inline string; "=..." as a formula with a cached value.
inline QByteArray cellXml(int row, int column, const QString& text)
{
    const QByteArray ref = (ys::io::XlsxWorkbook::columnName(column) + QString::number(row)).toUtf8();
    if (text.startsWith(QLatin1Char('=')))
        return "<c r=\"" + ref + "\"><f>" + xmlEscaped(text.mid(1)) + "</f><v>3</v></c>";
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + xmlEscaped(text) + "</t></is></c>";
}

inline QByteArray rowXml(int row, const QStringList& cells)
{
    QByteArray xml = "<row r=\"" + QByteArray::number(row) + "\">";
    for (int c = 0; c < cells.size(); ++c)
        if (!cells[c].isEmpty())
            xml += cellXml(row, c, cells[c]);
    return xml + "</row>";
}

// A one-sheet workbook: rows[0] is the header; `emptyRows` rows follow it before the others (half bare,
// half with a styled blank cell, or with one cell of spaces when `spaces`), as Excel leaves them.
inline bool writeWorkbook(const QString& path, const std::vector<QStringList>& rows, int emptyRows = 0,
                          bool spaces = false)
{
    QByteArray data;
    int number = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        data += rowXml(++number, rows[i]);
        if (i > 0)
            continue;
        for (int e = 0; e < emptyRows; ++e) {
            const QByteArray n = QByteArray::number(++number);
            if (spaces)
                data += "<row r=\"" + n + "\">" + cellXml(number, 0, QStringLiteral(" \u00a0")) + "</row>";
            else
                data += number % 2 ? "<row r=\"" + n + "\"/>" : "<row r=\"" + n + "\"><c r=\"B" + n + "\" s=\"3\"/></row>";
        }
    }
    return writeXlsx(path, {FixtureSheet{QStringLiteral("query (49)"), data}});
}

// The city's header (the columns a newer export keeps), and a row of it by column name.
inline QStringList baltimoreHeader()
{
    return {QStringLiteral("Performance Measure"), QStringLiteral("Agency"),          QStringLiteral("Agency ID"),
            QStringLiteral("Service ID"),          QStringLiteral("Measure ID"),      QStringLiteral("Performance Measure Type"),
            QStringLiteral("Desired Outcome"),     QStringLiteral("Percent or Count"), QStringLiteral("Interval"),
            QStringLiteral("Fiscal Year"),         QStringLiteral("FY 25 Actual"),     QStringLiteral("FY 26 Q1"),
            QStringLiteral("FY 26 Q2"),            QStringLiteral("FY 27 Target"),     QStringLiteral("FY 27 Target Explanation")};
}

inline QStringList baltimoreRow(const std::vector<std::pair<QString, QString>>& cells)
{
    const QStringList header = baltimoreHeader();
    QStringList row;
    for (qsizetype i = 0; i < header.size(); ++i)
        row.append(QString());
    for (const auto& [column, text] : cells)
        row[header.indexOf(column)] = text;
    return row;
}

// The zoning-appeal measure as the city's FY27 row writes it, with the given cells changed.
inline QStringList zoningRow(const std::vector<std::pair<QString, QString>>& changes = {})
{
    std::vector<std::pair<QString, QString>> cells{
        {QStringLiteral("Performance Measure"), QStringLiteral("Average # of days from filing a zoning appeal to a public hearing")},
        {QStringLiteral("Agency"), QStringLiteral("Baltimore City Board of Municipal and Zoning Appeals")},
        {QStringLiteral("Agency ID"), QStringLiteral("AGC7900 Municipal and Zoning Appeals")},
        {QStringLiteral("Service ID"), QStringLiteral("SRV0185 Board of Municipal and Zoning Appeals")},
        {QStringLiteral("Measure ID"), QStringLiteral("1851")},
        {QStringLiteral("Performance Measure Type"), QStringLiteral("Effectiveness")},
        {QStringLiteral("Desired Outcome"), QStringLiteral("Decrease")},
        {QStringLiteral("Percent or Count"), QStringLiteral("count")},
        {QStringLiteral("Interval"), QStringLiteral("Snapshot")},
        {QStringLiteral("Fiscal Year"), QStringLiteral("FY27")},
        {QStringLiteral("FY 25 Actual"), QStringLiteral("71")},
        {QStringLiteral("FY 27 Target"), QStringLiteral("60")},
    };
    for (const auto& change : changes) {
        bool replaced = false;
        for (auto& cell : cells)
            if (cell.first == change.first) {
                cell.second = change.second;
                replaced = true;
            }
        if (!replaced)
            cells.push_back(change);
    }
    return baltimoreRow(cells);
}
