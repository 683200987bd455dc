// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeasureExportTable.h"
#include "domain/Result.h"

#include <QString>

namespace ys::io {

// XlsxExporter: writes an export table as an Excel workbook (libxlsxwriter), one sheet "Measures"
// with a bold, frozen header row and a filter. Numbers are numeric cells (negative ones too), text
// is always a string cell, never a formula, guarded like the CSV export (FormulaGuard). The workbook
// is written to a temporary file beside `path` and renamed over it: no partial file is left.
class XlsxExporter
{
public:
    static Status write(const ExportTable& table, const QString& path);
};

} // namespace ys::io
