// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Review.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace ys::review {

// The overall score of a plan on a rubric (DOMAIN.md, "Review rubric"): the weighted mean of the
// scores given, on the same 1-4 scale. Criteria not scored yet are left out of the mean and counted
// as missing, so a half-scored plan shows its score so far and how much of the rubric it covers.
struct RubricResult
{
    std::optional<double> overall; // nullopt when nothing is scored (or every scored weight is 0)
    int scored = 0;                // criteria with a score
    int criteria = 0;              // criteria in the rubric
    double weightScored = 0;       // the weights of the scored criteria (100 when all are)

    bool complete() const { return criteria > 0 && scored == criteria; }
};

RubricResult rubricResult(const std::vector<RubricCriterion>& criteria, const std::vector<RubricScore>& scores);

// The sections criteria are grouped by, in the plan's order, with labels for people.
const QStringList& rubricSections();
QString rubricSectionLabel(const QString& section);

// Checks a rubric: at least one criterion, codes unique and made of a-z, 0-9 and '_', a known
// section, a title, weights from 0 to 100 summing to 100 (within 0.01). `source` names the file.
Status validateRubric(const std::vector<RubricCriterion>& criteria, const QString& source);

// Reads a rubric from its JSON ({"format": "yardstick-rubric", "version": 1, "criteria": [...]},
// see docs/review.md) and validates it.
Result<std::vector<RubricCriterion>> rubricFromJson(const QByteArray& json, const QString& source);

// The rubric Yardstick ships (resources/review/default-rubric.json).
std::vector<RubricCriterion> defaultRubric();

} // namespace ys::review
