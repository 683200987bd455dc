// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxExporter.h"

#include "FormulaGuard.h"
#include "formats/XlsxWorkbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace ys::io {
namespace {

Error failure(const QString& path, const QString& message)
{
    Error error = Error::make(Error::Code::Io, message);
    error.file = path;
    return error;
}

// Owns a libxlsxwriter workbook until workbook_close(), which writes and frees it.
class Workbook
{
public:
    explicit Workbook(const QString& path) : m_book(workbook_new(QFile::encodeName(path).constData())) {}
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    lxw_workbook* get() const { return m_book; }
    lxw_error close()
    {
        lxw_workbook* book = m_book;
        m_book = nullptr;
        return workbook_close(book);
    }

private:
    lxw_workbook* m_book;
};

lxw_error writeCell(lxw_worksheet* sheet, int row, int column, const ExportCell& cell, lxw_format* format)
{
    switch (cell.kind) {
    case ExportCell::Kind::Empty:
        return LXW_NO_ERROR;
    case ExportCell::Kind::Number:
        return worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), cell.number, format);
    case ExportCell::Kind::Text:
        return worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column),
                                      FormulaGuard::guard(cell.text).toUtf8().constData(), format);
    }
    return LXW_NO_ERROR;
}

Status fill(lxw_workbook* book, const ExportTable& table, const QString& path)
{
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Measures");
    lxw_format* bold = workbook_add_format(book);
    if (!sheet || !bold)
        return failure(path, QStringLiteral("the workbook cannot be made (out of memory)."));
    format_set_bold(bold);
    const int columns = int(table.header.size());
    if (columns > ExcelMaxColumns || int(table.rows.size()) + 1 > ExcelMaxRows)
        return failure(path,
                       QStringLiteral("the export has %1 rows and %2 columns, more than a worksheet holds.")
                           .arg(table.rows.size() + 1)
                           .arg(columns));
    for (int c = 0; c < columns; ++c) {
        const lxw_error e = writeCell(sheet, 0, c, ExportCell::ofText(table.header[c]), bold);
        if (e != LXW_NO_ERROR)
            return failure(path, QStringLiteral("the header \"%1\" cannot be written (%2).")
                                     .arg(table.header[c], QString::fromUtf8(lxw_strerror(e))));
    }
    for (size_t r = 0; r < table.rows.size(); ++r) {
        for (int c = 0; c < columns; ++c) {
            const lxw_error e = writeCell(sheet, int(r) + 1, c, table.rows[r][size_t(c)], nullptr);
            if (e != LXW_NO_ERROR)
                return failure(path, QStringLiteral("row %1, column \"%2\" cannot be written (%3).")
                                         .arg(r + 2)
                                         .arg(table.header[c], QString::fromUtf8(lxw_strerror(e))));
        }
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (columns > 0)
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(columns - 1));
    // As wide as the longest entry, up to a limit: titles readable, several years still on screen.
    for (int c = 0; c < columns; ++c) {
        qsizetype width = table.header[c].size();
        for (const auto& row : table.rows) {
            const ExportCell& cell = row[size_t(c)];
            width = std::max(width, cell.kind == ExportCell::Kind::Text ? cell.text.size() : qsizetype(10));
        }
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(double(width) + 2, 8.0, 60.0),
                             nullptr);
    }
    return {};
}

} // namespace

Status XlsxExporter::write(const ExportTable& table, const QString& path)
{
    const QFileInfo target(path);
    QTemporaryFile temporary(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.xlsx").arg(target.fileName())));
    if (!temporary.open())
        return failure(path,
                       QStringLiteral("the workbook cannot be written in %1 (%2).")
                           .arg(QDir::toNativeSeparators(target.absolutePath()), temporary.errorString()));
    temporary.close(); // libxlsxwriter writes the file by its name
    // A temporary file is private (0600); the export gets what a new file or the replaced one has.
    temporary.setPermissions(target.exists() ? QFile::permissions(path)
                                             : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const QString temporaryPath = temporary.fileName();

    Workbook book(temporaryPath);
    if (!book.get())
        return failure(path, QStringLiteral("the workbook cannot be made."));
    if (auto status = fill(book.get(), table, path); !status)
        return status; // the temporary file is removed; `path` is untouched
    if (const lxw_error e = book.close(); e != LXW_NO_ERROR)
        return failure(
            path,
            QStringLiteral("the workbook cannot be written (%1).").arg(QString::fromUtf8(lxw_strerror(e))));
    // rename() replaces the target in one step: a reader sees the old file or the new one.
    if (std::rename(QFile::encodeName(temporaryPath).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return failure(path, QStringLiteral("the workbook cannot be moved into place (%1).")
                                 .arg(QString::fromLocal8Bit(std::strerror(errno))));
    temporary.setAutoRemove(false);
    return {};
}

} // namespace ys::io
