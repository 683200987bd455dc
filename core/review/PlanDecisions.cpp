// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDecisions.h"

#include "PlanLookup.h"

#include "storage/PlanFile.h"
#include "storage/PlanRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/WriteTransaction.h"

namespace ys::review::PlanDecisions {

QList<rules::GateBreach> gateOf(const storage::PlanSnapshot& snapshot, const Plan& plan)
{
    std::vector<rules::MeasureWithValues> input;
    for (const Measure* m : PlanLookup::measuresOf(snapshot, plan.id))
        input.emplace_back(*m, snapshot.valuesOf(m->id));
    return rules::publishGate(input, plan.cycle);
}

Result<DecisionOutcome> decide(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot, RowId planId,
                               Decision decision, const QString& note)
{
    storage::PlanRepository plans(file);
    auto current = plans.plan(planId);
    if (!current)
        return current.error();
    DecisionOutcome outcome;
    outcome.plan = *current;
    outcome.from = current->state;
    auto next = nextState(current->state, decision);
    if (!next) {
        Error error = next.error();
        error.message = QStringLiteral("%1: %2").arg(PlanLookup::describe(snapshot, *current), error.message);
        error.file = file.path();
        return error;
    }
    if (decision == Decision::Publish) {
        outcome.gate = gateOf(snapshot, *current);
        if (!outcome.gate.isEmpty())
            return outcome;
    }
    storage::ReviewRepository reviews(file);
    if (decision == Decision::Approve) {
        auto items = reviews.items(planId);
        if (!items)
            return items.error();
        const auto open = std::count_if(items->begin(), items->end(), [](const ReviewItem& i) {
            return i.kind == ReviewItem::Kind::Comment && i.changeRequired && i.state == ReviewItem::State::Open;
        });
        if (open > 0)
            outcome.notices << QStringLiteral("%1 change-required comment(s) are still open; they stay in the plan's "
                                              "review history.")
                                   .arg(open);
    }
    Plan after = *current;
    after.state = *next;
    if (makesNewVersion(current->state, decision))
        after.version = current->version + 1;
    ReviewDecision record;
    record.uid = storage::newReviewUid();
    record.planId = planId;
    record.from = current->state;
    record.to = *next;
    record.planVersion = after.version;
    record.author = file.userName();
    record.decidedAt = QDateTime::currentDateTimeUtc();
    record.note = note;
    auto written = storage::writeTransaction(file, [&]() -> Result<RowId> {
        if (auto status = plans.updatePlan(after); !status)
            return status.error();
        return reviews.insertDecisionInTransaction(record);
    });
    if (!written)
        return written.error();
    record.id = *written;
    outcome.done = true;
    outcome.plan = after;
    outcome.decision = record;
    return outcome;
}

Result<std::optional<DecisionOutcome>> startReviewIfWaiting(const storage::PlanFile& file,
                                                            const storage::PlanSnapshot& snapshot, RowId planId)
{
    const Plan* plan = snapshot.plan(planId);
    if (!plan || (plan->state != LifeCycle::Submitted && plan->state != LifeCycle::Resubmitted))
        return std::optional<DecisionOutcome>();
    auto outcome = decide(file, snapshot, planId, Decision::StartReview);
    if (!outcome)
        return outcome.error();
    return std::optional<DecisionOutcome>(*outcome);
}

} // namespace ys::review::PlanDecisions
