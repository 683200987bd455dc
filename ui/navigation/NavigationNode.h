// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NodeKind.h"

#include "domain/Ids.h"
#include "ui/table/MeasureFacts.h"

#include <QString>

#include <algorithm>
#include <memory>
#include <vector>

namespace ys::ui {

// One node of the navigation tree, owned by its parent. Labels are read from the document's
// snapshot when shown; only what the snapshot does not hold (goal statements) and what takes
// rules to work out (a measure's facts) is kept here.
struct NavigationNode
{
    NodeKind kind = NodeKind::Agency;
    RowId id = 0;
    RowId planId = 0; // the plan the node belongs to; 0 above plans
    int ordinal = 0;  // goals: their number in the plan
    QString text;     // goals: the statement
    MeasureFacts facts; // measures only
    NavigationNode* parent = nullptr;
    std::vector<std::unique_ptr<NavigationNode>> children;
    mutable int cachedRow = -1;

    NavigationNode* add(std::unique_ptr<NavigationNode> child)
    {
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
    // The node's row under its parent. Views ask for parents all the time, so the row is cached and
    // only searched for again when an insertion or removal has moved the node.
    int row() const
    {
        if (!parent)
            return 0;
        const auto& siblings = parent->children;
        if (cachedRow >= 0 && cachedRow < int(siblings.size()) && siblings[size_t(cachedRow)].get() == this)
            return cachedRow;
        const auto it = std::find_if(siblings.begin(), siblings.end(), [this](const auto& c) { return c.get() == this; });
        cachedRow = int(it - siblings.begin());
        return cachedRow;
    }
    NavigationNode* child(NodeKind childKind, RowId childId) const
    {
        for (const auto& c : children)
            if (c->kind == childKind && c->id == childId)
                return c.get();
        return nullptr;
    }
};

} // namespace ys::ui
