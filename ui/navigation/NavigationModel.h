// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NavigationNode.h"
#include "NodeKind.h"

#include "domain/Ids.h"

#include <QAbstractItemModel>
#include <QMultiHash>

#include <memory>

namespace ys::ui {

class PlanDocument;
class NavigationTreeBuilder;

// The navigation tree over the open plan file, one column:
//   plan owner (under "AGC4301 Mayoralty" when its agency has several owners)
//     > its plan of the document's current cycle (an owner with no plan in that cycle shows its
//       latest one) > "Overview and vision", "Goals" > goals > goal KPIs,
//       "Services" > "Service 609: Emergency Medical Services" > measures,
//       "Risks and dependencies", "Key personnel".
// A thin adapter over the document's snapshot: it follows the document's signals with row
// insertions, removals and dataChanged (a reset only on reloaded()).
class NavigationModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // int(NodeKind)
        RowIdRole,                       // RowId of the node's object (see NodeKind.h), qint64
        PlanIdRole,                      // RowId of the plan the node belongs to; 0 above plans
        StatusRole,                      // measures: int(TargetStatus) of their status year
        StatusSymbolRole,                // measures: "✓", "≈", "✗" or "–" (report::StatusStyle)
        StatusYearRole,                  // measures: the fiscal year (end year) the status is for; 0 if none
        SearchTextRole,                  // lowercase text the navigation search matches words against
    };

    explicit NavigationModel(PlanDocument& document, QObject* parent = nullptr);
    ~NavigationModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The first node of a kind and id (for a measure: its first place in the tree); invalid if none.
    QModelIndex indexOf(NodeKind kind, RowId id) const;
    // The plan cycle (end year) the tree shows.
    int cycle() const;

private:
    NavigationNode* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const NavigationNode* node) const;
    QString label(const NavigationNode& node) const;
    QString searchText(const NavigationNode& node) const;

    void reset();
    void addMeasure(RowId id);
    void removeMeasure(RowId id);
    void changeMeasure(RowId id);
    void refreshFacts(RowId id);
    void changeService(RowId id);
    void changePlan(RowId id);
    void refreshGoals(RowId planId);
    void refreshGoalsOf(NavigationNode& plan);
    void insertChild(NavigationNode& parent, int row, std::unique_ptr<NavigationNode> child);
    void removeChildren(NavigationNode& parent, int first, int last);
    void indexNodes(NavigationNode& node);
    void forget(const NavigationNode& node);

    PlanDocument& m_document;
    std::unique_ptr<NavigationTreeBuilder> m_builder;
    std::unique_ptr<NavigationNode> m_root;
    QMultiHash<RowId, NavigationNode*> m_measureNodes;
    QHash<RowId, NavigationNode*> m_planNodes;
};

} // namespace ys::ui
