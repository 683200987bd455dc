// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

#include <vector>

namespace ys::io {

struct CsvOptions
{
    // "" = UTF-8, refused with a hint when the bytes are not UTF-8; "utf-8"; "latin1" (also
    // "iso-8859-1", "windows-1252", "cp1252"), decoded as Windows-1252, what Excel writes under that name.
    QString encoding;
    QChar separator = u',';
};

struct CsvRecord
{
    int line = 0; // physical line where the record starts, 1-based
    QStringList fields;
};

struct CsvTable
{
    QStringList header;
    int headerLine = 0;
    std::vector<CsvRecord> records; // without the header and without records whose fields are all empty
    QString encoding;               // what was used: "utf-8" or "windows-1252"
};

// CsvReader: reads an RFC 4180 CSV file (quoted fields, doubled quotes, line breaks inside quotes, any of
// CRLF, LF or CR) into a header and records. Fields are kept as written; records may have more or fewer
// fields than the header, and the caller decides what that means. Errors name the source in
// Error::file and the line (and field) in the message.
class CsvReader
{
public:
    // The limit of an Excel cell: a field longer than this is a damaged file or a missing quote.
    static constexpr int MaxFieldLength = 32'767;
    static constexpr int MaxFields = 16'384;
    static constexpr qint64 MaxFileSize = qint64(256) * 1024 * 1024;

    static Result<CsvTable> readFile(const QString& path, const CsvOptions& options = {});
    static Result<CsvTable> readBytes(const QByteArray& bytes, const QString& sourceName,
                                      const CsvOptions& options = {});

private:
    static Result<CsvTable> parse(QStringView text, const QString& sourceName, QChar separator);
};

} // namespace ys::io
