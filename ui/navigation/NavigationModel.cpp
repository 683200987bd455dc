// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigationModel.h"

#include "NavigationNodeText.h"
#include "NavigationTreeBuilder.h"
#include "StatusIcon.h"

#include "report/StatusStyle.h"
#include "ui/document/PlanDocument.h"

#include <algorithm>

namespace ys::ui {
namespace {

bool sameShape(const NavigationNode& a, const NavigationNode& b)
{
    if (a.kind != b.kind || a.id != b.id || a.children.size() != b.children.size())
        return false;
    for (size_t i = 0; i < a.children.size(); ++i)
        if (!sameShape(*a.children[i], *b.children[i]))
            return false;
    return true;
}

} // namespace

NavigationModel::NavigationModel(PlanDocument& document, QObject* parent)
    : QAbstractItemModel(parent), m_document(document)
{
    connect(&document, &PlanDocument::measureAdded, this, &NavigationModel::addMeasure);
    connect(&document, &PlanDocument::measureRemoved, this, &NavigationModel::removeMeasure);
    connect(&document, &PlanDocument::measureChanged, this, &NavigationModel::changeMeasure);
    connect(&document, &PlanDocument::valuesChanged, this, &NavigationModel::refreshFacts);
    connect(&document, &PlanDocument::serviceChanged, this, &NavigationModel::changeService);
    connect(&document, &PlanDocument::planChanged, this, &NavigationModel::changePlan);
    connect(&document, &PlanDocument::sectionsChanged, this, &NavigationModel::refreshGoals);
    connect(&document, &PlanDocument::reloaded, this, &NavigationModel::reset);
    reset();
}

NavigationModel::~NavigationModel() = default;

int NavigationModel::cycle() const
{
    return m_builder->cycle();
}

NavigationNode* NavigationModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<NavigationNode*>(index.internalPointer()) : m_root.get();
}

QModelIndex NavigationModel::indexOf(const NavigationNode* node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<NavigationNode*>(node));
}

QModelIndex NavigationModel::indexOf(NodeKind kind, RowId id) const
{
    if (kind == NodeKind::Measure)
        return indexOf(m_measureNodes.value(id));
    if (kind == NodeKind::Plan)
        return indexOf(m_planNodes.value(id));
    std::vector<const NavigationNode*> pending{m_root.get()};
    while (!pending.empty()) {
        const NavigationNode* node = pending.back();
        pending.pop_back();
        if (node != m_root.get() && node->kind == kind && node->id == id)
            return indexOf(node);
        for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
            pending.push_back(it->get());
    }
    return {};
}

QModelIndex NavigationModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children[size_t(row)].get());
}

QModelIndex NavigationModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int NavigationModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int NavigationModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QString NavigationModel::label(const NavigationNode& node) const
{
    return NavigationNodeText(m_document.snapshot()).label(node);
}

QString NavigationModel::searchText(const NavigationNode& node) const
{
    if (node.kind == NodeKind::Measure)
        return node.facts.searchText;
    return label(node).toLower();
}

QVariant NavigationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const NavigationNode& node = *nodeOf(index);
    const bool measure = node.kind == NodeKind::Measure;
    switch (role) {
    case Qt::DisplayRole: return label(node);
    case Qt::ToolTipRole: return NavigationNodeText(m_document.snapshot()).toolTip(node);
    case Qt::AccessibleTextRole:
        if (measure)
            return tr("%1, status %2").arg(label(node), report::StatusStyle::of(node.facts.status.status).text);
        return label(node);
    case Qt::DecorationRole:
        if (measure)
            return StatusIcon::of(node.facts.status.status);
        return {};
    case NodeKindRole: return int(node.kind);
    case RowIdRole: return QVariant::fromValue<qint64>(node.id);
    case PlanIdRole: return QVariant::fromValue<qint64>(node.planId);
    case StatusRole:
        if (measure)
            return int(node.facts.status.status);
        return {};
    case StatusSymbolRole:
        if (measure)
            return report::StatusStyle::of(node.facts.status.status).symbol;
        return {};
    case StatusYearRole:
        if (measure)
            return node.facts.status.fiscalYear;
        return {};
    case SearchTextRole: return searchText(node);
    default: return {};
    }
}

QVariant NavigationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Plan");
    return {};
}

QHash<int, QByteArray> NavigationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeKindRole, "nodeKind");
    names.insert(RowIdRole, "rowId");
    names.insert(PlanIdRole, "planId");
    names.insert(StatusRole, "status");
    names.insert(StatusSymbolRole, "statusSymbol");
    names.insert(StatusYearRole, "statusYear");
    names.insert(SearchTextRole, "searchText");
    return names;
}

void NavigationModel::reset()
{
    beginResetModel();
    m_builder = std::make_unique<NavigationTreeBuilder>(m_document);
    m_root = m_builder->build();
    m_measureNodes.clear();
    m_planNodes.clear();
    indexNodes(*m_root);
    endResetModel();
}

void NavigationModel::indexNodes(NavigationNode& node)
{
    if (node.kind == NodeKind::Measure)
        m_measureNodes.insert(node.id, &node);
    else if (node.kind == NodeKind::Plan)
        m_planNodes.insert(node.id, &node);
    for (auto& child : node.children)
        indexNodes(*child);
}

void NavigationModel::forget(const NavigationNode& node)
{
    if (node.kind == NodeKind::Measure)
        m_measureNodes.remove(node.id, const_cast<NavigationNode*>(&node));
    else if (node.kind == NodeKind::Plan && m_planNodes.value(node.id) == &node)
        m_planNodes.remove(node.id);
    for (const auto& child : node.children)
        forget(*child);
}

void NavigationModel::insertChild(NavigationNode& parent, int row, std::unique_ptr<NavigationNode> child)
{
    beginInsertRows(indexOf(&parent), row, row);
    child->parent = &parent;
    NavigationNode* inserted = child.get();
    parent.children.insert(parent.children.begin() + row, std::move(child));
    indexNodes(*inserted);
    endInsertRows();
}

void NavigationModel::removeChildren(NavigationNode& parent, int first, int last)
{
    beginRemoveRows(indexOf(&parent), first, last);
    for (int row = first; row <= last; ++row)
        forget(*parent.children[size_t(row)]);
    parent.children.erase(parent.children.begin() + first, parent.children.begin() + last + 1);
    endRemoveRows();
}

void NavigationModel::addMeasure(RowId id)
{
    if (m_measureNodes.contains(id)) {
        changeMeasure(id);
        return;
    }
    const Measure* measure = m_document.snapshot().measure(id);
    if (!measure)
        return;
    for (RowId planId : m_document.snapshot().plansOfMeasure.value(id)) {
        NavigationNode* plan = m_planNodes.value(planId);
        if (!plan)
            continue;
        NavigationNode* parent = NavigationTreeBuilder::measureParent(*plan, *measure);
        if (!parent) {
            // The measure's service is not listed under this plan yet.
            NavigationNode* services = NavigationTreeBuilder::section(*plan, NodeKind::Services);
            if (!services)
                continue;
            insertChild(*services, m_builder->serviceRow(*services, measure->serviceId),
                        m_builder->serviceNode(measure->serviceId, planId));
            parent = services->child(NodeKind::Service, measure->serviceId);
        }
        insertChild(*parent, int(parent->children.size()), m_builder->measureNode(*measure, planId));
    }
}

void NavigationModel::removeMeasure(RowId id)
{
    const QList<NavigationNode*> nodes = m_measureNodes.values(id);
    for (NavigationNode* node : nodes) {
        const int row = node->row();
        removeChildren(*node->parent, row, row);
    }
}

void NavigationModel::changeMeasure(RowId id)
{
    const Measure* measure = m_document.snapshot().measure(id);
    if (!measure) {
        removeMeasure(id);
        return;
    }
    std::vector<NavigationNode*> wanted;
    for (RowId planId : m_document.snapshot().plansOfMeasure.value(id))
        if (NavigationNode* plan = m_planNodes.value(planId))
            wanted.push_back(NavigationTreeBuilder::measureParent(*plan, *measure));
    std::vector<NavigationNode*> current;
    for (NavigationNode* node : m_measureNodes.values(id))
        current.push_back(node->parent);
    std::sort(wanted.begin(), wanted.end());
    std::sort(current.begin(), current.end());
    if (wanted == current) {
        refreshFacts(id);
        return;
    }
    // Moved to another service or goal: take it out and put it where it now belongs.
    removeMeasure(id);
    addMeasure(id);
}

void NavigationModel::refreshFacts(RowId id)
{
    const Measure* measure = m_document.snapshot().measure(id);
    if (!measure)
        return;
    for (NavigationNode* node : m_measureNodes.values(id)) {
        node->facts = MeasureFacts::of(m_document.snapshot(), *measure, m_builder->cycle());
        const QModelIndex index = indexOf(node);
        emit dataChanged(index, index);
    }
}

void NavigationModel::changeService(RowId id)
{
    for (NavigationNode* plan : std::as_const(m_planNodes)) {
        NavigationNode* services = NavigationTreeBuilder::section(*plan, NodeKind::Services);
        if (NavigationNode* service = services ? services->child(NodeKind::Service, id) : nullptr) {
            const QModelIndex index = indexOf(service);
            emit dataChanged(index, index);
        }
    }
    // A measure's search text holds its service's name.
    for (const Measure& measure : m_document.snapshot().measures)
        if (measure.serviceId == id)
            refreshFacts(measure.id);
}

void NavigationModel::changePlan(RowId id)
{
    const Plan* plan = m_document.snapshot().plan(id);
    NavigationNode* node = m_planNodes.value(id);
    if (m_document.currentCycle() != m_builder->cycle() || (!node && plan && plan->cycle >= m_builder->cycle())) {
        reset(); // a new cycle or a new plan: the tree's shape changes throughout
        return;
    }
    if (node) {
        const QModelIndex index = indexOf(node);
        emit dataChanged(index, index);
    }
}

void NavigationModel::refreshGoals(RowId planId)
{
    if (planId != 0) {
        if (NavigationNode* plan = m_planNodes.value(planId))
            refreshGoalsOf(*plan);
        return;
    }
    const QList<NavigationNode*> plans = m_planNodes.values();
    for (NavigationNode* plan : plans)
        refreshGoalsOf(*plan);
}

void NavigationModel::refreshGoalsOf(NavigationNode& plan)
{
    NavigationNode* goals = NavigationTreeBuilder::section(plan, NodeKind::Goals);
    if (!goals)
        return;
    std::vector<RowId> measureIds;
    const storage::PlanSnapshot& snapshot = m_document.snapshot();
    for (const Measure& measure : snapshot.measures)
        if (measure.level == MeasureLevel::Goal) {
            const std::vector<RowId> plans = snapshot.plansOfMeasure.value(measure.id);
            if (std::find(plans.begin(), plans.end(), plan.id) != plans.end())
                measureIds.push_back(measure.id);
        }
    NavigationNode fresh;
    for (auto& goal : m_builder->goalNodes(plan.id, measureIds))
        fresh.add(std::move(goal));
    fresh.kind = goals->kind;
    if (sameShape(*goals, fresh)) {
        // The same goals in the same order: only their statements or numbers changed.
        for (size_t i = 0; i < fresh.children.size(); ++i) {
            NavigationNode& goal = *goals->children[i];
            if (goal.kind != NodeKind::Goal || (goal.text == fresh.children[i]->text && goal.ordinal == fresh.children[i]->ordinal))
                continue;
            goal.text = fresh.children[i]->text;
            goal.ordinal = fresh.children[i]->ordinal;
            const QModelIndex index = indexOf(&goal);
            emit dataChanged(index, index);
        }
        return;
    }
    if (!goals->children.empty())
        removeChildren(*goals, 0, int(goals->children.size()) - 1);
    if (fresh.children.empty())
        return;
    beginInsertRows(indexOf(goals), 0, int(fresh.children.size()) - 1);
    for (auto& goal : fresh.children)
        indexNodes(*goals->add(std::move(goal)));
    endInsertRows();
}

} // namespace ys::ui
