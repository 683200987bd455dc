// SPDX-License-Identifier: GPL-3.0-or-later
#include "Importers.h"

#include "CsvImporter.h"
#include "BaltimoreReferenceImporter.h"
#include "BaltimoreWorkbookImporter.h"
#include "PlanJsonImporter.h"

namespace ys::io {

const std::vector<ImportFormat>& importFormats()
{
    static const std::vector<ImportFormat> formats{
        {QStringLiteral("yardstick-json"), QStringLiteral("the plan interchange JSON (docs/plan-json.md)"),
         &PlanJsonImporter::importFile},
        {QStringLiteral("baltimore-xlsx"), QStringLiteral("Baltimore's performance-measure workbook (docs/import-baltimore.md)"),
         &BaltimoreWorkbookImporter::importFile},
        {QStringLiteral("baltimore-reference"),
         QStringLiteral("Baltimore's reference lists in a folder: agency.csv, service.csv, ... (docs/import-baltimore.md)"),
         &BaltimoreReferenceImporter::importFile},
        {QStringLiteral("csv"),
         QStringLiteral("any CSV file with a column mapping (--mapping MAP.json, docs/csv-mapping.md); without "
                        "--mapping, a CSV written by 'yardstick export --csv'"),
         &CsvImporter::importFile},
    };
    return formats;
}

const ImportFormat* importFormat(const QString& name)
{
    for (const auto& format : importFormats())
        if (format.name == name)
            return &format;
    return nullptr;
}

} // namespace ys::io
