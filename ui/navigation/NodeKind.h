// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ys::ui {

// What a node of the navigation tree stands for, so that the window shows the right editor.
// The RowId that goes with a kind: Agency -> agency id, Owner -> plan owner id, Plan -> plan id,
// Goal -> goal id, Service -> service id, Measure -> measure id; the plan's section nodes
// (Overview, Goals, Services, Risks, Personnel) carry 0 and are told apart by their plan id.
enum class NodeKind {
    Agency,
    Owner,
    Plan,
    Overview,
    Goals,
    Goal,
    Services,
    Service,
    Measure,
    Risks,
    Personnel,
};

} // namespace ys::ui
