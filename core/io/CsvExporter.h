// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeasureExportTable.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace ys::io {

// CsvExporter: writes an export table as RFC 4180 CSV: UTF-8 with a byte order mark (so that Excel
// reads the letters right), CRLF line ends, fields quoted where they must be. Numbers are written in
// full ("1234567.5", "-3", never "1.2e+06"), text guarded against formulas (FormulaGuard). Written
// through QSaveFile: the file at `path` is replaced whole or not at all.
class CsvExporter
{
public:
    static Status write(const ExportTable& table, const QString& path);
    static QByteArray toBytes(const ExportTable& table);
    static QString numberText(double value);
};

} // namespace ys::io
