// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TargetStatusRule.h"

#include "domain/Measure.h"
#include "domain/Value.h"

#include <QList>
#include <QString>

#include <vector>

namespace ys::rules {

// Off-target actuals that the agency has not explained.
struct MissingExplanation
{
    int fiscalYear = 0;
    TargetStatus status = TargetStatus::NoData; // Missed or Near
};

// True when a status is off target (Missed or Near: near is still not met) and the annual
// actual's note is blank.
bool needsExplanation(TargetStatus status, const QString& actualNote);

// Every fiscal year, oldest first, whose shown status (MeasureStatus, an honoured override
// included) is Missed or Near while the annual row's actual note is blank. The explanation is
// read from the annual row even when the actual was derived from the quarters; a status override
// note explains the override, not the result, and does not count.
QList<MissingExplanation> missingExplanations(const Measure& measure, const std::vector<Value>& values,
                                              double defaultTolerance = DefaultTolerance);

} // namespace ys::rules
