// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include "CsvDecoder.h"

#include <QFile>
#include <QLocale>

#include <algorithm>

namespace ys::io {

namespace {

QString count(qint64 n)
{
    QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(n);
}

Error invalid(const QString& source, const QString& message)
{
    Error e = Error::make(Error::Code::Invalid, message);
    e.file = source;
    return e;
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Line breaks in a stretch of text, CRLF counting once. A CRLF pair cannot straddle two stretches: the
// parser cuts them at quotes only.
int lineBreaks(QStringView text)
{
    int breaks = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n')
            ++breaks;
        else if (text[i] == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n'))
            ++breaks;
    }
    return breaks;
}

// length < 0: the scan stopped at the limit without measuring the whole field.
Error tooLong(const QString& source, int line, qsizetype field, qsizetype length, bool quoteMayBeOpen)
{
    const QString size =
        length < 0 ? QStringLiteral("over ") + count(CsvReader::MaxFieldLength) : count(length);
    QString message = QStringLiteral("line %1, field %2 is %3 characters long, more than the limit of %4")
                          .arg(line)
                          .arg(field)
                          .arg(size, count(CsvReader::MaxFieldLength));
    if (quoteMayBeOpen)
        message += QStringLiteral(" (a quote that opens there may never be closed)");
    return invalid(source, message);
}

} // namespace

Result<CsvTable> CsvReader::readFile(const QString& path, const CsvOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e = Error::make(Error::Code::Io, QStringLiteral("cannot be read: %1").arg(file.errorString()));
        e.file = path;
        return e;
    }
    if (file.size() > MaxFileSize)
        return invalid(path, QStringLiteral("is %1 bytes, more than the %2 bytes a CSV import accepts")
                                 .arg(count(file.size()), count(MaxFileSize)));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        Error e = Error::make(Error::Code::Io, QStringLiteral("cannot be read: %1").arg(file.errorString()));
        e.file = path;
        return e;
    }
    return readBytes(bytes, path, options);
}

Result<CsvTable> CsvReader::readBytes(const QByteArray& bytes, const QString& sourceName,
                                      const CsvOptions& options)
{
    if (options.separator == u'"' || isLineBreak(options.separator)) {
        Error e = invalid(sourceName, QStringLiteral("a quote or a line break cannot separate fields"));
        e.code = Error::Code::Usage;
        return e;
    }
    Result<CsvDecoder::Decoded> decoded = CsvDecoder::decode(bytes, sourceName, options.encoding);
    if (!decoded)
        return decoded.error();
    Result<CsvTable> table = parse(decoded->text, sourceName, options.separator);
    if (table)
        table->encoding = decoded->encoding;
    return table;
}

Result<CsvTable> CsvReader::parse(QStringView text, const QString& sourceName, QChar separator)
{
    CsvTable table;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    bool haveHeader = false;
    QStringList fields;

    while (i < n) {
        const int recordLine = line;
        fields.clear();
        bool endOfRecord = false;
        while (!endOfRecord) {
            const qsizetype column = fields.size() + 1;
            QString field;
            const bool quoted = i < n && text[i] == u'"';
            if (quoted) {
                const int quoteLine = line;
                ++i;
                for (;;) {
                    const qsizetype quote = text.indexOf(u'"', i);
                    if (quote < 0)
                        return invalid(sourceName,
                                       QStringLiteral("line %1, field %2 opens a quote that is never closed")
                                           .arg(quoteLine)
                                           .arg(column));
                    const QStringView stretch = text.sliced(i, quote - i);
                    line += lineBreaks(stretch);
                    // A field this long that spans lines is most likely a stray quote swallowing records.
                    if (quote - i + field.size() > MaxFieldLength)
                        return tooLong(sourceName, quoteLine, column, quote - i + field.size(),
                                       line > quoteLine);
                    field.append(stretch);
                    if (quote + 1 < n && text[quote + 1] == u'"') {
                        field.append(u'"'); // a doubled quote stands for one
                        i = quote + 2;
                        continue;
                    }
                    i = quote + 1;
                    break;
                }
            }
            // An unquoted field, or what follows a closing quote before the separator (kept as Excel
            // does: "ab"c reads as abc).
            const qsizetype start = i;
            while (i < n && text[i] != separator && !isLineBreak(text[i])) {
                ++i;
                if (i - start + field.size() > MaxFieldLength)
                    return tooLong(sourceName, line, column, -1, false);
            }
            field.append(text.sliced(start, i - start));
            if (fields.size() >= MaxFields)
                return invalid(
                    sourceName,
                    QStringLiteral("line %1 has more than %2 fields").arg(recordLine).arg(count(MaxFields)));
            fields.append(std::move(field));

            if (i >= n) {
                endOfRecord = true;
            } else if (text[i] == separator) {
                ++i;
                if (i >= n) {
                    fields.append(QString()); // "a,b," at the very end: a last, empty field
                    endOfRecord = true;
                }
            } else {
                i += (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n') ? 2 : 1;
                ++line;
                endOfRecord = true;
            }
        }

        const bool empty =
            std::all_of(fields.cbegin(), fields.cend(), [](const QString& f) { return f.isEmpty(); });
        if (empty)
            continue;
        if (!haveHeader) {
            table.header = std::move(fields);
            table.headerLine = recordLine;
            haveHeader = true;
        } else {
            table.records.push_back(CsvRecord{recordLine, std::move(fields)});
        }
        fields = QStringList(); // moved from: give it a defined state
    }
    if (!haveHeader)
        return invalid(sourceName, QStringLiteral("has no header row: the file is empty"));
    return table;
}

} // namespace ys::io
