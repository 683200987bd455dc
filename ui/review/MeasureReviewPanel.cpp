// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureReviewPanel.h"

#include "ReviewCommands.h"
#include "ReviewDocument.h"
#include "ReviewTables.h"

#include "domain/FiscalYear.h"
#include "review/FlagKind.h"
#include "review/ReviewItemBuilder.h"
#include "review/ReviewItemText.h"
#include "ui/document/PlanDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ys::ui {

MeasureReviewPanel::MeasureReviewPanel(ReviewDocument& review, QWidget* parent) : QWidget(parent), m_review(review)
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_history = new QPushButton(tr("History..."), this);
    m_history->setToolTip(tr("Every recorded change of this measure: who, when, old and new value"));

    m_flags = ReviewTables::make(this, {tr("Flag"), tr("State"), tr("Reason or comment"), tr("Since review")},
                                 tr("Review flags of the measure"));
    m_confirm = new QPushButton(tr("&Confirm"), this);
    m_confirm->setToolTip(tr("Confirm the selected flag: the agency will see it"));
    m_dismiss = new QPushButton(tr("D&ismiss"), this);
    m_dismiss->setToolTip(tr("Dismiss the selected flag: it does not apply"));
    m_flagKind = new QComboBox(this);
    m_flagKind->setAccessibleName(tr("Kind of flag to add"));
    for (review::FlagKind kind : review::allFlagKinds())
        m_flagKind->addItem(review::label(kind), review::code(kind));
    m_flagComment = new QLineEdit(this);
    m_flagComment->setPlaceholderText(tr("Why (needed for your own flags)"));
    m_flagComment->setAccessibleName(tr("Comment of the flag to add"));
    m_addFlag = new QPushButton(tr("Add &Flag"), this);

    m_comments = ReviewTables::make(this, {tr("On"), tr("Comment"), tr("Change"), tr("State"), tr("Answer"), tr("Since review")},
                                    tr("Comments on the measure"));
    m_anchor = new QComboBox(this);
    m_anchor->setAccessibleName(tr("What the comment is about"));
    m_commentText = new QLineEdit(this);
    m_commentText->setPlaceholderText(tr("A comment for the agency"));
    m_commentText->setAccessibleName(tr("Comment to add"));
    m_changeRequired = new QCheckBox(tr("Change &required"), this);
    m_addComment = new QPushButton(tr("Add C&omment"), this);
    m_answer = new QLineEdit(this);
    m_answer->setPlaceholderText(tr("The agency's answer to the selected comment"));
    m_answer->setAccessibleName(tr("Answer"));
    m_resolve = new QPushButton(tr("Answer and &Resolve"), this);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_history);
    auto* flagBar = new QHBoxLayout;
    flagBar->addWidget(m_confirm);
    flagBar->addWidget(m_dismiss);
    flagBar->addSpacing(16);
    flagBar->addWidget(m_flagKind);
    flagBar->addWidget(m_flagComment, 1);
    flagBar->addWidget(m_addFlag);
    auto* commentBar = new QHBoxLayout;
    commentBar->addWidget(m_anchor);
    commentBar->addWidget(m_commentText, 1);
    commentBar->addWidget(m_changeRequired);
    commentBar->addWidget(m_addComment);
    auto* answerBar = new QHBoxLayout;
    answerBar->addWidget(m_answer, 1);
    answerBar->addWidget(m_resolve);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_flags, 1);
    layout->addLayout(flagBar);
    layout->addWidget(m_comments, 1);
    layout->addLayout(commentBar);
    layout->addLayout(answerBar);

    connect(&review, &ReviewDocument::reviewChanged, this, &MeasureReviewPanel::refresh);
    connect(m_flags, &QTableWidget::itemSelectionChanged, this, &MeasureReviewPanel::updateButtons);
    connect(m_comments, &QTableWidget::itemSelectionChanged, this, &MeasureReviewPanel::updateButtons);
    connect(m_confirm, &QPushButton::clicked, this, [this] { decideFlag(false); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { decideFlag(true); });
    connect(m_addFlag, &QPushButton::clicked, this, &MeasureReviewPanel::addFlag);
    connect(m_flagComment, &QLineEdit::returnPressed, this, &MeasureReviewPanel::addFlag);
    connect(m_addComment, &QPushButton::clicked, this, &MeasureReviewPanel::addComment);
    connect(m_commentText, &QLineEdit::returnPressed, this, &MeasureReviewPanel::addComment);
    connect(m_resolve, &QPushButton::clicked, this, &MeasureReviewPanel::resolveComment);
    connect(m_answer, &QLineEdit::returnPressed, this, &MeasureReviewPanel::resolveComment);
    connect(m_history, &QPushButton::clicked, this, [this] {
        if (m_measureId)
            emit historyRequested(m_measureId);
    });
    refresh();
}

void MeasureReviewPanel::setMeasure(RowId planId, RowId measureId)
{
    m_planId = planId;
    m_measureId = measureId;
    m_anchor->clear();
    const storage::PlanSnapshot& snapshot = m_review.document().snapshot();
    const Plan* plan = snapshot.plan(planId);
    m_anchor->addItem(tr("The measure"), QString());
    if (plan) {
        // The plan year, the year before it, and every year the measure has an annual value for.
        QList<int> years{plan->cycle, plan->cycle - 1};
        for (const Value& v : snapshot.valuesOf(measureId))
            if (v.period == Period::Annual && !years.contains(v.fiscalYear))
                years << v.fiscalYear;
        std::sort(years.begin(), years.end(), std::greater<>());
        for (int year : years)
            m_anchor->addItem(tr("%1 annual value").arg(FiscalYear(year).label()), year);
    }
    refresh();
}

std::vector<ReviewItem> MeasureReviewPanel::planItems() const
{
    std::vector<ReviewItem> items;
    if (const review::ReviewSummary* summary = m_review.summary(m_planId)) {
        for (const auto& f : summary->flags)
            if (f.item)
                items.push_back(*f.item);
        for (const auto& c : summary->comments)
            items.push_back(c.item);
    }
    return items;
}

void MeasureReviewPanel::refresh()
{
    const storage::PlanSnapshot& snapshot = m_review.document().snapshot();
    const Measure* measure = snapshot.measure(m_measureId);
    m_title->setText(measure ? tr("Review of measure #%1: %2").arg(measure->id).arg(measure->title)
                             : tr("Choose a measure to review."));
    m_shownFlags.clear();
    m_shownComments.clear();
    if (const review::ReviewSummary* summary = measure ? m_review.summary(m_planId) : nullptr) {
        for (const auto& f : summary->flags)
            if (f.measureId == m_measureId)
                m_shownFlags.push_back(f);
        for (const auto& c : summary->comments)
            if (c.item.anchor.measureId == m_measureId)
                m_shownComments.push_back(c.item);
    }
    const QString changed = tr("Changed since review");
    ReviewTables::fill(m_flags, int(m_shownFlags.size()), [&](int row) -> QStringList {
        const auto& f = m_shownFlags[size_t(row)];
        const QString why = f.item && !f.item->text.isEmpty() ? f.item->text : f.reason;
        return {review::ReviewItemText::flagLabel(f.kind), label(f.state), why, f.changedSinceReview ? changed : QString()};
    });
    const review::ReviewSummary* summary = m_review.summary(m_planId);
    ReviewTables::fill(m_comments, int(m_shownComments.size()), [&](int row) -> QStringList {
        const ReviewItem& c = m_shownComments[size_t(row)];
        bool moved = false;
        if (summary)
            for (const auto& sc : summary->comments)
                if (sc.item.id == c.id)
                    moved = sc.changedSinceReview;
        const QString on = c.anchor.kind == ReviewAnchor::Kind::Value
                               ? tr("%1 %2").arg(FiscalYear(c.anchor.fiscalYear).label(), c.anchor.period)
                               : tr("measure");
        return {on, c.text, c.changeRequired ? tr("required") : QString(), label(c.state), c.answer,
                moved ? changed : QString()};
    });
    updateButtons();
}

void MeasureReviewPanel::updateButtons()
{
    const bool writable = !m_review.document().isReadOnly() && m_measureId != 0;
    const int flagRow = ReviewTables::selectedRow(m_flags);
    const int commentRow = ReviewTables::selectedRow(m_comments);
    const auto* flag = flagRow >= 0 && flagRow < int(m_shownFlags.size()) ? &m_shownFlags[size_t(flagRow)] : nullptr;
    m_confirm->setEnabled(writable && flag && flag->state != ReviewItem::State::Confirmed);
    m_dismiss->setEnabled(writable && flag && flag->state != ReviewItem::State::Dismissed);
    for (QWidget* w : std::initializer_list<QWidget*>{m_flagKind, m_flagComment, m_addFlag, m_anchor, m_commentText,
                                                      m_changeRequired, m_addComment})
        w->setEnabled(writable);
    const bool open = commentRow >= 0 && commentRow < int(m_shownComments.size()) &&
                      m_shownComments[size_t(commentRow)].state == ReviewItem::State::Open;
    m_answer->setEnabled(writable && open);
    m_resolve->setEnabled(writable && open);
}

void MeasureReviewPanel::decideFlag(bool dismiss)
{
    const int row = ReviewTables::selectedRow(m_flags);
    if (row < 0 || row >= int(m_shownFlags.size()))
        return;
    const auto flag = m_shownFlags[size_t(row)];
    const auto kind = review::flagKindFromCode(flag.kind);
    if (!kind)
        return;
    auto item = review::ReviewItemBuilder::flag(m_review.document().file(), m_review.document().snapshot(), planItems(),
                                                {m_planId, m_measureId, *kind, {}, dismiss});
    if (!item) {
        emit m_review.document().writeFailed(item.error().describe());
        return;
    }
    const QString text = dismiss ? tr("Dismiss flag \u201c%1\u201d on measure #%2") : tr("Confirm flag \u201c%1\u201d on measure #%2");
    m_review.document().undoStack()->push(new ReviewItemCommand(m_review, flag.item, *item,
                                                                text.arg(review::label(*kind)).arg(m_measureId)));
}

void MeasureReviewPanel::addFlag()
{
    const auto kind = review::flagKindFromCode(m_flagKind->currentData().toString());
    if (!kind || !m_addFlag->isEnabled())
        return;
    std::optional<ReviewItem> before;
    for (const auto& f : m_shownFlags)
        if (f.kind == review::code(*kind))
            before = f.item;
    auto item = review::ReviewItemBuilder::flag(m_review.document().file(), m_review.document().snapshot(), planItems(),
                                                {m_planId, m_measureId, *kind, m_flagComment->text(), false});
    if (!item) {
        emit m_review.document().writeFailed(item.error().describe());
        return;
    }
    m_review.document().undoStack()->push(new ReviewItemCommand(
        m_review, before, *item, tr("Flag measure #%1: %2").arg(m_measureId).arg(review::label(*kind))));
    m_flagComment->clear();
}

void MeasureReviewPanel::addComment()
{
    if (!m_addComment->isEnabled() || m_commentText->text().trimmed().isEmpty())
        return;
    ReviewAnchor anchor;
    anchor.planId = m_planId;
    anchor.measureId = m_measureId;
    anchor.kind = ReviewAnchor::Kind::Measure;
    const QVariant year = m_anchor->currentData();
    if (year.typeId() == QMetaType::Int) {
        anchor.kind = ReviewAnchor::Kind::Value;
        anchor.fiscalYear = year.toInt();
        anchor.period = code(Period::Annual);
    }
    auto item = review::ReviewItemBuilder::comment(m_review.document().file(), m_review.document().snapshot(),
                                                   {anchor, m_commentText->text(), m_changeRequired->isChecked()});
    if (!item) {
        emit m_review.document().writeFailed(item.error().describe());
        return;
    }
    m_review.document().undoStack()->push(
        new ReviewItemCommand(m_review, std::nullopt, *item, tr("Comment on measure #%1").arg(m_measureId)));
    m_commentText->clear();
    m_changeRequired->setChecked(false);
}

void MeasureReviewPanel::resolveComment()
{
    const int row = ReviewTables::selectedRow(m_comments);
    if (row < 0 || row >= int(m_shownComments.size()) || !m_resolve->isEnabled())
        return;
    const ReviewItem comment = m_shownComments[size_t(row)];
    auto resolved = review::ReviewItemBuilder::resolution(m_review.document().file(), comment, m_answer->text());
    if (!resolved) {
        emit m_review.document().writeFailed(resolved.error().describe());
        return;
    }
    m_review.document().undoStack()->push(
        new ReviewItemCommand(m_review, comment, *resolved, tr("Resolve comment %1").arg(comment.id)));
    m_answer->clear();
}

} // namespace ys::ui
