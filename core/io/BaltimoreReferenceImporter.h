// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportReport.h"
#include "domain/Result.h"

#include <QString>

namespace ys::storage {
class PlanFile;
}

namespace ys::io {

// BaltimoreReferenceImporter: `--format baltimore-reference DIR`. Reads the city's reference lists from
// a folder (agency.csv and service.csv required; service_descriptions.csv, plan_entity.csv and
// plan_entity_service.csv when present) into a plan file in one transaction, so that plans carry
// service descriptions, pillars and which office owns which service. Before or after the workbook:
// the result is the same.
class BaltimoreReferenceImporter
{
public:
    static Result<ImportReport> importFile(storage::PlanFile& file, const QString& directory,
                                           const ImportOptions& options = {});
};

} // namespace ys::io
