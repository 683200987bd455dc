// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Review.h"

#include <QUndoCommand>

#include <optional>

namespace ys::ui {

class ReviewDocument;

// Writes a review item: a new one (no before), or a flag confirmed or dismissed, a comment
// resolved (before and after). Undo writes the before back, or takes a new item away again.
class ReviewItemCommand : public QUndoCommand
{
public:
    ReviewItemCommand(ReviewDocument& review, std::optional<ReviewItem> before, ReviewItem after, const QString& text);
    void redo() override;
    void undo() override;
    RowId itemId() const { return m_after.id; }

private:
    ReviewDocument& m_review;
    std::optional<ReviewItem> m_before;
    ReviewItem m_after;
};

// Scores one rubric criterion of a plan; undo puts the earlier score back, or none.
class ScoreCommand : public QUndoCommand
{
public:
    ScoreCommand(ReviewDocument& review, std::optional<RubricScore> before, RubricScore after, const QString& text);
    void redo() override;
    void undo() override;

private:
    ReviewDocument& m_review;
    std::optional<RubricScore> m_before;
    RubricScore m_after;
};

} // namespace ys::ui
