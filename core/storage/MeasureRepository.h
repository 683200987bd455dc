// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "TableGateway.h"
#include "domain/Measure.h"
#include "domain/Result.h"
#include "domain/Value.h"

#include <QHash>
#include <QSqlQuery>

#include <vector>

namespace ys::storage {

class PlanFile;

// Measures with their validation elements, their values per fiscal year and period, and the
// plans (owner x cycle) they belong to. One repository for the aggregate "a measure".
class MeasureRepository
{
public:
    explicit MeasureRepository(const PlanFile& file);

    Result<std::vector<Measure>> measures() const;
    Result<std::vector<Measure>> measuresOfOwner(RowId ownerId) const;
    Result<std::vector<Measure>> measuresOfPlan(RowId planId) const;
    Result<Measure> measure(RowId id) const;

    // Adds a measure (a uid is made when it has none) and links it to `planIds`.
    Result<RowId> addMeasure(const Measure& measure, const std::vector<RowId>& planIds = {});
    Status updateMeasure(const Measure& measure);
    // Brings back a removed measure with its id, plans and values (undo of a deletion).
    Status restoreMeasure(const Measure& measure, const std::vector<RowId>& planIds, const std::vector<Value>& values);
    Status removeMeasure(RowId id);
    Status addToPlan(RowId planId, RowId measureId);
    Result<std::vector<RowId>> plansOf(RowId measureId) const;

    Result<std::vector<Value>> values(RowId measureId) const;
    // Every value of the file, by measure id: one query for screens and reports over many measures.
    Result<QHash<RowId, std::vector<Value>>> allValues() const;
    // Writes one value (measure x fiscal year x period); an empty value removes the row.
    Status setValue(const Value& value);

    // The same writes without their own transaction, for callers that batch many edits in one
    // (the importers): the caller holds a Transaction and checked the file is writable.
    Result<RowId> insertMeasureInTransaction(const Measure& measure, const std::vector<RowId>& planIds);
    Status updateMeasureInTransaction(const Measure& measure);
    Status setValueInTransaction(const Value& value);
    // Writes values the caller knows are new (no row yet for their measure x fiscal year x period), as
    // an importer's bulk pre-read tells it: one prepared statement for all and one audit row per value
    // (an insert naming what was written) instead of a read and a row per column.
    Status insertValuesInTransaction(const std::vector<Value>& values);

private:
    Result<std::vector<Measure>> select(const QString& where, std::initializer_list<QVariant> params) const;

    const PlanFile& m_file;
    mutable AuditLog m_audit;
    TableGateway m_measures;
    QSqlQuery m_linkPlan; // INSERT OR IGNORE INTO plan_measure, prepared on first use
    bool m_linkPlanPrepared = false;
};

} // namespace ys::storage
