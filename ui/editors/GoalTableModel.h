// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorChoices.h"
#include "SectionTableModel.h"

#include <QCoreApplication>

namespace ys::ui {

// A plan's goals in their order: the SMART statement, the pillar goal it is linked to, whether
// that link is primary or secondary, and how many SMART findings the statement has.
class GoalTableModel : public SectionTableModel<Goal>
{
    Q_DECLARE_TR_FUNCTIONS(GoalTableModel)

public:
    enum Column
    {
        Statement,
        PillarGoal,
        Link,
        Smart,
        ColumnCount
    };

    GoalTableModel(PlanDocument& document, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

protected:
    std::vector<Goal> fetch(RowId planId) const override;
    QVariant cell(const Goal& row, int column, int role) const override;
    bool apply(Goal& row, int column, const QVariant& value) const override;
    bool same(const Goal& a, const Goal& b) const override;
    QString editText(int column) const override;

private:
    int pillarGoalIndex(RowId id) const;

    mutable QList<EditorChoice> m_pillarGoals;
};

} // namespace ys::ui
