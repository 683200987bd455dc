// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeasureFacts.h"

#include "storage/PlanSnapshot.h"

#include <QCoreApplication>
#include <QVariant>

namespace ys::ui {

// What each column of the measures table shows for a measure: its text, its sort key (numbers
// as numbers; nothing for an empty cell, which sorts last), its tool tip (user text converted so
// that it shows literally) and the column headers. Columns are MeasuresTableModel::Column.
class MeasureCellText
{
    Q_DECLARE_TR_FUNCTIONS(MeasureCellText)

public:
    MeasureCellText(const storage::PlanSnapshot& snapshot, int planYear);

    QVariant display(const Measure& measure, const MeasureFacts& facts, int column) const;
    QVariant sortKey(const Measure& measure, const MeasureFacts& facts, int column) const;
    QVariant toolTip(const Measure& measure, const MeasureFacts& facts, int column) const;
    QVariant header(int column, int role) const;

private:
    const storage::PlanSnapshot& m_snapshot;
    int m_planYear = 0;
};

} // namespace ys::ui
