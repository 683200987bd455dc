// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Review.h"
#include "storage/PlanSnapshot.h"

#include <QString>

namespace ys::storage {
class PlanFile;
}

namespace ys::review {

// A short digest of what an object says, the same in every copy of the file: a measure's
// definition and all its values, one value, a plan's header, or a plan section. Ids, import
// origins and the plan's state and version are left out (they differ between copies or are the
// review's own doing), so two copies whose content agrees give the same fingerprint. A review item
// keeps the fingerprint of its anchor from when the reviewer wrote it: when they differ, the object
// changed since the review.
namespace ContentFingerprint {

QString ofMeasure(const storage::PlanSnapshot& snapshot, const Measure& measure);
QString ofValue(const storage::PlanSnapshot& snapshot, RowId measureId, int fiscalYear, const QString& period);
QString ofPlanHeader(const Plan& plan);
// One of reviewSections(): "overview" (the header's direction fields), "goals" (goals with their
// initiatives), "services" (the plan's services and its measures), "risks", "personnel".
Result<QString> ofSection(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot, const Plan& plan,
                          const QString& section);
// The fingerprint of what `anchor` points at; an empty string when it no longer exists.
Result<QString> ofAnchor(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot, const ReviewAnchor& anchor);

} // namespace ContentFingerprint

} // namespace ys::review
