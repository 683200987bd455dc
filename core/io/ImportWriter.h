// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvBinding.h"
#include "ImportReport.h"
#include "ImportedRow.h"
#include "domain/Result.h"
#include "storage/MeasureRepository.h"
#include "storage/PlanRepository.h"
#include "storage/PlanSnapshot.h"
#include "storage/ReferenceRepository.h"

#include <QHash>
#include <QSet>

namespace ys::storage {
class PlanFile;
}

namespace ys::io {

// ImportWriter: writes imported rows into a plan file, reusing what is already there. Agencies are
// found by code, plan owners by agency and name, services by number or (without a number) by agency
// and name, plans by owner and cycle, measures by the mapping's unique parts. What the file already
// holds is compared before anything is written, so a second import of the same source changes
// nothing; a value a person typed is never overwritten (a conflict in the report). The caller holds
// the one transaction and decides whether to commit it.
//
// Services without a number in the source get the next free number from 100001 on, in the order
// they first appear (the schema numbers every service; budget service numbers stay far below).
class ImportWriter
{
public:
    static constexpr int FirstGeneratedServiceNumber = 100001;

    ImportWriter(storage::PlanFile& file, const MeasureKeyParts& key, ImportReport& report, QString sheet);

    // Reads what the file holds; call once, inside the caller's transaction.
    Status load();
    Status write(const ImportedRow& row);

private:
    struct ValueKey;
    Result<RowId> agencyFor(const ImportedRow& row);
    Result<RowId> ownerFor(const ImportedRow& row, RowId agencyId);
    Result<RowId> serviceFor(const ImportedRow& row, RowId agencyId, RowId ownerId);
    Result<RowId> planFor(RowId ownerId, int cycle);
    Result<RowId> measureFor(const ImportedRow& row, RowId agencyId, RowId ownerId, RowId serviceId,
                             const std::vector<RowId>& planIds);
    Status linkPlans(RowId measureId, const std::vector<RowId>& planIds);
    Status writeValues(const ImportedRow& row, RowId measureId);
    QString keyOf(RowId agencyId, RowId ownerId, RowId serviceId, const QString& title,
                  const QString& sourceId) const;
    void indexMeasure(const Measure& measure);
    void issue(ImportIssue::Kind kind, const ImportedRow& row, const QString& column, const QString& raw,
               const QString& reason, const QString& topic);

    storage::PlanFile& m_file;
    MeasureKeyParts m_key;
    ImportReport& m_report;
    QString m_sheet;
    storage::ReferenceRepository m_reference;
    storage::PlanRepository m_plans;
    storage::MeasureRepository m_measures;

    QHash<QString, RowId> m_agencies;    // folded code -> id
    QHash<RowId, QString> m_agencyNames; // id -> name
    QHash<QString, RowId> m_owners;      // agency id + folded name -> id
    QHash<RowId, RowId> m_ownerAgency;   // owner id -> agency id
    QHash<int, RowId> m_servicesByNumber;
    QHash<QString, RowId> m_servicesByName; // agency id + folded name -> id
    QHash<RowId, QString> m_serviceNames;
    QHash<RowId, RowId> m_serviceAgency; // service id -> agency id
    int m_nextServiceNumber = FirstGeneratedServiceNumber;
    QHash<QString, RowId> m_plansByOwnerCycle; // owner id + cycle -> id
    QHash<QString, RowId> m_measureByKey;
    QHash<RowId, Measure> m_measureById;
    QSet<QString> m_links; // measure id + plan id
    QHash<RowId, std::vector<Value>> m_values;
    QSet<RowId> m_createdHere;
    QHash<QString, int> m_valueRows; // measure x year x period x side -> the row that set it
};

} // namespace ys::io
