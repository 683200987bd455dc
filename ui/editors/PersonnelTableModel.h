// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorChoices.h"
#include "SectionTableModel.h"

#include <QCoreApplication>

namespace ys::ui {

// A plan's key personnel: per service, its service lead and its data lead (data steward), each
// with a name and a job title; agency-wide roles have no service.
class PersonnelTableModel : public SectionTableModel<KeyPerson>
{
    Q_DECLARE_TR_FUNCTIONS(PersonnelTableModel)

public:
    enum Column
    {
        ServiceColumn,
        Role,
        Name,
        Title,
        ColumnCount
    };

    PersonnelTableModel(PlanDocument& document, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::vector<KeyPerson> fetch(RowId planId) const override;
    QVariant cell(const KeyPerson& row, int column, int role) const override;
    bool apply(KeyPerson& row, int column, const QVariant& value) const override;
    bool same(const KeyPerson& a, const KeyPerson& b) const override;
    QString editText(int column) const override;

private:
    int serviceIndex(RowId serviceId) const;

    mutable QList<EditorChoice> m_services; // "Agency-wide", then the plan owner's agency's services
};

} // namespace ys::ui
