// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BaltimoreReferenceIndex.h"
#include "BaltimoreReferenceTable.h"
#include "ImportReport.h"

#include <QHash>

#include <optional>

namespace ys::io {

// BaltimoreReferenceWriter: writes the city's reference lists into a plan file, inside the caller's
// transaction. The lists are the authority on what they say: agencies (name, public name, kind, plan
// duty, active), pillars, services (name, agency, pillar, kind, active), service descriptions, the
// offices that write their own plans and the services they own. Rows already in the file (same agency
// code, service number, owner name) are updated, never duplicated, whether the workbook came first or not.
class BaltimoreReferenceWriter
{
public:
    BaltimoreReferenceWriter(const storage::PlanFile& file, ImportReport& report);

    Status load() { return m_index.load(); }
    Status writeAgencies(const BaltimoreReferenceTable& agencies);
    Status writeServices(const BaltimoreReferenceTable& services);
    Status writeDescriptions(const BaltimoreReferenceTable& descriptions);
    Status writeEntities(const BaltimoreReferenceTable& entities);
    Status writeEntityServices(const BaltimoreReferenceTable& links);

private:
    void add(ImportIssue::Kind kind, const BaltimoreReferenceTable& table, const CsvRecord& record,
             const QString& column, const QString& raw, const QString& reason, const QString& topic);
    std::optional<bool> flag(const BaltimoreReferenceTable& table, const CsvRecord& record, const QString& column);
    Status writePillar(const BaltimoreReferenceTable& services, const CsvRecord& record, RowId* pillarId);

    BaltimoreReferenceIndex m_index;
    ImportReport& m_report;
    QHash<QString, RowId> m_entityOwners; // entity_id -> plan owner
};

} // namespace ys::io
