// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BaltimoreColumns.h"
#include "BaltimoreRecord.h"
#include "BaltimoreValueMerger.h"
#include "ImportReport.h"
#include "domain/Measure.h"
#include "domain/Value.h"

#include <QStringList>

#include <vector>

namespace ys::io {

// One measure of the workbook with the rows it came from, ready to be written.
struct BaltimoreMeasure
{
    QString ownerKey;  // BaltimoreNames::key of the plan owner
    QString titleKey;  // BaltimoreNames::key of the (latest) title
    int serviceNumber = 0;
    Measure definition; // no ids yet: title, type, direction, unit, interval, elements, flags, sourceIds
    QStringList measureIds; // the legacy ids of its rows, distinct
    std::vector<int> cycles; // the plan cycles its rows belong to, ascending
    std::vector<int> rows;   // its sheet rows
    std::vector<Value> values; // Origin::Import, no measure id
    BaltimoreFigureSources sources; // where each figure's number came from
};

// BaltimoreMeasureMerger: groups the workbook's rows into measures and merges each group. A measure is
// one plan owner ("Agency") x service number x title, the title compared by BaltimoreNames::key; where
// a title changed between plan cycles, the two rows are still one measure when they share the owner,
// the service and the legacy "Measure ID" and no other row claims that id. Definitions follow the
// later plan cycle, and a blank never replaces a word; values are merged by BaltimoreValueMerger.
class BaltimoreMeasureMerger
{
public:
    BaltimoreMeasureMerger(const QString& sheet, const BaltimoreColumns& columns, ImportReport& report);

    std::vector<BaltimoreMeasure> merge(const std::vector<BaltimoreRecord>& records);

private:
    BaltimoreMeasure mergeGroup(std::vector<const BaltimoreRecord*> rows);
    void warn(const BaltimoreRecord& at, BaltimoreColumns::Field field, const QString& raw, const QString& reason,
              const QString& topic);

    QString m_sheet;
    const BaltimoreColumns& m_columns;
    ImportReport& m_report;
};

} // namespace ys::io
