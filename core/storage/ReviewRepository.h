// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "TableGateway.h"
#include "domain/Result.h"
#include "domain/Review.h"

#include <optional>
#include <vector>

namespace ys::storage {

class PlanFile;

// The review of plans in a plan file: flags and comments (review_item) and the plan's recorded
// decisions (review_decision). Every change is audited. Review items are never deleted by the
// product's own work (a resolved comment stays); removeItem exists for undoing an item just added.
class ReviewRepository
{
public:
    explicit ReviewRepository(const PlanFile& file);

    Result<std::vector<ReviewItem>> items(RowId planId) const;
    Result<std::vector<ReviewItem>> allItems() const;
    Result<ReviewItem> item(RowId id) const;
    Result<std::optional<ReviewItem>> itemByUid(const QString& uid) const;

    // Each in its own transaction.
    Result<RowId> addItem(const ReviewItem& item);
    Status updateItem(const ReviewItem& item);
    Status removeItem(RowId id);
    Status restoreItem(const ReviewItem& item);

    // Without their own transaction, for callers that batch (a merge): the caller holds one.
    Result<RowId> insertItemInTransaction(const ReviewItem& item);
    Status updateItemInTransaction(const ReviewItem& item);

    Result<std::vector<ReviewDecision>> decisions(RowId planId) const;
    Result<std::optional<ReviewDecision>> decisionByUid(const QString& uid) const;
    Result<RowId> insertDecisionInTransaction(const ReviewDecision& decision);

private:
    const PlanFile& m_file;
    mutable AuditLog m_audit;
    TableGateway m_items;
    TableGateway m_decisions;
};

// A new random uid for review items and decisions.
QString newReviewUid();

} // namespace ys::storage
