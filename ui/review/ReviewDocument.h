// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Review.h"
#include "review/MergeReport.h"
#include "review/PlanDecisions.h"
#include "review/ReviewSummary.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace ys::ui {

class PlanDocument;

// The review of the open plan file as the GUI sees it, beside its PlanDocument: each plan's review
// (ReviewSummary) worked out when asked and kept until the plan, its measures or its review change;
// and the writes of the review screens. Review items and scores are written by undo commands
// (ReviewCommands); decisions and merges are recorded acts and are not undone.
class ReviewDocument : public QObject
{
    Q_OBJECT

public:
    explicit ReviewDocument(PlanDocument& document, QObject* parent = nullptr);

    PlanDocument& document() { return m_document; }
    const PlanDocument& document() const { return m_document; }

    // The review of a plan; nullptr when the plan does not exist or cannot be read.
    const review::ReviewSummary* summary(RowId planId);
    // The file's rubric; the default one is installed first when a writable file carries none.
    std::vector<RubricCriterion> rubric();

    // Writes used by undo commands; each announces failure through PlanDocument::writeFailed.
    // An item without an id is added and gets one.
    Status writeItem(ReviewItem& item);
    Status restoreItem(const ReviewItem& item);
    Status removeItem(RowId id);
    Status writeScore(const RubricScore& score);
    Status removeScore(RowId planId, RowId criterionId);
    // A reviewer's first work on a submitted plan puts it in review.
    void noteReviewerWork(RowId planId);

    Result<review::DecisionOutcome> decide(RowId planId, review::Decision decision, const QString& note = {});
    Result<review::MergeReport> merge(const QString& reviewPath, bool dryRun = false);
    Status exportReview(RowId planId, const QString& path);

signals:
    void reviewChanged(ys::RowId planId);

private:
    template <typename T>
    T announce(T result);
    void invalidate(RowId planId = 0);

    PlanDocument& m_document;
    QHash<RowId, std::shared_ptr<review::ReviewSummary>> m_summaries;
};

} // namespace ys::ui
