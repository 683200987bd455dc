// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportReport.h"
#include "domain/Result.h"

#include <QString>

namespace ys::storage {
class PlanFile;
}

namespace ys::io {

// Reads the plan interchange JSON (docs/plan-json.md) into a plan file, in one transaction:
// the sample plan and test fixtures. Reference data already present (same agency code, service
// number, pillar number) is reused, not duplicated.
class PlanJsonImporter
{
public:
    static Result<ImportReport> importFile(storage::PlanFile& file, const QString& jsonPath,
                                           const ImportOptions& options = {});
};

} // namespace ys::io
