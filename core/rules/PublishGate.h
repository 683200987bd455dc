// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Measure.h"
#include "domain/Value.h"

#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace ys::rules {

// One reason a plan cannot be marked published.
struct GateBreach
{
    enum class Missing { Actual, Target };

    RowId measureId = 0;
    QString measureTitle;
    Missing missing = Missing::Actual;
    int fiscalYear = 0; // the year the missing number belongs to
    QString what;       // "FY26 actual" / "FY27 target"
    QString reason;     // a sentence for the user
};

// A measure with its own value rows.
using MeasureWithValues = std::pair<Measure, std::vector<Value>>;

// The publish gate (DOMAIN.md): every measure needs the actual of the fiscal year before the plan
// year and the plan year's target, or a note saying why it is absent. Per measure, in input order,
// the actual's breach comes before the target's.
// - The actual is present when the effective annual actual stands for the whole year (entered, or
//   derived from the quarters that cover the year, AnnualActual::fullYear()), or the annual actual carries a non-blank note or missing reason.
// - The target is present when the annual target has a number, a non-blank note or a missing reason.
// - Deprecated measures, and measures whose change mapping is Removed, do not count: they leave
//   the plan and carry no plan-year target.
// An empty list means the plan may be published.
QList<GateBreach> publishGate(const std::vector<MeasureWithValues>& measures, int planYear);

} // namespace ys::rules
