// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CellReference.h"
#include "SharedStrings.h"
#include "XlsxSheet.h"
#include "ZipArchive.h"
#include "domain/Result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ys::io {

// Where findSheetByHeader found the header row.
struct XlsxHeaderLocation
{
    int sheetIndex = -1;
    int rowIndex = -1; // index into XlsxSheet::rows of that sheet
    int rowNumber = 0; // 1-based, as Excel shows it
};

// XlsxWorkbook: reads the sheets of an Excel .xlsx file as cell values. Errors name the file in
// Error::file and the sheet and cell in the message, so Error::describe() is one actionable sentence.
// Move-only: it keeps the archive open for reading sheets on demand.
class XlsxWorkbook
{
public:
    static Result<XlsxWorkbook> open(const QString& path);

    QString path() const { return m_archive.path(); }
    QStringList sheetNames() const;
    int sheetCount() const { return int(m_sheets.size()); }

    Result<XlsxSheet> readSheet(int index) const;

    // The first sheet with a row, among its first maxHeaderRow rows, that holds every required header.
    // Headers compare trimmed, case-insensitively and with runs of white space (non-breaking spaces and
    // line breaks included) as one space. Exported sheets are often renamed ("query (48)"); their
    // header row is what stays.
    Result<XlsxHeaderLocation> findSheetByHeader(const QStringList& requiredHeaders,
                                                 int maxHeaderRow = 20) const;

    // The form headers are compared in.
    static QString normalizedHeader(const QString& text);
    // 0 -> "A", 27 -> "AB".
    static QString columnName(int index) { return CellReference::columnName(index); }
    // "AB12" -> {row 12, column 27}; nullopt when it is not a cell reference.
    static std::optional<CellReference> parseCellReference(QStringView text)
    {
        return CellReference::parse(text);
    }

private:
    struct SheetEntry
    {
        QString name;
        QString part; // zip entry name, e.g. "xl/worksheets/sheet1.xml"
    };

    explicit XlsxWorkbook(ZipArchive archive) : m_archive(std::move(archive)) {}
    Result<XlsxSheet> readSheetRows(int index, int lastRow) const;
    Error error(const QString& message) const;
    QString findPart(const QString& name) const;

    ZipArchive m_archive;
    std::vector<SheetEntry> m_sheets;
    SharedStrings m_strings;
};

} // namespace ys::io
