// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"
#include "domain/Review.h"
#include "review/PlanLifeCycle.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ys::ui {

class ReviewDocument;

// The review of a plan as a whole: its state and version, the decisions that move it (submit,
// return, approve, publish through the publish gate), the rubric scored 1-4 per criterion with the
// overall score, and the comments on the plan and its sections (and, listed, on its measures).
class PlanReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlanReviewPage(ReviewDocument& review, QWidget* parent = nullptr);

    void setPlan(RowId planId);
    RowId planId() const { return m_planId; }

    QTableWidget* rubricTable() const { return m_rubric; }
    QLabel* overallLabel() const { return m_overall; }
    QLabel* stateLabel() const { return m_state; }
    QTableWidget* commentTable() const { return m_comments; }
    QComboBox* commentAnchorChoice() const { return m_anchor; }
    QLineEdit* commentEdit() const { return m_commentText; }
    QCheckBox* changeRequiredBox() const { return m_changeRequired; }
    QPushButton* addCommentButton() const { return m_addComment; }
    QLineEdit* answerEdit() const { return m_answer; }
    QPushButton* resolveButton() const { return m_resolve; }
    QPushButton* decisionButton(review::Decision decision) const;
    // Scores a criterion (row of the rubric table) as the score box does: 0 clears nothing, 1-4 scores.
    void score(int row, int value);

signals:
    void exportRequested();
    void mergeRequested();
    void compareRequested();
    void historyRequested(ys::RowId planId);
    // A decision was refused or done; the page shows why in its own line too.
    void decided(const QString& message);

private:
    void refresh();
    void decide(review::Decision decision);
    void addComment();
    void resolveComment();

    ReviewDocument& m_review;
    RowId m_planId = 0;
    std::vector<RubricCriterion> m_criteria;
    std::vector<ReviewItem> m_shownComments;
    QLabel* m_title = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_gate = nullptr;
    QLabel* m_overall = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_publish = nullptr;
    QTableWidget* m_rubric = nullptr;
    QTableWidget* m_comments = nullptr;
    QComboBox* m_anchor = nullptr;
    QLineEdit* m_commentText = nullptr;
    QCheckBox* m_changeRequired = nullptr;
    QPushButton* m_addComment = nullptr;
    QLineEdit* m_answer = nullptr;
    QPushButton* m_resolve = nullptr;
    bool m_filling = false;
};

} // namespace ys::ui
