// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Measure.h"
#include "domain/Value.h"
#include "rules/MeasureStatus.h"
#include "storage/PlanSnapshot.h"

#include <QString>

#include <optional>

namespace ys::ui {

// What the measure views show about one measure that takes rules to work out: its status and the
// year it is for, its completeness, its latest actual and its plan-year target, plus a lowercase
// search text. Worked out once per measure and kept by the models, so that painting, sorting and
// filtering never run the rules again; a model recomputes a measure's facts only when that
// measure or its values change.
struct MeasureFacts
{
    RowId id = 0;
    rules::MeasureYearStatus status;
    int filled = 0;   // completeness: required parts present
    int required = 0; // completeness: required parts in all
    std::optional<double> latestActual;
    int latestActualYear = 0; // 0 when the measure has no actual in any year
    bool latestActualDerived = false; // derived from the quarters: no annual actual was entered
    int latestActualToQuarter = 0;    // derived from part of the year: the last quarter reported (1-3); else 0
    Figure planYearTarget; // the annual target of the plan year (empty when none)
    // "#12 12 title service 609: emergency medical services output increase met", lowercase: what
    // the navigation search and the table filter match typed words against.
    QString searchText;

    static MeasureFacts of(const storage::PlanSnapshot& snapshot, const Measure& measure, int planYear);
};

} // namespace ys::ui
