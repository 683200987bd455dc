// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Value.h"
#include "storage/PlanSnapshot.h"

namespace ys::review {

// What may still change once a plan is approved (DOMAIN.md: "once a plan is approved, its measures
// are locked except the latest actual and the next target"). For an approved or published plan of
// cycle C (FY27), a measure of it keeps open:
//   - the actuals of fiscal year C-1 and later (FY26: the latest actual, still to be reported, and
//     the plan year's own actuals as they come in), with their notes and status overrides;
//   - the targets of fiscal year C and later (FY27: the next budget year's target).
// Everything else of the measure is closed: its definition, earlier actuals and earlier targets.
// These are exactly what the publish gate asks for, so an approved plan can still be completed.
namespace EditGuard {

// WriteRefused, naming the plan, when a plan the measure belongs to is approved or published.
Status mayEditMeasure(const storage::PlanSnapshot& snapshot, RowId measureId);
// WriteRefused when the change from `before` to `after` (one measure x year x period) touches a
// closed target or actual.
Status mayEditValue(const storage::PlanSnapshot& snapshot, const Value& before, const Value& after);

} // namespace EditGuard

} // namespace ys::review
