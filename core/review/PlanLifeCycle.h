// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Vocabulary.h"

#include <QString>

#include <optional>

namespace ys::review {

// The decisions that move a plan through its life (DOMAIN.md, "The plan's life"):
//   Draft -> Submitted -> In review -> Returned -> Resubmitted -> (In review ->) Approved -> Published.
enum class Decision {
    Submit,      // the agency sends its plan: Draft -> Submitted, Returned -> Resubmitted (a new version)
    StartReview, // a reviewer starts on it: Submitted or Resubmitted -> In review
    Return,      // the reviewer sends it back with required changes: Submitted, In review, Resubmitted -> Returned
    Approve,     // Submitted, In review, Resubmitted -> Approved
    Publish,     // Approved -> Published, only through the publish gate
};

QString code(Decision decision);
std::optional<Decision> decisionFromCode(const QString& text);

// The state `decision` takes a plan in `from` to; WriteRefused, with a sentence saying what the plan
// needs first, when the decision does not apply to that state.
Result<LifeCycle> nextState(LifeCycle from, Decision decision);

// Whether the decision makes a new version of the plan (a resubmission).
bool makesNewVersion(LifeCycle from, Decision decision);

// Approved and published plans are locked: their measures' definitions and closed periods.
bool isLocked(LifeCycle state);

} // namespace ys::review
