// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FlagKind.h"

#include "domain/Result.h"
#include "domain/Review.h"
#include "storage/PlanSnapshot.h"

#include <vector>

namespace ys::storage {
class PlanFile;
}

namespace ys::review {

struct FlagRequest
{
    RowId planId = 0;
    RowId measureId = 0;
    FlagKind kind = FlagKind::Other;
    QString comment;
    bool dismiss = false; // dismiss a proposed (or earlier) flag instead of confirming it
};

struct CommentRequest
{
    ReviewAnchor anchor;
    QString text;
    bool changeRequired = false;
};

// Makes the review items a reviewer's or an agency's action writes, checked against the plan, with
// the fingerprint of what they are anchored to (ContentFingerprint). Nothing is written here: the
// command line writes the result at once, the GUI through an undo command.
namespace ReviewItemBuilder {

// The flag of (plan, measure, kind): the plan's existing one updated, else a new one. A flag the
// reviewer raises (not one the product detects) needs a comment saying why.
Result<ReviewItem> flag(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot,
                        const std::vector<ReviewItem>& planItems, const FlagRequest& request);
// A new comment anchored to a plan, a section, a measure of the plan or one of its values.
Result<ReviewItem> comment(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot,
                           const CommentRequest& request);
// The comment answered and resolved by the agency. A resolved comment stays resolved.
Result<ReviewItem> resolution(const storage::PlanFile& file, const ReviewItem& comment, const QString& answer);

// Longest text a comment, a flag's comment or an answer may have.
inline constexpr int MaxTextLength = 20000;

} // namespace ReviewItemBuilder

} // namespace ys::review
