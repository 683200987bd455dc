// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewCommands.h"

#include "ReviewDocument.h"

namespace ys::ui {

ReviewItemCommand::ReviewItemCommand(ReviewDocument& review, std::optional<ReviewItem> before, ReviewItem after,
                                     const QString& text)
    : QUndoCommand(text), m_review(review), m_before(std::move(before)), m_after(std::move(after))
{
}

void ReviewItemCommand::redo()
{
    if (m_before || m_after.id == 0) {
        // An edit, or a first addition (which gets its id here).
        if (!m_review.writeItem(m_after))
            setObsolete(true);
    } else {
        (void)m_review.restoreItem(m_after); // a redone addition comes back with its id
    }
    if (!m_before)
        m_review.noteReviewerWork(m_after.anchor.planId);
}

void ReviewItemCommand::undo()
{
    if (m_before) {
        ReviewItem before = *m_before;
        (void)m_review.writeItem(before);
    } else {
        (void)m_review.removeItem(m_after.id);
    }
}

ScoreCommand::ScoreCommand(ReviewDocument& review, std::optional<RubricScore> before, RubricScore after,
                           const QString& text)
    : QUndoCommand(text), m_review(review), m_before(std::move(before)), m_after(std::move(after))
{
}

void ScoreCommand::redo()
{
    if (!m_review.writeScore(m_after))
        setObsolete(true);
    m_review.noteReviewerWork(m_after.planId);
}

void ScoreCommand::undo()
{
    if (m_before)
        (void)m_review.writeScore(*m_before);
    else
        (void)m_review.removeScore(m_after.planId, m_after.criterionId);
}

} // namespace ys::ui
