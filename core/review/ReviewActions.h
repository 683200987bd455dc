// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewItemBuilder.h"

#include "domain/Result.h"
#include "domain/Review.h"
#include "storage/PlanSnapshot.h"

namespace ys::storage {
class PlanFile;
}

namespace ys::review {

// The review's actions on a plan file, each written at once in its own transaction (the command
// line's way; the GUI writes the same items through undo commands). A reviewer's first work on a
// submitted plan puts it in review in the same transaction.
class ReviewActions
{
public:
    ReviewActions(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot);

    Result<ReviewItem> flag(const FlagRequest& request);
    Result<ReviewItem> comment(const CommentRequest& request);
    Result<ReviewItem> resolve(RowId commentId, const QString& answer);
    // Scores one criterion (by code) of the file's rubric; the default rubric is installed first
    // when the file carries none.
    Result<RubricScore> score(RowId planId, const QString& criterionCode, int score, const QString& note = {});

    // Installs the default rubric when the file carries none; the file's criteria.
    static Result<std::vector<RubricCriterion>> ensureRubric(const storage::PlanFile& file);

private:
    Result<ReviewItem> writeReviewerItem(const ReviewItem& item, RowId planId);

    const storage::PlanFile& m_file;
    const storage::PlanSnapshot& m_snapshot;
};

} // namespace ys::review
