// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigationView.h"

#include "NavigationFilter.h"
#include "NavigationModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace ys::ui {

NavigationView::NavigationView(PlanDocument& document, QWidget* parent)
    : QWidget(parent), m_model(new NavigationModel(document, this)), m_filter(new NavigationFilter(this))
{
    m_filter->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search: title, #id, service, type, status"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the plan"));
    m_search->setToolTip(tr("Filters the tree as you type: part of a title, a measure id (#12), a service number "
                            "(609), a type (outcome) or a status (missed)."));

    m_tree = new QTreeView(this);
    m_tree->setModel(m_filter);
    // The default delegate draws the display text as plain text: titles are never read as markup.
    m_tree->setItemDelegate(new QStyledItemDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAccessibleName(tr("Plan navigation"));
    m_tree->setIconSize(QSize(14, 14));
    m_tree->setIndentation(14); // five levels deep still leave room for a measure's title at 320 pixels
    m_tree->header()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, &NavigationView::applySearch);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { announce(current); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &NavigationView::expandDefault);
    // A node that appears while searching (a new or renamed match) is opened like the others.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent) {
        if (m_filter->isFiltering())
            m_tree->expandRecursively(parent);
    });
    expandDefault();
}

void NavigationView::applySearch(const QString& text)
{
    // Closing every branch first keeps the filtering cheap: an open branch is a persistent index
    // the proxy must move with every row it hides.
    m_tree->setUpdatesEnabled(false);
    m_tree->collapseAll();
    m_filter->setFilterText(text);
    expandDefault();
    m_tree->setUpdatesEnabled(true);
    if (!m_filter->isFiltering() && m_tree->currentIndex().isValid())
        m_tree->scrollTo(m_tree->currentIndex());
}

void NavigationView::expandDefault()
{
    if (m_filter->isFiltering()) {
        m_tree->expandAll();
        return;
    }
    // One owner: open its plan down to the sections; many owners: the agencies and owners stay
    // closed, so that the list of owners fits the pane.
    if (m_filter->rowCount() == 1)
        m_tree->expandToDepth(2);
}

bool NavigationView::select(NodeKind kind, RowId id)
{
    const QModelIndex source = m_model->indexOf(kind, id);
    if (!source.isValid())
        return false;
    QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid()) {
        m_search->clear();
        index = m_filter->mapFromSource(source);
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return index.isValid();
}

void NavigationView::announce(const QModelIndex& current)
{
    if (!current.isValid())
        return;
    emit nodeActivated(NodeKind(current.data(NavigationModel::NodeKindRole).toInt()),
                       current.data(NavigationModel::RowIdRole).toLongLong(),
                       current.data(NavigationModel::PlanIdRole).toLongLong());
}

} // namespace ys::ui
