// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "storage/PlanSnapshot.h"

#include <QString>

#include <vector>

namespace ys::review {

// Finding a plan of a file by what a person types, and what belongs to it.
namespace PlanLookup {

// The plan of the owner named `owner` (its name, or the code of an agency with one plan owner),
// of `cycle` (end year) or, when 0, the owner's latest. Invalid with a sentence naming the choices
// when nothing or more than one owner matches.
Result<const Plan*> find(const storage::PlanSnapshot& snapshot, const QString& owner, int cycle = 0);

// The measures of a plan, in the snapshot's order.
std::vector<const Measure*> measuresOf(const storage::PlanSnapshot& snapshot, RowId planId);

QString ownerName(const storage::PlanSnapshot& snapshot, const Plan& plan);
QString agencyCode(const storage::PlanSnapshot& snapshot, const Plan& plan);
// "Baltimore City Fire Department (AGC2101), FY27 plan"
QString describe(const storage::PlanSnapshot& snapshot, const Plan& plan);

} // namespace PlanLookup

} // namespace ys::review
