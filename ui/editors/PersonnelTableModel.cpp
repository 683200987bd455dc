// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonnelTableModel.h"

#include "PlainText.h"

#include <algorithm>

namespace ys::ui {
namespace {

int roleIndex(KeyPerson::Role role)
{
    const QList<EditorChoice> roles = EditorChoices::personRoles();
    const int index = EditorChoices::indexOf(roles, QVariant(static_cast<int>(role)));
    return index < 0 ? int(roles.size()) - 1 : index;
}

} // namespace

PersonnelTableModel::PersonnelTableModel(PlanDocument& document, QObject* parent)
    : SectionTableModel<KeyPerson>(document, parent)
{
}

int PersonnelTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonnelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case Role:
        return tr("Role");
    case Name:
        return tr("Name");
    case Title:
        return tr("Job title");
    }
    return {};
}

std::vector<KeyPerson> PersonnelTableModel::fetch(RowId planId) const
{
    auto rows = document().personnel(planId);
    std::vector<KeyPerson> out = rows ? *rows : std::vector<KeyPerson>{};

    const auto& snapshot = document().snapshot();
    RowId agencyId = 0;
    if (const Plan* plan = snapshot.plan(planId))
        if (const PlanOwner* owner = snapshot.owner(plan->ownerId))
            agencyId = owner->agencyId;
    m_services = EditorChoices::services(document(), agencyId, 0, tr("Agency-wide"));
    for (const KeyPerson& person : out)
        if (person.serviceId && serviceIndex(person.serviceId) < 0)
            if (const Service* service = snapshot.service(person.serviceId))
                m_services << EditorChoice{tr("Service %1: %2").arg(service->number).arg(service->name),
                                           QVariant(qlonglong(service->id)),
                                           {}};

    std::stable_sort(out.begin(), out.end(), [this](const KeyPerson& a, const KeyPerson& b) {
        const int sa = serviceIndex(a.serviceId);
        const int sb = serviceIndex(b.serviceId);
        if (sa != sb)
            return sa < sb;
        const int ra = roleIndex(a.role);
        const int rb = roleIndex(b.role);
        return ra != rb ? ra < rb : a.id < b.id;
    });
    return out;
}

int PersonnelTableModel::serviceIndex(RowId serviceId) const
{
    return EditorChoices::indexOf(m_services, QVariant(qlonglong(serviceId)));
}

QVariant PersonnelTableModel::cell(const KeyPerson& row, int column, int role) const
{
    const QList<EditorChoice> roles = EditorChoices::personRoles();
    const QString text = column == Name ? row.name : column == Title ? row.title : QString();
    switch (role) {
    case Qt::DisplayRole:
        if (column == ServiceColumn)
            return m_services.value(serviceIndex(row.serviceId)).text;
        if (column == Role)
            return roles.value(roleIndex(row.role)).text;
        return text;
    case Qt::EditRole:
        if (column == ServiceColumn)
            return serviceIndex(row.serviceId);
        if (column == Role)
            return roleIndex(row.role);
        return text;
    case Qt::ToolTipRole:
        return PlainText::toolTip(text);
    case ChoicesRole:
        if (column == ServiceColumn)
            return EditorChoices::texts(m_services);
        if (column == Role)
            return EditorChoices::texts(roles);
        return {};
    }
    return {};
}

bool PersonnelTableModel::apply(KeyPerson& row, int column, const QVariant& value) const
{
    const int index = value.toInt();
    switch (column) {
    case ServiceColumn:
        if (index < 0 || index >= m_services.size())
            return false;
        row.serviceId = m_services[index].value.toLongLong();
        return true;
    case Role: {
        const QList<EditorChoice> roles = EditorChoices::personRoles();
        if (index < 0 || index >= roles.size())
            return false;
        row.role = static_cast<KeyPerson::Role>(roles[index].value.toInt());
        return true;
    }
    case Name:
        row.name = value.toString();
        return true;
    case Title:
        row.title = value.toString();
        return true;
    }
    return false;
}

bool PersonnelTableModel::same(const KeyPerson& a, const KeyPerson& b) const
{
    return a.serviceId == b.serviceId && a.role == b.role && a.name == b.name && a.title == b.title;
}

QString PersonnelTableModel::editText(int column) const
{
    switch (column) {
    case ServiceColumn:
        return tr("Change key person's service");
    case Role:
        return tr("Change key person's role");
    case Name:
        return tr("Edit key person's name");
    case Title:
        return tr("Edit key person's job title");
    }
    return tr("Edit key person");
}

} // namespace ys::ui
