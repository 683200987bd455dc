// SPDX-License-Identifier: GPL-3.0-or-later
// Codes of the review vocabularies (Review.h), as the plan file and the review file store them.
#include "Review.h"

namespace ys {

QString code(ReviewItem::Kind kind)
{
    return kind == ReviewItem::Kind::Flag ? QStringLiteral("flag") : QStringLiteral("comment");
}

QString code(ReviewItem::State state)
{
    switch (state) {
    case ReviewItem::State::Proposed: return QStringLiteral("proposed");
    case ReviewItem::State::Confirmed: return QStringLiteral("confirmed");
    case ReviewItem::State::Dismissed: return QStringLiteral("dismissed");
    case ReviewItem::State::Open: return QStringLiteral("open");
    case ReviewItem::State::Resolved: return QStringLiteral("resolved");
    }
    return {};
}

QString label(ReviewItem::State state)
{
    switch (state) {
    case ReviewItem::State::Proposed: return QStringLiteral("Proposed");
    case ReviewItem::State::Confirmed: return QStringLiteral("Confirmed");
    case ReviewItem::State::Dismissed: return QStringLiteral("Dismissed");
    case ReviewItem::State::Open: return QStringLiteral("Open");
    case ReviewItem::State::Resolved: return QStringLiteral("Resolved");
    }
    return {};
}

QString code(ReviewAnchor::Kind kind)
{
    switch (kind) {
    case ReviewAnchor::Kind::Plan: return QStringLiteral("plan");
    case ReviewAnchor::Kind::Section: return QStringLiteral("section");
    case ReviewAnchor::Kind::Measure: return QStringLiteral("measure");
    case ReviewAnchor::Kind::Value: return QStringLiteral("value");
    }
    return {};
}

std::optional<ReviewItem::Kind> reviewKindFromCode(const QString& text)
{
    for (auto kind : {ReviewItem::Kind::Flag, ReviewItem::Kind::Comment})
        if (code(kind) == text)
            return kind;
    return std::nullopt;
}

std::optional<ReviewItem::State> reviewStateFromCode(const QString& text)
{
    for (auto state : {ReviewItem::State::Proposed, ReviewItem::State::Confirmed, ReviewItem::State::Dismissed,
                       ReviewItem::State::Open, ReviewItem::State::Resolved})
        if (code(state) == text)
            return state;
    return std::nullopt;
}

std::optional<ReviewAnchor::Kind> anchorKindFromCode(const QString& text)
{
    for (auto kind : {ReviewAnchor::Kind::Plan, ReviewAnchor::Kind::Section, ReviewAnchor::Kind::Measure,
                      ReviewAnchor::Kind::Value})
        if (code(kind) == text)
            return kind;
    return std::nullopt;
}

} // namespace ys
