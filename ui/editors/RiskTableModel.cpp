// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskTableModel.h"

#include "EditorChoices.h"
#include "PlainText.h"

#include <algorithm>

namespace ys::ui {
namespace {

int categoryIndex(RiskCategory category)
{
    const QList<EditorChoice> choices = EditorChoices::riskCategories();
    const int index = EditorChoices::indexOf(choices, QVariant(static_cast<int>(category)));
    return index < 0 ? int(choices.size()) - 1 : index;
}

} // namespace

RiskTableModel::RiskTableModel(PlanDocument& document, QObject* parent)
    : SectionTableModel<Risk>(document, parent)
{
}

int RiskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Category:
        return tr("Category");
    case Description:
        return tr("Risk or dependency");
    case Mitigation:
        return tr("Mitigation");
    }
    return {};
}

std::vector<Risk> RiskTableModel::fetch(RowId planId) const
{
    auto rows = document().risks(planId);
    std::vector<Risk> out = rows ? *rows : std::vector<Risk>{};
    std::stable_sort(out.begin(), out.end(), [](const Risk& a, const Risk& b) {
        const int ca = categoryIndex(a.category);
        const int cb = categoryIndex(b.category);
        return ca != cb ? ca < cb : a.id < b.id;
    });
    return out;
}

QVariant RiskTableModel::cell(const Risk& row, int column, int role) const
{
    const QList<EditorChoice> categories = EditorChoices::riskCategories();
    const QString text = column == Description  ? row.description
                         : column == Mitigation ? row.mitigation
                                                : QString();
    switch (role) {
    case Qt::DisplayRole:
        return column == Category ? categories.value(categoryIndex(row.category)).text : text;
    case Qt::EditRole:
        return column == Category ? QVariant(categoryIndex(row.category)) : QVariant(text);
    case Qt::ToolTipRole:
        return column == Category ? PlainText::toolTip(categories.value(categoryIndex(row.category)).toolTip)
                                  : PlainText::toolTip(text);
    case ChoicesRole: {
        if (column != Category)
            return {};
        return EditorChoices::texts(categories);
    }
    case MultiLineRole:
        return column == Category ? QVariant() : QVariant(true);
    }
    return {};
}

bool RiskTableModel::apply(Risk& row, int column, const QVariant& value) const
{
    switch (column) {
    case Category: {
        const QList<EditorChoice> categories = EditorChoices::riskCategories();
        const int index = value.toInt();
        if (index < 0 || index >= categories.size())
            return false;
        row.category = static_cast<RiskCategory>(categories[index].value.toInt());
        return true;
    }
    case Description:
        row.description = value.toString();
        return true;
    case Mitigation:
        row.mitigation = value.toString();
        return true;
    }
    return false;
}

bool RiskTableModel::same(const Risk& a, const Risk& b) const
{
    return a.category == b.category && a.description == b.description && a.mitigation == b.mitigation;
}

QString RiskTableModel::editText(int column) const
{
    switch (column) {
    case Category:
        return tr("Change risk category");
    case Description:
        return tr("Edit risk");
    case Mitigation:
        return tr("Edit mitigation");
    }
    return tr("Edit risk");
}

} // namespace ys::ui
