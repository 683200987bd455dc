// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SectionTableModel.h"

#include <QCoreApplication>

namespace ys::ui {

// A goal's initiatives for the plan year: title, description, start, end, owner and status.
class InitiativeTableModel : public SectionTableModel<Initiative>
{
    Q_DECLARE_TR_FUNCTIONS(InitiativeTableModel)

public:
    enum Column
    {
        Title,
        Description,
        Start,
        End,
        Owner,
        Status,
        ColumnCount
    };

    InitiativeTableModel(PlanDocument& document, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::vector<Initiative> fetch(RowId goalId) const override;
    QVariant cell(const Initiative& row, int column, int role) const override;
    bool apply(Initiative& row, int column, const QVariant& value) const override;
    bool same(const Initiative& a, const Initiative& b) const override;
    QString editText(int column) const override;
};

} // namespace ys::ui
