// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NodeKind.h"

#include "domain/Ids.h"

#include <QWidget>

class QLineEdit;
class QModelIndex;
class QTreeView;

namespace ys::ui {

class NavigationFilter;
class NavigationModel;
class PlanDocument;

// The navigation pane: a search box over the plan tree. Typing filters the tree at once (by title,
// measure id, service number, type or status) and opens every branch that holds a match;
// choosing a node tells the window which object to show.
class NavigationView : public QWidget
{
    Q_OBJECT

public:
    explicit NavigationView(PlanDocument& document, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QTreeView* treeView() const { return m_tree; }
    NavigationModel* model() const { return m_model; }
    NavigationFilter* filter() const { return m_filter; }

    // Selects the node of a kind and id (clearing the search when it hides the node); false when
    // the tree has no such node.
    bool select(NodeKind kind, RowId id);

signals:
    // The selected node changed: its kind, its object's id and the plan it belongs to (NodeKind.h).
    void nodeActivated(ys::ui::NodeKind kind, ys::RowId id, ys::RowId planId);

private:
    void applySearch(const QString& text);
    void expandDefault();
    void announce(const QModelIndex& current);

    NavigationModel* m_model = nullptr;
    NavigationFilter* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QTreeView* m_tree = nullptr;
};

} // namespace ys::ui
