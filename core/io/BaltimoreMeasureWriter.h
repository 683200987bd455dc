// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BaltimoreColumns.h"
#include "BaltimoreMeasureMerger.h"
#include "ImportReport.h"
#include "storage/MeasureRepository.h"
#include "storage/PlanSnapshot.h"

#include <QHash>
#include <QSet>

namespace ys::io {

// A measure of the workbook with the rows it belongs to in the plan file.
struct BaltimoreMeasurePlacement
{
    const BaltimoreMeasure* measure = nullptr;
    RowId ownerId = 0;
    RowId serviceId = 0;
    std::vector<RowId> planIds; // the plans of its cycles
};

// BaltimoreMeasureWriter: writes the workbook's measures into a plan file that may already hold them
// (a re-import, or a newer export of the same list), inside the caller's transaction:
//   - a measure is found again by owner x service x title (BaltimoreNames::key), else by its legacy id;
//     otherwise it is created and linked to the plans of its cycles;
//   - an existing measure's blank definition fields are filled; a field the plan already holds with
//     another word is kept and listed as a conflict (the plan may have been edited since);
//   - a value is written only when it changed: the same file twice writes nothing, so the audit log
//     gains no rows; a blank never replaces a value;
//   - a figure whose origin is User (typed in Yardstick) is never overwritten: where the file says
//     otherwise, the report lists a conflict.
// Existing measures and values come from one PlanSnapshot read before the import: no query per value.
class BaltimoreMeasureWriter
{
public:
    BaltimoreMeasureWriter(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot, QString sheet,
                           const BaltimoreColumns& columns, ImportReport& report);

    // The stored measure each placement is (0: a new one): every title match first, then the legacy
    // ids of the rest, so that an id never takes a measure another row names by its title.
    std::vector<RowId> match(const std::vector<BaltimoreMeasurePlacement>& placements);
    // Creates the measure (existing == 0) or brings the stored one up to date.
    Status write(const BaltimoreMeasurePlacement& placement, RowId existing);
    // Writes the new values gathered by write() in one batch; call once after the last measure.
    Status flush();

private:
    RowId findById(const BaltimoreMeasurePlacement& placement, const QSet<RowId>& claimed);
    Status create(const BaltimoreMeasurePlacement& placement);
    Result<bool> updateDefinition(const BaltimoreMeasure& measure, const Measure& stored);
    Result<bool> linkPlans(RowId measureId, const std::vector<RowId>& planIds);
    Status writeValues(RowId measureId, const BaltimoreMeasure& measure);
    // Merges one imported figure into the stored one; true when the result must be written.
    bool mergeFigure(const Figure& imported, Figure& stored, const BaltimoreMeasure& measure, const BaltimoreSlot& slot);
    void conflict(const BaltimoreMeasure& measure, const QString& column, const QString& raw, const QString& reason,
                  const QString& topic, int row = 0);

    const storage::PlanSnapshot& m_snapshot;
    storage::MeasureRepository m_measures;
    QString m_sheet;
    const BaltimoreColumns& m_columns;
    ImportReport& m_report;
    QHash<QString, RowId> m_byTitle;
    QHash<QString, QList<RowId>> m_byId;
    QHash<RowId, const Measure*> m_stored;
    std::vector<Value> m_newValues; // values with no row yet, written by flush()
};

} // namespace ys::io
