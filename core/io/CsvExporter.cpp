// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExporter.h"

#include "FormulaGuard.h"

#include <QLocale>
#include <QSaveFile>

namespace ys::io {
namespace {

QString quoted(const QString& text)
{
    const bool needsQuotes =
        text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!needsQuotes)
        return text;
    QString out = text;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

QString field(const ExportCell& cell)
{
    switch (cell.kind) {
    case ExportCell::Kind::Empty:
        return {};
    case ExportCell::Kind::Number:
        return CsvExporter::numberText(cell.number);
    case ExportCell::Kind::Text:
        return quoted(FormulaGuard::guard(cell.text));
    }
    return {};
}

} // namespace

QString CsvExporter::numberText(double value)
{
    // The shortest digits that read back as the same double, without an exponent.
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QByteArray CsvExporter::toBytes(const ExportTable& table)
{
    QString text;
    QStringList fields;
    for (const QString& name : table.header)
        fields << quoted(FormulaGuard::guard(name));
    text += fields.join(u',') + QStringLiteral("\r\n");
    for (const auto& row : table.rows) {
        fields.clear();
        for (const ExportCell& cell : row)
            fields << field(cell);
        text += fields.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status CsvExporter::write(const ExportTable& table, const QString& path)
{
    QSaveFile out(path);
    const QByteArray bytes = toBytes(table);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        Error error = Error::make(
            Error::Code::Io, QStringLiteral("the CSV file cannot be written (%1).").arg(out.errorString()));
        error.file = path;
        return error;
    }
    return {};
}

} // namespace ys::io
