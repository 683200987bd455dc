// SPDX-License-Identifier: GPL-3.0-or-later
#include "InitiativeTableModel.h"

#include "EditorChoices.h"
#include "PlainText.h"

#include <QLocale>

#include <algorithm>

namespace ys::ui {
namespace {

QStringList statusLabels()
{
    return EditorChoices::texts(EditorChoices::initiativeStatuses());
}

int statusIndex(InitiativeStatus status)
{
    return std::max(
        0, EditorChoices::indexOf(EditorChoices::initiativeStatuses(), QVariant(static_cast<int>(status))));
}

} // namespace

InitiativeTableModel::InitiativeTableModel(PlanDocument& document, QObject* parent)
    : SectionTableModel<Initiative>(document, parent)
{
}

int InitiativeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InitiativeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Initiative");
    case Description:
        return tr("Description");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Owner:
        return tr("Owner");
    case Status:
        return tr("Status");
    }
    return {};
}

std::vector<Initiative> InitiativeTableModel::fetch(RowId goalId) const
{
    auto rows = document().initiatives(goalId);
    return rows ? *rows : std::vector<Initiative>{};
}

QVariant InitiativeTableModel::cell(const Initiative& row, int column, int role) const
{
    const auto text = [&]() -> QString {
        switch (column) {
        case Title:
            return row.title;
        case Description:
            return row.description;
        case Owner:
            return row.owner;
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
        if (column == Start || column == End) {
            const QDate date = column == Start ? row.start : row.end;
            return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : tr("Not set");
        }
        if (column == Status)
            return statusLabels().value(statusIndex(row.status));
        return text();
    case Qt::EditRole:
        if (column == Start)
            return row.start;
        if (column == End)
            return row.end;
        if (column == Status)
            return statusIndex(row.status);
        return text();
    case Qt::ToolTipRole:
        return PlainText::toolTip(text());
    case ChoicesRole:
        return column == Status ? QVariant(statusLabels()) : QVariant();
    case MultiLineRole:
        return column == Description ? QVariant(true) : QVariant();
    }
    return {};
}

bool InitiativeTableModel::apply(Initiative& row, int column, const QVariant& value) const
{
    switch (column) {
    case Title:
        row.title = value.toString();
        return true;
    case Description:
        row.description = value.toString();
        return true;
    case Owner:
        row.owner = value.toString();
        return true;
    case Start:
        row.start = value.toDate();
        return true;
    case End:
        row.end = value.toDate();
        return true;
    case Status: {
        const QList<EditorChoice> choices = EditorChoices::initiativeStatuses();
        const int index = value.toInt();
        if (index < 0 || index >= choices.size())
            return false;
        row.status = static_cast<InitiativeStatus>(choices[index].value.toInt());
        return true;
    }
    }
    return false;
}

bool InitiativeTableModel::same(const Initiative& a, const Initiative& b) const
{
    return a.title == b.title && a.description == b.description && a.start == b.start && a.end == b.end &&
           a.owner == b.owner && a.status == b.status;
}

QString InitiativeTableModel::editText(int column) const
{
    switch (column) {
    case Title:
        return tr("Edit initiative title");
    case Description:
        return tr("Edit initiative description");
    case Start:
        return tr("Edit initiative start");
    case End:
        return tr("Edit initiative end");
    case Owner:
        return tr("Edit initiative owner");
    case Status:
        return tr("Edit initiative status");
    }
    return tr("Edit initiative");
}

} // namespace ys::ui
