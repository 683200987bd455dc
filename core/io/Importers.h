// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportReport.h"
#include "domain/Result.h"

#include <functional>
#include <optional>

namespace ys::storage {
class PlanFile;
}

namespace ys::io {

// The import formats the program knows, by the name used with --format.
using ImportFunction =
    std::function<Result<ImportReport>(storage::PlanFile& file, const QString& source, const ImportOptions& options)>;

struct ImportFormat
{
    QString name;        // "baltimore-xlsx"
    QString description; // for --help
    ImportFunction run;
};

const std::vector<ImportFormat>& importFormats();
const ImportFormat* importFormat(const QString& name);

} // namespace ys::io
