// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FlagDetector.h"
#include "Rubric.h"

#include "domain/Result.h"
#include "domain/Review.h"
#include "rules/PublishGate.h"
#include "storage/PlanSnapshot.h"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace ys::storage {
class PlanFile;
}

namespace ys::review {

// The review of one plan as it stands: the flags (the product's proposals not yet decided, and the
// reviewer's confirmed, dismissed and own flags), the comments with their state, the rubric and its
// scores, the decisions, the publish gate, and for every item whether its anchor changed since the
// review. What `yardstick review list` prints and the review screens show.
struct ReviewSummary
{
    struct Flag
    {
        std::optional<ReviewItem> item; // none for a proposal nobody decided yet
        RowId measureId = 0;
        QString kind;                   // flag code
        ReviewItem::State state = ReviewItem::State::Proposed;
        bool detected = false;          // the product detects it now
        QString reason;                 // the product's reason, when detected
        bool changedSinceReview = false;
    };
    struct Comment
    {
        ReviewItem item;
        bool changedSinceReview = false;
    };

    Plan plan;
    std::vector<Flag> flags;
    std::vector<Comment> comments;
    std::vector<RubricCriterion> criteria;
    std::vector<RubricScore> scores;
    RubricResult rubric;
    std::vector<ReviewDecision> decisions;
    QList<rules::GateBreach> gate;

    static Result<ReviewSummary> build(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot,
                                       const Plan& plan);

    int count(ReviewItem::State state) const; // flags and comments in that state
    std::optional<ReviewDecision> latestDecision() const;
    QJsonObject toJson(const storage::PlanSnapshot& snapshot) const;
    QString toText(const storage::PlanSnapshot& snapshot) const;
};

} // namespace ys::review
