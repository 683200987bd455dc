// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanLifeCycle.h"

#include "domain/Result.h"
#include "domain/Review.h"
#include "rules/PublishGate.h"
#include "storage/PlanSnapshot.h"

#include <QStringList>

#include <optional>

namespace ys::storage {
class PlanFile;
}

namespace ys::review {

// What a decision did: the plan's state before and after, its version, and what the person
// deciding should know. A publication the gate refuses is not an error of the program: it comes
// back with done = false and the gate's breaches.
struct DecisionOutcome
{
    bool done = false;
    Plan plan;                     // the plan after the decision (as before, when not done)
    LifeCycle from = LifeCycle::Draft;
    ReviewDecision decision;       // the recorded decision, when done
    QList<rules::GateBreach> gate; // why a publication was refused
    QStringList notices;           // e.g. change-required comments still open at approval
};

// Writes the decisions of a plan's life: the plan's state (and, on resubmission, its version) and
// the recorded decision, in one transaction.
namespace PlanDecisions {

Result<DecisionOutcome> decide(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot, RowId planId,
                               Decision decision, const QString& note = {});

// A reviewer's first work on a submitted or resubmitted plan puts it in review; the decision made,
// or nullopt when the plan was in another state. Call it inside the reviewer's own transaction.
Result<std::optional<DecisionOutcome>> startReviewIfWaiting(const storage::PlanFile& file,
                                                            const storage::PlanSnapshot& snapshot, RowId planId);

// The publish gate of one plan of the snapshot.
QList<rules::GateBreach> gateOf(const storage::PlanSnapshot& snapshot, const Plan& plan);

} // namespace PlanDecisions

} // namespace ys::review
