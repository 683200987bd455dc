// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BaltimoreCatalog.h"
#include "BaltimoreColumns.h"
#include "BaltimoreMeasureMerger.h"
#include "BaltimoreReferenceIndex.h"
#include "ImportReport.h"
#include "domain/Plan.h"
#include "domain/Result.h"

#include <QHash>

#include <functional>
#include <map>

namespace ys::storage {
class PlanFile;
}

namespace ys::io {

// BaltimoreWorkbookWriter: writes what the workbook holds into a plan file, inside the caller's
// transaction: agencies, plan owners and services (merged with what is there, by agency code, owner
// name and service number, never renaming what the reference lists named), one plan per owner x
// cycle, then every measure through BaltimoreMeasureWriter.
class BaltimoreWorkbookWriter
{
public:
    BaltimoreWorkbookWriter(storage::PlanFile& file, QString sheet, const BaltimoreColumns& columns,
                            ImportReport& report);

    // `progress` gets 0..100 of the writing; returning false stops it with a cancellation error.
    Status write(const BaltimoreCatalog& catalog, const std::vector<BaltimoreMeasure>& measures,
                 const std::function<bool(int)>& progress);

private:
    Status writeAgencies(const BaltimoreCatalog& catalog);
    Status writeOwners(const BaltimoreCatalog& catalog);
    Status writeServices(const BaltimoreCatalog& catalog);
    Status writePlans(const BaltimoreCatalog& catalog, const std::vector<Plan>& existing);

    storage::PlanFile& m_file;
    QString m_sheet;
    const BaltimoreColumns& m_columns;
    ImportReport& m_report;
    BaltimoreReferenceIndex m_index;
    QHash<QString, RowId> m_agencyIds; // by code
    QHash<QString, RowId> m_ownerIds;  // by BaltimoreNames::key
    QHash<int, RowId> m_serviceIds;    // by number
    std::map<std::pair<RowId, int>, RowId> m_planIds; // owner x cycle
};

} // namespace ys::io
