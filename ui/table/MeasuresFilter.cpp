// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasuresFilter.h"

#include "MeasuresTableModel.h"

namespace ys::ui {

MeasuresFilter::MeasuresFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(MeasuresTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void MeasuresFilter::setSourceModel(QAbstractItemModel* model)
{
    m_table = qobject_cast<const MeasuresTableModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void MeasuresFilter::setFilterText(const QString& text)
{
    m_text = text;
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void MeasuresFilter::setTypeFilter(std::optional<MeasureType> type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateFilter();
}

void MeasuresFilter::setStatusFilter(std::optional<TargetStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

bool MeasuresFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty() && !m_type && !m_status)
        return true;
    // Straight from the table model's rows when we can: no QVariant per row and keystroke.
    if (m_table) {
        const MeasureFacts& facts = m_table->factsAt(sourceRow);
        if (m_status && facts.status.status != *m_status)
            return false;
        if (m_type && m_table->index(sourceRow, 0).data(MeasuresTableModel::TypeRole).toInt() != int(*m_type))
            return false;
        const QString& text = m_table->searchTextAt(sourceRow);
        for (const QString& word : m_words)
            if (!text.contains(word))
                return false;
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(MeasuresTableModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_type && index.data(MeasuresTableModel::TypeRole).toInt() != int(*m_type))
        return false;
    const QString text = index.data(MeasuresTableModel::SearchTextRole).toString();
    for (const QString& word : m_words)
        if (!text.contains(word))
            return false;
    return true;
}

bool MeasuresFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool leftEmpty = !left.data(sortRole()).isValid();
    const bool rightEmpty = !right.data(sortRole()).isValid();
    if (leftEmpty || rightEmpty) {
        // Descending order asks lessThan(right, left): an empty left must then be the "smaller".
        return sortOrder() == Qt::AscendingOrder ? !leftEmpty && rightEmpty : leftEmpty && !rightEmpty;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ys::ui
