// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SectionTableModel.h"

#include <QCoreApplication>

namespace ys::ui {

// A plan's risks and dependencies, ordered by category as the guidance lists them (cross-agency
// inputs, IT systems, external concerns, legislative effects, other), each with its mitigation.
class RiskTableModel : public SectionTableModel<Risk>
{
    Q_DECLARE_TR_FUNCTIONS(RiskTableModel)

public:
    enum Column
    {
        Category,
        Description,
        Mitigation,
        ColumnCount
    };

    RiskTableModel(PlanDocument& document, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::vector<Risk> fetch(RowId planId) const override;
    QVariant cell(const Risk& row, int column, int role) const override;
    bool apply(Risk& row, int column, const QVariant& value) const override;
    bool same(const Risk& a, const Risk& b) const override;
    QString editText(int column) const override;
};

} // namespace ys::ui
