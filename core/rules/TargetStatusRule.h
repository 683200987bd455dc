// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <optional>

namespace ys::rules {

// The tolerance of a status (10 %) when neither the measure nor the plan sets one.
inline constexpr double DefaultTolerance = 0.10;

// Judges one actual against one target in the desired direction (DOMAIN.md, "Status of a measure").
// With tolerance t (a fraction) and band b = t x |target|, on signed numbers:
//   Increase: met when actual >= target; near when actual >= target - b; else missed.
//   Decrease: met when actual <= target; near when actual <= target + b; else missed.
//   Maintain: met when |actual - target| <= b; else missed (maintain has no "near").
//             A target of 0 has the absolute band b = t, in the measure's own unit.
// Decisions where DOMAIN.md is silent:
// - NotApplicable and Unspecified directions give NoData: without a desired direction no result
//   is good or bad, and the rule does not guess one (completeness reports the missing direction).
// - Increase and decrease keep b = 0 for a target of 0 (no absolute band, so no "near"): a decrease
//   to zero ("zero fatalities") is missed by any actual above zero, and an increase from a zero
//   target is met by any actual at or above zero.
// - NoData when either number is missing or not finite. A negative tolerance counts as 0.
// - Comparisons forgive a relative 1e-9 of the larger magnitude (floating-point noise).
TargetStatus targetStatus(Direction direction, std::optional<double> target, std::optional<double> actual,
                          double tolerance = DefaultTolerance);

// The band b the status of a target is judged with (see targetStatus).
double statusBand(Direction direction, double target, double tolerance);

} // namespace ys::rules
