// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewDocument.h"

#include "review/ReviewActions.h"
#include "review/ReviewExport.h"
#include "review/ReviewFile.h"
#include "review/ReviewMerge.h"
#include "storage/ReviewRepository.h"
#include "storage/RubricRepository.h"
#include "ui/document/PlanDocument.h"

namespace ys::ui {

ReviewDocument::ReviewDocument(PlanDocument& document, QObject* parent) : QObject(parent), m_document(document)
{
    // What a review shows follows the plan: any change to measures, values or plans is worked out again.
    for (auto signal : {&PlanDocument::measureChanged, &PlanDocument::measureAdded, &PlanDocument::measureRemoved,
                        &PlanDocument::valuesChanged, &PlanDocument::planChanged, &PlanDocument::sectionsChanged,
                        &PlanDocument::serviceChanged})
        connect(&document, signal, this, [this] { invalidate(); });
    connect(&document, &PlanDocument::reloaded, this, [this] { invalidate(); });
}

template <typename T>
T ReviewDocument::announce(T result)
{
    if (!result)
        emit m_document.writeFailed(result.error().describe());
    return result;
}

void ReviewDocument::invalidate(RowId planId)
{
    if (planId)
        m_summaries.remove(planId);
    else
        m_summaries.clear();
    emit reviewChanged(planId);
}

const review::ReviewSummary* ReviewDocument::summary(RowId planId)
{
    if (const auto it = m_summaries.constFind(planId); it != m_summaries.cend())
        return it->get();
    const Plan* plan = m_document.snapshot().plan(planId);
    if (!plan)
        return nullptr;
    auto built = review::ReviewSummary::build(m_document.file(), m_document.snapshot(), *plan);
    if (!built)
        return nullptr;
    auto shared = std::make_shared<review::ReviewSummary>(std::move(*built));
    m_summaries.insert(planId, shared);
    return shared.get();
}

std::vector<RubricCriterion> ReviewDocument::rubric()
{
    if (!m_document.isReadOnly()) {
        auto criteria = review::ReviewActions::ensureRubric(m_document.file());
        return criteria ? *criteria : std::vector<RubricCriterion>{};
    }
    auto criteria = storage::RubricRepository(m_document.file()).criteria();
    return criteria ? *criteria : std::vector<RubricCriterion>{};
}

Status ReviewDocument::writeItem(ReviewItem& item)
{
    storage::ReviewRepository reviews(m_document.file());
    if (item.id == 0) {
        auto id = announce(reviews.addItem(item));
        if (!id)
            return id.error();
        item.id = *id;
    } else if (auto status = announce(reviews.updateItem(item)); !status) {
        return status;
    }
    invalidate(item.anchor.planId);
    return {};
}

Status ReviewDocument::restoreItem(const ReviewItem& item)
{
    auto status = announce(storage::ReviewRepository(m_document.file()).restoreItem(item));
    if (status)
        invalidate(item.anchor.planId);
    return status;
}

Status ReviewDocument::removeItem(RowId id)
{
    auto status = announce(storage::ReviewRepository(m_document.file()).removeItem(id));
    if (status)
        invalidate();
    return status;
}

Status ReviewDocument::writeScore(const RubricScore& score)
{
    auto status = announce(storage::RubricRepository(m_document.file()).setScore(score));
    if (status)
        invalidate(score.planId);
    return status;
}

Status ReviewDocument::removeScore(RowId planId, RowId criterionId)
{
    auto status = announce(storage::RubricRepository(m_document.file()).removeScore(planId, criterionId));
    if (status)
        invalidate(planId);
    return status;
}

void ReviewDocument::noteReviewerWork(RowId planId)
{
    const Plan* plan = m_document.snapshot().plan(planId);
    if (plan && (plan->state == LifeCycle::Submitted || plan->state == LifeCycle::Resubmitted))
        (void)decide(planId, review::Decision::StartReview);
}

Result<review::DecisionOutcome> ReviewDocument::decide(RowId planId, review::Decision decision, const QString& note)
{
    auto outcome = announce(review::PlanDecisions::decide(m_document.file(), m_document.snapshot(), planId, decision, note));
    if (outcome && outcome->done) {
        // The decision is written; writing the same plan again only brings the read model in step.
        (void)m_document.writePlan(outcome->plan);
        invalidate(planId);
    }
    return outcome;
}

Result<review::MergeReport> ReviewDocument::merge(const QString& reviewPath, bool dryRun)
{
    auto package = review::ReviewFile::read(reviewPath);
    if (!package)
        return package.error();
    auto report = review::ReviewMerge::merge(m_document.file(), *package, reviewPath, {dryRun});
    if (report && !dryRun) {
        (void)m_document.reload();
        invalidate();
    }
    return report;
}

Status ReviewDocument::exportReview(RowId planId, const QString& path)
{
    auto package = review::ReviewExport::build(m_document.file(), m_document.snapshot(), {planId});
    if (!package)
        return package.error();
    return review::ReviewFile::write(*package, path);
}

} // namespace ys::ui
