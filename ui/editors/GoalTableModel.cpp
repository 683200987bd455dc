// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalTableModel.h"

#include "PlainText.h"
#include "rules/SmartChecks.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

namespace ys::ui {
GoalTableModel::GoalTableModel(PlanDocument& document, QObject* parent)
    : SectionTableModel<Goal>(document, parent)
{
}

int GoalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return tr("Goal %1").arg(section + 1);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Statement:
        return tr("Goal statement");
    case PillarGoal:
        return tr("Pillar goal");
    case Link:
        return tr("Link");
    case Smart:
        return tr("SMART check");
    }
    return {};
}

Qt::ItemFlags GoalTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = SectionTableModel<Goal>::flags(index);
    if (index.column() == Smart)
        flags &= ~Qt::ItemIsEditable;
    return flags;
}

std::vector<Goal> GoalTableModel::fetch(RowId planId) const
{
    m_pillarGoals = EditorChoices::pillarGoals(document());
    auto rows = document().goals(planId);
    return rows ? *rows : std::vector<Goal>{};
}

int GoalTableModel::pillarGoalIndex(RowId id) const
{
    return std::max(0, EditorChoices::indexOf(m_pillarGoals, QVariant(qlonglong(id))));
}

QVariant GoalTableModel::cell(const Goal& row, int column, int role) const
{
    const QList<EditorChoice> links = EditorChoices::linkKinds();
    const int linkIndex = row.primaryLink ? 0 : 1;
    const QList<rules::SmartFinding> findings =
        column == Smart ? rules::goalSmartChecks(row) : QList<rules::SmartFinding>{};
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Statement:
            return row.statement.trimmed().isEmpty() ? tr("(no statement yet)")
                                                     : PlainText::shortened(row.statement, 160);
        case PillarGoal:
            return m_pillarGoals.value(pillarGoalIndex(row.pillarGoalId)).text;
        case Link:
            return links[linkIndex].text;
        case Smart:
            if (findings.isEmpty())
                return tr("SMART");
            return findings.size() == 1 ? tr("1 finding") : tr("%1 findings").arg(findings.size());
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case Statement:
            return row.statement;
        case PillarGoal:
            return pillarGoalIndex(row.pillarGoalId);
        case Link:
            return linkIndex;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Statement)
            return PlainText::toolTip(row.statement);
        if (column == PillarGoal)
            return PlainText::toolTip(m_pillarGoals.value(pillarGoalIndex(row.pillarGoalId)).toolTip);
        if (column == Smart) {
            QStringList lines;
            for (const rules::SmartFinding& finding : findings)
                lines << tr("%1: %2").arg(rules::criterionLabel(finding.criterion), finding.reason);
            return PlainText::toolTip(lines.join(QLatin1Char('\n')));
        }
        return {};
    case Qt::DecorationRole:
        if (column == Smart)
            return QApplication::style()->standardIcon(findings.isEmpty() ? QStyle::SP_DialogApplyButton
                                                                          : QStyle::SP_MessageBoxWarning);
        return {};
    case ChoicesRole:
        if (column == PillarGoal)
            return EditorChoices::texts(m_pillarGoals);
        if (column == Link)
            return EditorChoices::texts(links);
        return {};
    case MultiLineRole:
        return column == Statement ? QVariant(true) : QVariant();
    }
    return {};
}

bool GoalTableModel::apply(Goal& row, int column, const QVariant& value) const
{
    const int index = value.toInt();
    switch (column) {
    case Statement:
        row.statement = value.toString();
        return true;
    case PillarGoal:
        if (index < 0 || index >= m_pillarGoals.size())
            return false;
        row.pillarGoalId = m_pillarGoals[index].value.toLongLong();
        return true;
    case Link:
        if (index < 0 || index > 1)
            return false;
        row.primaryLink = index == 0;
        return true;
    }
    return false;
}

bool GoalTableModel::same(const Goal& a, const Goal& b) const
{
    return a.statement == b.statement && a.pillarGoalId == b.pillarGoalId && a.primaryLink == b.primaryLink &&
           a.ordinal == b.ordinal;
}

QString GoalTableModel::editText(int column) const
{
    switch (column) {
    case Statement:
        return tr("Edit goal statement");
    case PillarGoal:
        return tr("Link goal to pillar goal");
    case Link:
        return tr("Change goal's link");
    }
    return tr("Edit goal");
}

} // namespace ys::ui
