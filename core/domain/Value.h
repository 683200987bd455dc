// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "Vocabulary.h"

#include <QString>

#include <optional>

namespace ys {

// Where a number came from: a file import, or a person typing it in Yardstick. A re-import never
// overwrites what a person typed.
enum class Origin { Import, User };

// One side of a value (the target or the actual): the number, or why there is none.
struct Figure
{
    std::optional<double> number;
    QString note;          // target rationale / actual explanation
    QString raw;           // the text it was read from ("89%", "0.75", "N/A")
    QString missingReason; // why there is no number ("N/A", "not yet reported")
    Origin origin = Origin::User;

    bool hasNumber() const { return number.has_value(); }
    bool isEmpty() const { return !number && note.isEmpty() && raw.isEmpty() && missingReason.isEmpty(); }
};

// A measure's target and actual in one fiscal year and period. Percent values are in percent
// points (75 means 75 %), whatever scale the source used.
struct Value
{
    RowId measureId = 0;
    int fiscalYear = 0; // end year: 2027 for FY27
    Period period = Period::Annual;
    Figure target;
    Figure actual;
    std::optional<TargetStatus> statusOverride; // allowed only with overrideNote
    QString overrideNote;

    bool isEmpty() const { return target.isEmpty() && actual.isEmpty() && !statusOverride; }
};

QString code(Origin origin);
std::optional<Origin> originFromCode(const QString& text);

} // namespace ys
