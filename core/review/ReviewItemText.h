// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Review.h"
#include "storage/PlanSnapshot.h"

#include <QString>

namespace ys::review {

// How review items and their anchors read in sentences and lists:
// "the flag \u201cMissing baseline\u201d on measure #12 \u201cNumber of EMS responses\u201d".
namespace ReviewItemText {

// "measure #12 \u201cTitle\u201d", "FY27 annual value of measure #12 \u201cTitle\u201d", "the goals section", "the plan".
QString anchor(const storage::PlanSnapshot& snapshot, const ReviewAnchor& anchor);
// "the flag \u201cMissing baseline\u201d on ..." / "comment 7 on ..."
QString item(const storage::PlanSnapshot& snapshot, const ReviewItem& item);
// A label for a flag code ("missing_baseline" -> "Missing baseline"); the code when unknown.
QString flagLabel(const QString& flagCode);

} // namespace ReviewItemText

} // namespace ys::review
