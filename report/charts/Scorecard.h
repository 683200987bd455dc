// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"
#include "domain/Vocabulary.h"

#include <QString>

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace ys::charts {

// The rows of a scorecard: the four types of the family of measures, and the rest together
// (Input, Demand, Quality and untyped measures, flagged outside the four types).
enum class ScorecardRow { Output, Efficiency, Effectiveness, Outcome, Other };
inline constexpr int ScorecardRowCount = 5;
// The columns: TargetStatus in its declared order (Met, Near, Missed, NoData).
inline constexpr int ScorecardStatusCount = 4;

ScorecardRow scorecardRowOf(MeasureType type);

// Whose measures a scorecard counts.
struct ScorecardScope
{
    enum class Kind { File, Agency, Owner };
    Kind kind = Kind::File;
    RowId id = 0; // the agency or plan owner; 0 for the whole file

    static ScorecardScope file() { return {}; }
    static ScorecardScope agency(RowId id) { return {Kind::Agency, id}; }
    static ScorecardScope owner(RowId id) { return {Kind::Owner, id}; }
    bool operator==(const ScorecardScope& other) const = default;
};

// A scorecard as data: how many measures met, nearly met, missed their target or have no data,
// by type, with the measures behind every bar, and the fiscal year the statuses are for.
struct Scorecard
{
    using Cell = std::vector<RowId>; // measure ids, in file order

    ScorecardScope scope;
    QString scopeName;   // "Department of Transportation", "Whole file"
    int planCycle = 0;   // the plan cycle whose measures are counted; 0: every measure in the file
    std::optional<int> fiscalYear; // every measure judged in this year; unset: each at its status year
    std::array<std::array<Cell, ScorecardStatusCount>, ScorecardRowCount> cells;
    std::map<int, int> statusYears; // fiscal year -> measures whose status is for it
    int withoutStatusYear = 0;      // measures with no year that has both a target and an actual
    int deprecatedLeftOut = 0;      // deprecated measures of the scope, not counted

    const Cell& cell(ScorecardRow row, TargetStatus status) const
    {
        return cells[size_t(row)][size_t(status)];
    }
    int count(ScorecardRow row, TargetStatus status) const { return int(cell(row, status).size()); }
    int rowTotal(ScorecardRow row) const;
    int statusTotal(TargetStatus status) const;
    int total() const;
    // The fiscal year most statuses are for (the latest of equals); 0 when no measure has one.
    int mainStatusYear() const;
    // "Statuses for FY25, each measure's latest year with a target and an actual (3 measures: FY24)".
    QString yearCaption() const;
};

} // namespace ys::charts
