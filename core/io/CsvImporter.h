// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportReport.h"
#include "domain/Result.h"

#include <QString>

namespace ys::storage {
class PlanFile;
}

namespace ys::io {

// CsvImporter: the generic CSV import (`--format csv`). Reads the column mapping (options.mappingPath;
// without one, the layout of Yardstick's own CSV export), the CSV file (RFC 4180, UTF-8 unless the
// mapping or options name latin1) and ties the mapping to the header: any problem there stops the
// import before the plan file is touched. Then every row is read (CsvRowReader) and written
// (ImportWriter) inside one transaction, which a dry run, a cancel or an error rolls back.
class CsvImporter
{
public:
    static Result<ImportReport> importFile(storage::PlanFile& file, const QString& csvPath,
                                           const ImportOptions& options = {});
};

} // namespace ys::io
