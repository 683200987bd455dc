// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MergeReport.h"
#include "ReviewPackage.h"

#include "domain/Result.h"

namespace ys::storage {
class PlanFile;
}

namespace ys::review {

// Brings a review (ReviewPackage) into a plan file that may have been edited meanwhile, without
// losing either side's work. A reusable component: `yardstick review merge` uses it, and so can
// anything that gathers returned plans into one file.
//
// The rules:
// - Every reviewed plan must be in the file (by its uid), or nothing is merged: WriteRefused, "a
//   review of another plan".
// - Nothing is deleted and nothing of the file's own is overwritten by something older. Items are
//   matched by uid (flags also by measure and kind). The reviewer owns an item's text, its
//   change-required mark and a flag's state: the newer side wins (updated_at), and where this file's
//   side is newer and differs, it is kept and the difference listed as a conflict. The agency owns a
//   comment's answer and resolution: a resolved comment stays resolved with its answer (it does not
//   come back), an open one takes the review's resolution, two different answers are a conflict.
// - Scores: the later score of a criterion wins; an older differing one is a conflict. A file
//   without a rubric takes the review's; criteria the file's rubric lacks are conflicts.
// - Decisions are gathered by uid; the plan takes the state of the latest decision when that came
//   with the review, and the higher of the two versions.
// - Items anchored to a measure the file no longer has are kept, anchored to the plan, and listed.
// - Items whose anchor changed since the reviewer wrote them are listed as "changed since review"
//   (ReviewSummary shows the same mark later), and so are the measures that differ from the
//   reviewed version.
// All of it in one transaction: a failure leaves the file as it was.
namespace ReviewMerge {

struct Options
{
    bool dryRun = false; // work out the report, then roll back
};

Result<MergeReport> merge(const storage::PlanFile& file, const ReviewPackage& package, const QString& source,
                          const Options& options = {});

} // namespace ReviewMerge

} // namespace ys::review
