// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigationFilter.h"

#include "NavigationModel.h"

namespace ys::ui {

NavigationFilter::NavigationFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

QStringList NavigationFilter::words(const QString& text)
{
    return text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void NavigationFilter::setFilterText(const QString& text)
{
    const QStringList words = NavigationFilter::words(text.simplified());
    m_text = text;
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool NavigationFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString text = sourceModel()->index(sourceRow, 0, sourceParent).data(NavigationModel::SearchTextRole).toString();
    for (const QString& word : m_words)
        if (!text.contains(word))
            return false;
    return true;
}

} // namespace ys::ui
