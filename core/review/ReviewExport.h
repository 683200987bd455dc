// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewPackage.h"

#include "domain/Result.h"
#include "storage/PlanSnapshot.h"

#include <vector>

namespace ys::storage {
class PlanFile;
}

namespace ys::review {

// The review of plans of a file, packed to travel (ReviewPackage): the items, scores, rubric and
// decisions of each plan, the plan's version and the fingerprints of its measures as they are now.
namespace ReviewExport {

// The plans `planIds`; when empty, every plan that has review items, scores or decisions. A plan
// nobody reviewed gives an entry without items, scores or decisions.
Result<ReviewPackage> build(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot,
                            const std::vector<RowId>& planIds = {});

} // namespace ReviewExport

} // namespace ys::review
