// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvImporter.h"

#include "CsvBinding.h"
#include "CsvMapping.h"
#include "CsvRowReader.h"
#include "ExportLayout.h"
#include "ImportWriter.h"
#include "formats/CsvReader.h"
#include "storage/PlanFile.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace ys::io {
namespace {

Error invalid(const QString& file, const QString& message)
{
    Error error = Error::make(Error::Code::Invalid, message);
    error.file = file;
    return error;
}

Result<CsvMapping> mappingFor(const ImportOptions& options)
{
    if (!options.mappingPath.isEmpty())
        return CsvMapping::load(options.mappingPath);
    return CsvMapping::fromJson(QJsonDocument(ExportLayout::mappingJson()).toJson(),
                                ExportLayout::mappingName());
}

} // namespace

Result<ImportReport> CsvImporter::importFile(storage::PlanFile& file, const QString& csvPath,
                                             const ImportOptions& options)
{
    ImportReport report;
    report.source = csvPath;
    report.format = QStringLiteral("csv");
    report.dryRun = options.dryRun;

    // Everything that can be checked without the plan file is checked first: nothing is written
    // for a mapping or a CSV file that cannot be read.
    auto mapping = mappingFor(options);
    if (!mapping)
        return mapping.error();
    CsvOptions csvOptions;
    csvOptions.encoding = options.encoding.isEmpty() ? mapping->encoding : options.encoding;
    csvOptions.separator = mapping->separator;
    auto table = CsvReader::readFile(csvPath, csvOptions);
    if (!table)
        return table.error();
    auto binding = CsvBinding::bind(*mapping, table->header, csvPath);
    if (!binding) {
        Error error = binding.error();
        if (options.mappingPath.isEmpty())
            error.message +=
                QStringLiteral(" Without --mapping the file is read as a Yardstick CSV export; name the "
                               "file's column mapping with --mapping MAP.json (docs/csv-mapping.md).");
        return error;
    }
    if (mapping->cycle == 0 && mapping->cycleColumn.isEmpty() && options.cycle == 0) {
        Error error =
            invalid(mapping->path, QStringLiteral("the mapping names no plan cycle: add \"cycle\" (a fiscal "
                                                  "year or a column) or give --cycle FY27."));
        error.field = QStringLiteral("cycle");
        return error;
    }
    if (table->records.empty())
        return invalid(
            csvPath, QStringLiteral("has a header (line %1) but no rows of data below it: nothing to import.")
                         .arg(table->headerLine));
    if (auto writable = file.requireWritable(); !writable)
        return writable.error();

    const QString sheet = QFileInfo(csvPath).fileName();
    storage::Transaction tx(file.connection());
    if (!tx.isOpen())
        return tx.error();
    ImportWriter writer(file, binding->key, report, sheet);
    if (auto status = writer.load(); !status)
        return status.error();
    CsvRowReader reader(*mapping, *binding, options.cycle, report, sheet);
    const size_t total = table->records.size();
    int lastPercent = -1;
    for (size_t i = 0; i < total; ++i) {
        const int percent = int(i * 100 / total);
        if (options.progress && percent != lastPercent) {
            lastPercent = percent;
            if (!options.progress(percent))
                return Error::make(Error::Code::Usage,
                                   QStringLiteral("the import was cancelled: nothing was written."));
        }
        const auto row = reader.read(table->records[i]);
        if (!row)
            continue;
        if (auto status = writer.write(*row); !status) {
            Error error = status.error();
            if (error.row < 0)
                error.row = row->line;
            return error; // the transaction rolls back: nothing written
        }
    }
    reader.finish();
    if (report.rowsRead == 0)
        return invalid(
            csvPath,
            QStringLiteral("has %1 rows below its header, all of them blank: nothing to import.").arg(total));
    if (options.progress)
        options.progress(100);
    if (!options.dryRun)
        if (auto status = tx.commit(); !status)
            return status.error();
    return report;
}

} // namespace ys::io
