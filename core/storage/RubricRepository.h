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

// The review rubric a plan file carries (rubric_criterion) and the reviewers' scores per plan
// (rubric_score). The rubric is data, not code: a file may carry another city's criteria.
class RubricRepository
{
public:
    explicit RubricRepository(const PlanFile& file);

    // The criteria in their order; empty when the file carries no rubric yet.
    Result<std::vector<RubricCriterion>> criteria() const;
    // Replaces an empty rubric with `criteria` (refused when the file has one, or scores exist).
    Status installCriteria(const std::vector<RubricCriterion>& criteria);
    Status installCriteriaInTransaction(const std::vector<RubricCriterion>& criteria);

    Result<std::vector<RubricScore>> scores(RowId planId) const;
    // Writes or replaces the score of one criterion for one plan.
    Status setScore(const RubricScore& score);
    Status setScoreInTransaction(const RubricScore& score);
    // Removes a score (undo of a first score).
    Status removeScore(RowId planId, RowId criterionId);

private:
    const PlanFile& m_file;
    mutable AuditLog m_audit;
    TableGateway m_criteria;
};

} // namespace ys::storage
