// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ys::ui {

// Ids of undo commands that merge with the one before them (QUndoCommand::id), in one place.
enum CommandId : int {
    SetMeasureId = 1,
    SetValueId,
    SetPlanId,
    SetServiceId,
};

} // namespace ys::ui
