// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FlagKind.h"

#include "domain/Plan.h"
#include "storage/PlanSnapshot.h"

#include <QString>

#include <vector>

namespace ys::review {

// A flag the product proposes for a measure, with the reason shown to the reviewer.
struct DetectedFlag
{
    RowId measureId = 0;
    FlagKind kind = FlagKind::Other;
    QString reason;
};

// The review flags the product can detect on the measures of one plan (deprecated measures are
// left out), in the order of the plan's measures and, per measure, of FlagKind:
// - Duplicative: two or more measures of one service share a title (ignoring case and spaces).
// - OutputOnlyFamily: the measure's service, within the plan, has no effectiveness and no outcome
//   measure (rules::Family::outputOnly); every measure of that service carries the flag.
// - PercentScaleSuspect: a percent measure whose values, as written, read as fractions beside
//   percent points ("0.75" beside "75%", io::PercentScale's mixed scales).
// - MissingBaseline: the measure has no baseline value.
// - TargetNotAmbitious: the SMART check "Ambitious" fails for the plan year.
std::vector<DetectedFlag> detectFlags(const storage::PlanSnapshot& snapshot, const Plan& plan);

} // namespace ys::review
