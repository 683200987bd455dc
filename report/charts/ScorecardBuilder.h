// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Scorecard.h"

namespace ys::storage {
struct PlanSnapshot;
}

namespace ys::charts {

// Counts a scope's measures by type and status (rules::measureStatus, as the tables show them).
// Counted: the measures of the scope's plans of `planCycle` (every measure of the scope when the
// file has no plan of that cycle), deprecated measures left out and counted apart. With a fiscal
// year every measure is judged in that year; without one, each at its own status year.
class ScorecardBuilder
{
public:
    struct Options
    {
        int planCycle = 0; // 0: the latest plan cycle in the file
        std::optional<int> fiscalYear;
    };

    static Scorecard build(const storage::PlanSnapshot& snapshot, const ScorecardScope& scope, const Options& options);
    static Scorecard build(const storage::PlanSnapshot& snapshot, const ScorecardScope& scope)
    {
        return build(snapshot, scope, Options{});
    }
    // The scope's name as a scorecard shows it.
    static QString scopeName(const storage::PlanSnapshot& snapshot, const ScorecardScope& scope);
};

} // namespace ys::charts
