// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportReport.h"
#include "domain/Result.h"

#include <QString>

namespace ys::storage {
class PlanFile;
}

namespace ys::io {

// BaltimoreWorkbookImporter: `--format baltimore-xlsx`. Reads the city's performance-measure workbook
// (Performance_Data.xlsx: one row per measure and plan cycle) into a plan file in one transaction:
// nothing is written when the file is refused, the import is cancelled or it is a dry run.
// docs/import-baltimore.md says what is read from which column and why.
class BaltimoreWorkbookImporter
{
public:
    static Result<ImportReport> importFile(storage::PlanFile& file, const QString& xlsxPath,
                                           const ImportOptions& options = {});
};

} // namespace ys::io
