// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExplanationCheck.h"

#include "MeasureStatus.h"
#include "RuleText.h"
#include "ValueLookup.h"

namespace ys::rules {

bool needsExplanation(TargetStatus status, const QString& actualNote)
{
    return (status == TargetStatus::Missed || status == TargetStatus::Near) && isBlank(actualNote);
}

QList<MissingExplanation> missingExplanations(const Measure& measure, const std::vector<Value>& values,
                                              double defaultTolerance)
{
    QList<MissingExplanation> out;
    for (const int year : fiscalYearsOf(values)) {
        const MeasureYearStatus status = measureStatus(measure, values, year, defaultTolerance);
        const Value* annual = findValue(values, year, Period::Annual);
        const QString note = annual ? annual->actual.note : QString();
        if (needsExplanation(status.status, note))
            out << MissingExplanation{year, status.status};
    }
    return out;
}

} // namespace ys::rules
