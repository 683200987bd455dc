// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"
#include "review/ReviewSummary.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ys::ui {

class ReviewDocument;

// The review of one measure of a plan: the flags the product proposes (confirm or dismiss them),
// the reviewer's own flags with their comments, and the comments on the measure and its values
// (add one, change required or not; the agency answers and resolves it). Every change is an undo
// command on the document's stack.
class MeasureReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MeasureReviewPanel(ReviewDocument& review, QWidget* parent = nullptr);

    void setMeasure(RowId planId, RowId measureId);
    RowId measureId() const { return m_measureId; }

    QTableWidget* flagTable() const { return m_flags; }
    QTableWidget* commentTable() const { return m_comments; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* dismissButton() const { return m_dismiss; }
    QComboBox* flagKindChoice() const { return m_flagKind; }
    QLineEdit* flagCommentEdit() const { return m_flagComment; }
    QPushButton* addFlagButton() const { return m_addFlag; }
    QComboBox* commentAnchorChoice() const { return m_anchor; }
    QLineEdit* commentEdit() const { return m_commentText; }
    QCheckBox* changeRequiredBox() const { return m_changeRequired; }
    QPushButton* addCommentButton() const { return m_addComment; }
    QLineEdit* answerEdit() const { return m_answer; }
    QPushButton* resolveButton() const { return m_resolve; }

signals:
    void historyRequested(ys::RowId measureId);

private:
    void refresh();
    void updateButtons();
    void decideFlag(bool dismiss);
    void addFlag();
    void addComment();
    void resolveComment();
    std::vector<ReviewItem> planItems() const;

    ReviewDocument& m_review;
    RowId m_planId = 0;
    RowId m_measureId = 0;
    std::vector<review::ReviewSummary::Flag> m_shownFlags;
    std::vector<ReviewItem> m_shownComments;
    QLabel* m_title = nullptr;
    QTableWidget* m_flags = nullptr;
    QTableWidget* m_comments = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_dismiss = nullptr;
    QComboBox* m_flagKind = nullptr;
    QLineEdit* m_flagComment = nullptr;
    QPushButton* m_addFlag = nullptr;
    QComboBox* m_anchor = nullptr;
    QLineEdit* m_commentText = nullptr;
    QCheckBox* m_changeRequired = nullptr;
    QPushButton* m_addComment = nullptr;
    QLineEdit* m_answer = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_history = nullptr;
};

} // namespace ys::ui
