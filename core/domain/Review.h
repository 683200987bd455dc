// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QDateTime>
#include <QString>

namespace ys {

// What a review item is attached to: a plan section, a measure, or a single value.
struct ReviewAnchor
{
    enum class Kind { Plan, Section, Measure, Value };
    Kind kind = Kind::Plan;
    RowId planId = 0;
    QString section;    // for Section: "overview", "goals", "services", "risks", "personnel"
    RowId measureId = 0; // for Measure and Value
    int fiscalYear = 0;  // for Value
    QString period;      // for Value
};

// A reviewer's flag or comment. Flags are proposed by the product or raised by the reviewer;
// comments are answered and resolved by the agency. Nothing is deleted: a resolved item stays in
// the history and is not raised again.
struct ReviewItem
{
    enum class Kind { Flag, Comment };
    enum class State { Proposed, Confirmed, Dismissed, Open, Resolved };

    RowId id = 0;
    QString uid;
    Kind kind = Kind::Comment;
    ReviewAnchor anchor;
    QString flagKind; // for flags: "duplicative", "hard_to_understand", ...
    State state = State::Open;
    QString text;
    bool changeRequired = false;
    QString answer;
    QString author;
    QDateTime createdAt;
    QDateTime resolvedAt;
};

} // namespace ys
