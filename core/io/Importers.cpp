// SPDX-License-Identifier: GPL-3.0-or-later
#include "Importers.h"

#include "PlanJsonImporter.h"

namespace ys::io {

const std::vector<ImportFormat>& importFormats()
{
    static const std::vector<ImportFormat> formats{
        {QStringLiteral("yardstick-json"), QStringLiteral("the plan interchange JSON (docs/plan-json.md)"),
         &PlanJsonImporter::importFile},
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
