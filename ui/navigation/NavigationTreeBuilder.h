// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NavigationNode.h"

#include "domain/Measure.h"

#include <QHash>

#include <memory>
#include <vector>

namespace ys::ui {

class PlanDocument;

// Builds the navigation tree from the document: plan owners (under their agency when it has
// several owners), each owner's plan of the shown cycle, the plan's sections, its goals and
// services, and their measures. The model uses it for the whole tree and for the pieces it
// inserts as the document changes.
class NavigationTreeBuilder
{
public:
    explicit NavigationTreeBuilder(const PlanDocument& document);

    // The invisible root of the whole tree.
    std::unique_ptr<NavigationNode> build() const;
    // The cycle the tree shows: the document's current cycle.
    int cycle() const { return m_cycle; }

    std::unique_ptr<NavigationNode> measureNode(const Measure& measure, RowId planId) const;
    std::unique_ptr<NavigationNode> serviceNode(RowId serviceId, RowId planId) const;
    // The children of a plan's "Goals" node: each goal with its KPIs, then KPIs linked to no goal
    // of the plan. `measureIds` are the plan's measures.
    std::vector<std::unique_ptr<NavigationNode>> goalNodes(RowId planId, const std::vector<RowId>& measureIds) const;

    // Where a measure sits under a plan node: its goal (goal KPIs) or its service (service
    // metrics), else the Goals or Services node itself. nullptr when its service has no node yet.
    static NavigationNode* measureParent(NavigationNode& plan, const Measure& measure);
    // The plan's section node of a kind (Goals, Services ...).
    static NavigationNode* section(NavigationNode& plan, NodeKind kind);
    // The row at which a new service node keeps the services in number order.
    int serviceRow(const NavigationNode& services, RowId serviceId) const;
    // The measures of each plan, in the snapshot's order.
    QHash<RowId, std::vector<RowId>> measuresByPlan() const;

private:
    std::unique_ptr<NavigationNode> ownerNode(const PlanOwner& owner, const QHash<RowId, std::vector<RowId>>& byPlan) const;
    std::unique_ptr<NavigationNode> planNode(const Plan& plan, const std::vector<RowId>& measureIds) const;
    const Plan* shownPlan(RowId ownerId) const;
    bool ownsService(const PlanOwner& owner, const Service& service) const;

    const PlanDocument& m_document;
    int m_cycle = 0;
};

} // namespace ys::ui
