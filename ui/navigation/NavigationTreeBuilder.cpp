// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigationTreeBuilder.h"

#include "ui/document/PlanDocument.h"

#include <algorithm>

namespace ys::ui {
namespace {

std::unique_ptr<NavigationNode> node(NodeKind kind, RowId id, RowId planId)
{
    auto n = std::make_unique<NavigationNode>();
    n->kind = kind;
    n->id = id;
    n->planId = planId;
    return n;
}

QString sortKey(const storage::PlanSnapshot& snapshot, const NavigationNode& n)
{
    if (n.kind == NodeKind::Agency) {
        const Agency* agency = snapshot.agency(n.id);
        return agency ? agency->name : QString(); // by name, among the owners' names, not by code
    }
    const PlanOwner* owner = snapshot.owner(n.id);
    return owner ? owner->name : QString();
}

} // namespace

NavigationTreeBuilder::NavigationTreeBuilder(const PlanDocument& document)
    : m_document(document), m_cycle(document.currentCycle())
{
}

QHash<RowId, std::vector<RowId>> NavigationTreeBuilder::measuresByPlan() const
{
    const storage::PlanSnapshot& snapshot = m_document.snapshot();
    QHash<RowId, std::vector<RowId>> byPlan;
    for (const Measure& measure : snapshot.measures)
        for (RowId planId : snapshot.plansOfMeasure.value(measure.id))
            byPlan[planId].push_back(measure.id);
    return byPlan;
}

std::unique_ptr<NavigationNode> NavigationTreeBuilder::build() const
{
    const storage::PlanSnapshot& snapshot = m_document.snapshot();
    const QHash<RowId, std::vector<RowId>> byPlan = measuresByPlan();
    auto root = node(NodeKind::Agency, 0, 0);
    QHash<RowId, NavigationNode*> agencyNodes;
    QHash<RowId, int> ownersOfAgency;
    for (const PlanOwner& owner : snapshot.owners)
        ++ownersOfAgency[owner.agencyId];
    for (const PlanOwner& owner : snapshot.owners) {
        NavigationNode* parent = root.get();
        if (ownersOfAgency.value(owner.agencyId) > 1 && snapshot.agency(owner.agencyId)) {
            parent = agencyNodes.value(owner.agencyId);
            if (!parent)
                parent = agencyNodes[owner.agencyId] = root->add(node(NodeKind::Agency, owner.agencyId, 0));
        }
        parent->add(ownerNode(owner, byPlan));
    }
    const auto byName = [&snapshot](const auto& a, const auto& b) {
        return sortKey(snapshot, *a).compare(sortKey(snapshot, *b), Qt::CaseInsensitive) < 0;
    };
    std::stable_sort(root->children.begin(), root->children.end(), byName);
    for (NavigationNode* agency : std::as_const(agencyNodes))
        std::stable_sort(agency->children.begin(), agency->children.end(), byName);
    return root;
}

const Plan* NavigationTreeBuilder::shownPlan(RowId ownerId) const
{
    // The plan of the current cycle; an owner without one shows its latest plan instead, so that
    // no owner's work disappears from the tree.
    const Plan* shown = nullptr;
    for (const Plan& plan : m_document.snapshot().plans) {
        if (plan.ownerId != ownerId)
            continue;
        if (plan.cycle == m_cycle)
            return &plan;
        if (!shown || plan.cycle > shown->cycle)
            shown = &plan;
    }
    return shown;
}

std::unique_ptr<NavigationNode> NavigationTreeBuilder::ownerNode(const PlanOwner& owner,
                                                                 const QHash<RowId, std::vector<RowId>>& byPlan) const
{
    auto n = node(NodeKind::Owner, owner.id, 0);
    if (const Plan* plan = shownPlan(owner.id))
        n->add(planNode(*plan, byPlan.value(plan->id)));
    return n;
}

bool NavigationTreeBuilder::ownsService(const PlanOwner& owner, const Service& service) const
{
    if (service.ownerId != 0)
        return service.ownerId == owner.id;
    if (service.agencyId != owner.agencyId)
        return false;
    // A service of no named owner belongs to its agency's plan when the agency writes only one.
    const auto& owners = m_document.snapshot().owners;
    return std::count_if(owners.begin(), owners.end(), [&](const PlanOwner& o) { return o.agencyId == owner.agencyId; }) == 1;
}

std::unique_ptr<NavigationNode> NavigationTreeBuilder::planNode(const Plan& plan, const std::vector<RowId>& measureIds) const
{
    const storage::PlanSnapshot& snapshot = m_document.snapshot();
    auto n = node(NodeKind::Plan, plan.id, plan.id);
    n->add(node(NodeKind::Overview, 0, plan.id));
    NavigationNode* goals = n->add(node(NodeKind::Goals, 0, plan.id));
    for (auto& goal : goalNodes(plan.id, measureIds))
        goals->add(std::move(goal));

    NavigationNode* services = n->add(node(NodeKind::Services, 0, plan.id));
    std::vector<const Service*> owned;
    if (const PlanOwner* owner = snapshot.owner(plan.ownerId))
        for (const Service& service : snapshot.services)
            if (ownsService(*owner, service))
                owned.push_back(&service);
    for (RowId id : measureIds) {
        const Measure* measure = snapshot.measure(id);
        const Service* service = measure && measure->level == MeasureLevel::Service ? snapshot.service(measure->serviceId) : nullptr;
        if (service && std::find(owned.begin(), owned.end(), service) == owned.end())
            owned.push_back(service);
    }
    std::sort(owned.begin(), owned.end(), [](const Service* a, const Service* b) { return a->number < b->number; });
    for (const Service* service : owned)
        services->add(serviceNode(service->id, plan.id));
    for (RowId id : measureIds) {
        const Measure* measure = snapshot.measure(id);
        if (measure && measure->level == MeasureLevel::Service)
            if (NavigationNode* parent = measureParent(*n, *measure))
                parent->add(measureNode(*measure, plan.id));
    }
    n->add(node(NodeKind::Risks, 0, plan.id));
    n->add(node(NodeKind::Personnel, 0, plan.id));
    return n;
}

std::vector<std::unique_ptr<NavigationNode>> NavigationTreeBuilder::goalNodes(RowId planId,
                                                                             const std::vector<RowId>& measureIds) const
{
    const storage::PlanSnapshot& snapshot = m_document.snapshot();
    std::vector<std::unique_ptr<NavigationNode>> nodes;
    if (auto goals = m_document.goals(planId)) {
        for (const Goal& goal : *goals) {
            auto n = node(NodeKind::Goal, goal.id, planId);
            n->ordinal = goal.ordinal > 0 ? goal.ordinal : int(nodes.size()) + 1;
            n->text = goal.statement;
            nodes.push_back(std::move(n));
        }
    }
    std::vector<std::unique_ptr<NavigationNode>> unlinked;
    for (RowId id : measureIds) {
        const Measure* measure = snapshot.measure(id);
        if (!measure || measure->level != MeasureLevel::Goal)
            continue;
        const auto goal = std::find_if(nodes.begin(), nodes.end(), [&](const auto& g) { return g->id == measure->goalId; });
        if (goal != nodes.end())
            (*goal)->add(measureNode(*measure, planId));
        else
            unlinked.push_back(measureNode(*measure, planId));
    }
    for (auto& n : unlinked)
        nodes.push_back(std::move(n));
    return nodes;
}

std::unique_ptr<NavigationNode> NavigationTreeBuilder::measureNode(const Measure& measure, RowId planId) const
{
    auto n = node(NodeKind::Measure, measure.id, planId);
    n->facts = MeasureFacts::of(m_document.snapshot(), measure, m_cycle);
    return n;
}

std::unique_ptr<NavigationNode> NavigationTreeBuilder::serviceNode(RowId serviceId, RowId planId) const
{
    return node(NodeKind::Service, serviceId, planId);
}

NavigationNode* NavigationTreeBuilder::section(NavigationNode& plan, NodeKind kind)
{
    return plan.child(kind, 0);
}

NavigationNode* NavigationTreeBuilder::measureParent(NavigationNode& plan, const Measure& measure)
{
    if (measure.level == MeasureLevel::Goal) {
        NavigationNode* goals = section(plan, NodeKind::Goals);
        if (!goals)
            return nullptr;
        NavigationNode* goal = measure.goalId ? goals->child(NodeKind::Goal, measure.goalId) : nullptr;
        return goal ? goal : goals;
    }
    NavigationNode* services = section(plan, NodeKind::Services);
    if (!services || measure.serviceId == 0)
        return services;
    return services->child(NodeKind::Service, measure.serviceId);
}

int NavigationTreeBuilder::serviceRow(const NavigationNode& services, RowId serviceId) const
{
    const storage::PlanSnapshot& snapshot = m_document.snapshot();
    const Service* service = snapshot.service(serviceId);
    const int number = service ? service->number : 0;
    int row = 0;
    for (const auto& child : services.children) {
        if (child->kind != NodeKind::Service)
            break;
        const Service* other = snapshot.service(child->id);
        if (other && other->number > number)
            break;
        ++row;
    }
    return row;
}

} // namespace ys::ui
