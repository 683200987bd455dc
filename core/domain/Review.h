// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "Vocabulary.h"

#include <QDateTime>
#include <QString>

#include <optional>

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
    // The plan version the item was made on, and what the anchored object looked like then
    // (ContentFingerprint): when the object no longer matches, the item is "changed since review".
    int planVersion = 1;
    QString anchorFingerprint;
    QDateTime updatedAt; // the reviewer's last change to the item (text, state of a flag)
};

// The sections a comment may be anchored to, in the plan's order.
inline const QStringList& reviewSections()
{
    static const QStringList sections{QStringLiteral("overview"), QStringLiteral("goals"),
                                      QStringLiteral("services"), QStringLiteral("risks"),
                                      QStringLiteral("personnel")};
    return sections;
}

// One step of a plan's life, recorded: who moved the plan from which state to which, on which version.
struct ReviewDecision
{
    RowId id = 0;
    QString uid;
    RowId planId = 0;
    LifeCycle from = LifeCycle::Draft;
    LifeCycle to = LifeCycle::Draft;
    int planVersion = 1;
    QString author;
    QDateTime decidedAt;
    QString note;
};

// One criterion of the review rubric: scored 1-4, weighed; the weights of a rubric sum to 100.
struct RubricCriterion
{
    RowId id = 0;
    QString code;    // "goal_quality"
    QString section; // the plan section it judges: "overview", "goals", "services", "risks", "data"
    QString title;
    QString guidance;
    double weight = 0;
    int order = 0;
};

// A reviewer's score of one criterion for one plan.
struct RubricScore
{
    RowId planId = 0;
    RowId criterionId = 0;
    int score = 0; // 1..4
    QString note;
    QString author;
    QDateTime scoredAt;
};

QString code(ReviewItem::Kind kind);
QString code(ReviewItem::State state);
QString code(ReviewAnchor::Kind kind);
QString label(ReviewItem::State state);
std::optional<ReviewItem::Kind> reviewKindFromCode(const QString& text);
std::optional<ReviewItem::State> reviewStateFromCode(const QString& text);
std::optional<ReviewAnchor::Kind> anchorKindFromCode(const QString& text);

} // namespace ys
