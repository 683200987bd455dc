// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanReviewPage.h"

#include "ReviewCommands.h"
#include "ReviewDocument.h"
#include "ReviewTables.h"

#include "domain/FiscalYear.h"
#include "review/PlanLookup.h"
#include "review/ReviewItemBuilder.h"
#include "review/ReviewItemText.h"
#include "review/Rubric.h"
#include "ui/document/PlanDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QLocale>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ys::ui {
namespace {

QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QString sectionLabel(const QString& section)
{
    if (section == QLatin1String("overview"))
        return PlanReviewPage::tr("Direction and alignment");
    if (section == QLatin1String("goals"))
        return PlanReviewPage::tr("Goals, initiatives and KPIs");
    if (section == QLatin1String("services"))
        return PlanReviewPage::tr("Service-level metrics");
    if (section == QLatin1String("risks"))
        return PlanReviewPage::tr("Risks and dependencies");
    if (section == QLatin1String("personnel"))
        return PlanReviewPage::tr("Key personnel");
    return section;
}

} // namespace

PlanReviewPage::PlanReviewPage(ReviewDocument& review, QWidget* parent) : QWidget(parent), m_review(review)
{
    m_title = plainLabel(this);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_state = plainLabel(this);
    m_gate = plainLabel(this);
    m_message = plainLabel(this);
    m_submit = new QPushButton(tr("&Submit"), this);
    m_submit->setToolTip(tr("The agency sends the plan (a draft, or a returned plan as a new version)"));
    m_return = new QPushButton(tr("Re&turn"), this);
    m_return->setToolTip(tr("Send the plan back to the agency with the required changes"));
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setToolTip(tr("Approve the plan: its measures lock except the latest actual and the next target"));
    m_publish = new QPushButton(tr("&Publish"), this);
    m_publish->setToolTip(tr("Publish an approved plan that passes the publish gate"));
    auto* exportButton = new QPushButton(tr("Export Review..."), this);
    auto* mergeButton = new QPushButton(tr("Merge Review..."), this);
    auto* compareButton = new QPushButton(tr("Compare with..."), this);
    auto* historyButton = new QPushButton(tr("History..."), this);

    m_rubric = ReviewTables::make(this, {tr("Section"), tr("Criterion"), tr("Weight"), tr("Score"), tr("Note")},
                                  tr("Review rubric"));
    m_overall = plainLabel(this);
    m_comments = ReviewTables::make(this, {tr("On"), tr("Comment"), tr("Change"), tr("State"), tr("Answer"), tr("Since review")},
                                    tr("Comments on the plan"));
    m_anchor = new QComboBox(this);
    m_anchor->setAccessibleName(tr("What the comment is about"));
    m_anchor->addItem(tr("The plan"), QString());
    for (const QString& section : reviewSections())
        m_anchor->addItem(sectionLabel(section), section);
    m_commentText = new QLineEdit(this);
    m_commentText->setPlaceholderText(tr("A comment for the agency"));
    m_commentText->setAccessibleName(tr("Comment to add"));
    m_changeRequired = new QCheckBox(tr("Change &required"), this);
    m_addComment = new QPushButton(tr("Add C&omment"), this);
    m_answer = new QLineEdit(this);
    m_answer->setPlaceholderText(tr("The agency's answer to the selected comment"));
    m_answer->setAccessibleName(tr("Answer"));
    m_resolve = new QPushButton(tr("Answer and &Resolve"), this);

    auto* decisions = new QHBoxLayout;
    for (QPushButton* b : {m_submit, m_return, m_approve, m_publish})
        decisions->addWidget(b);
    decisions->addStretch(1);
    for (QPushButton* b : {exportButton, mergeButton, compareButton, historyButton})
        decisions->addWidget(b);

    auto* rubricBox = new QGroupBox(tr("Rubric"), this);
    auto* rubricLayout = new QVBoxLayout(rubricBox);
    rubricLayout->addWidget(m_rubric, 1);
    rubricLayout->addWidget(m_overall);
    auto* commentBox = new QGroupBox(tr("Comments"), this);
    auto* commentLayout = new QVBoxLayout(commentBox);
    commentLayout->addWidget(m_comments, 1);
    auto* commentBar = new QHBoxLayout;
    commentBar->addWidget(m_anchor);
    commentBar->addWidget(m_commentText, 1);
    commentBar->addWidget(m_changeRequired);
    commentBar->addWidget(m_addComment);
    commentLayout->addLayout(commentBar);
    auto* answerBar = new QHBoxLayout;
    answerBar->addWidget(m_answer, 1);
    answerBar->addWidget(m_resolve);
    commentLayout->addLayout(answerBar);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(rubricBox);
    split->addWidget(commentBox);
    split->setChildrenCollapsible(false);
    split->setSizes({620, 720});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_gate);
    layout->addLayout(decisions);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(&review, &ReviewDocument::reviewChanged, this, &PlanReviewPage::refresh);
    connect(m_submit, &QPushButton::clicked, this, [this] { decide(review::Decision::Submit); });
    connect(m_return, &QPushButton::clicked, this, [this] { decide(review::Decision::Return); });
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(review::Decision::Approve); });
    connect(m_publish, &QPushButton::clicked, this, [this] { decide(review::Decision::Publish); });
    connect(exportButton, &QPushButton::clicked, this, &PlanReviewPage::exportRequested);
    connect(mergeButton, &QPushButton::clicked, this, &PlanReviewPage::mergeRequested);
    connect(compareButton, &QPushButton::clicked, this, &PlanReviewPage::compareRequested);
    connect(historyButton, &QPushButton::clicked, this, [this] { emit historyRequested(m_planId); });
    connect(m_addComment, &QPushButton::clicked, this, &PlanReviewPage::addComment);
    connect(m_commentText, &QLineEdit::returnPressed, this, &PlanReviewPage::addComment);
    connect(m_resolve, &QPushButton::clicked, this, &PlanReviewPage::resolveComment);
    connect(m_answer, &QLineEdit::returnPressed, this, &PlanReviewPage::resolveComment);
    connect(m_comments, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = ReviewTables::selectedRow(m_comments);
        const bool open = row >= 0 && row < int(m_shownComments.size()) &&
                          m_shownComments[size_t(row)].state == ReviewItem::State::Open;
        m_answer->setEnabled(open && !m_review.document().isReadOnly());
        m_resolve->setEnabled(m_answer->isEnabled());
    });
}

QPushButton* PlanReviewPage::decisionButton(review::Decision decision) const
{
    switch (decision) {
    case review::Decision::Submit: return m_submit;
    case review::Decision::Return: return m_return;
    case review::Decision::Approve: return m_approve;
    case review::Decision::Publish: return m_publish;
    case review::Decision::StartReview: break;
    }
    return nullptr;
}

void PlanReviewPage::setPlan(RowId planId)
{
    m_planId = planId;
    m_message->clear();
    refresh();
}

void PlanReviewPage::refresh()
{
    const storage::PlanSnapshot& snapshot = m_review.document().snapshot();
    const Plan* plan = snapshot.plan(m_planId);
    const review::ReviewSummary* summary = plan ? m_review.summary(m_planId) : nullptr;
    const bool writable = plan && !m_review.document().isReadOnly();
    m_title->setText(plan ? tr("Review of %1").arg(review::PlanLookup::describe(snapshot, *plan))
                          : tr("Choose a plan in the plan tree to review it."));
    if (plan) {
        QString last;
        if (summary && summary->latestDecision())
            last = tr(" Last decision: %1 by %2 on %3.")
                       .arg(label(summary->latestDecision()->to), summary->latestDecision()->author,
                            QLocale().toString(summary->latestDecision()->decidedAt.toLocalTime(), QLocale::ShortFormat));
        m_state->setText(tr("State: %1, version %2.%3").arg(label(plan->state)).arg(plan->version).arg(last));
        m_gate->setText(summary && summary->gate.isEmpty()
                            ? tr("Publish gate: passes.")
                            : tr("Publish gate: %n number(s) or notes missing (last year's actuals, the plan year's "
                                 "targets).",
                                 nullptr, summary ? int(summary->gate.size()) : 0));
    } else {
        m_state->clear();
        m_gate->clear();
    }
    for (auto d : {review::Decision::Submit, review::Decision::Return, review::Decision::Approve, review::Decision::Publish})
        decisionButton(d)->setEnabled(writable && review::nextState(plan->state, d).ok());

    // The rubric, one row per criterion, with a score box each (the default one, not yet installed,
    // for a file that carries none: the first score installs it).
    m_criteria = summary ? summary->criteria : std::vector<RubricCriterion>{};
    m_filling = true;
    QHash<RowId, RubricScore> scoreOf;
    if (summary)
        for (const RubricScore& s : summary->scores)
            scoreOf.insert(s.criterionId, s);
    ReviewTables::fill(m_rubric, int(m_criteria.size()), [&](int row) -> QStringList {
        const RubricCriterion& c = m_criteria[size_t(row)];
        return {review::rubricSectionLabel(c.section), c.title, QString::number(c.weight), QString(),
                scoreOf.value(c.id).note};
    });
    for (int row = 0; row < int(m_criteria.size()); ++row) {
        const RubricCriterion& c = m_criteria[size_t(row)];
        m_rubric->item(row, 1)->setToolTip(Qt::convertFromPlainText(c.guidance, Qt::WhiteSpaceNormal));
        auto* box = qobject_cast<QComboBox*>(m_rubric->cellWidget(row, 3));
        if (!box) {
            box = new QComboBox(m_rubric);
            box->addItems({tr("\u2014"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")});
            box->setAccessibleName(tr("Score"));
            m_rubric->setCellWidget(row, 3, box);
            connect(box, &QComboBox::activated, this, [this, row](int index) { score(row, index); });
        }
        box->setAccessibleDescription(c.title);
        box->setCurrentIndex(scoreOf.contains(c.id) ? scoreOf.value(c.id).score : 0);
        box->setEnabled(writable);
    }
    m_rubric->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Fixed);
    m_rubric->setColumnWidth(3, m_rubric->fontMetrics().horizontalAdvance(QStringLiteral("Score 4")) + 40);
    m_filling = false;
    if (summary && summary->rubric.overall)
        m_overall->setText(tr("Overall score: %1 of 4 (weighted mean of %2 of %3 criteria scored, weight %4 of 100).")
                               .arg(QString::number(*summary->rubric.overall, 'f', 2))
                               .arg(summary->rubric.scored)
                               .arg(summary->rubric.criteria)
                               .arg(summary->rubric.weightScored));
    else
        m_overall->setText(tr("Overall score: not scored yet. Score each criterion 1 (weak) to 4 (strong)."));

    // Every comment of the plan: on the plan, its sections, its measures and their values.
    m_shownComments.clear();
    std::vector<bool> moved;
    if (summary)
        for (const auto& c : summary->comments) {
            m_shownComments.push_back(c.item);
            moved.push_back(c.changedSinceReview);
        }
    ReviewTables::fill(m_comments, int(m_shownComments.size()), [&](int row) -> QStringList {
        const ReviewItem& c = m_shownComments[size_t(row)];
        // Short, so that the comment has the room: the measure's title is in the tooltip.
        QString on = tr("Plan");
        if (c.anchor.kind == ReviewAnchor::Kind::Section)
            on = sectionLabel(c.anchor.section);
        else if (c.anchor.kind == ReviewAnchor::Kind::Measure)
            on = tr("#%1").arg(c.anchor.measureId);
        else if (c.anchor.kind == ReviewAnchor::Kind::Value)
            on = tr("#%1 %2 %3").arg(c.anchor.measureId).arg(FiscalYear(c.anchor.fiscalYear).label(), c.anchor.period);
        return {on, c.text, c.changeRequired ? tr("required") : QString(), label(c.state), c.answer,
                moved[size_t(row)] ? tr("Changed since review") : QString()};
    });
    for (int r = 0; r < int(m_shownComments.size()); ++r)
        m_comments->item(r, 0)->setToolTip(review::ReviewItemText::anchor(snapshot, m_shownComments[size_t(r)].anchor));
    for (QWidget* w : std::initializer_list<QWidget*>{m_anchor, m_commentText, m_changeRequired, m_addComment})
        w->setEnabled(writable);
    const int row = ReviewTables::selectedRow(m_comments);
    const bool open = row >= 0 && row < int(m_shownComments.size()) &&
                      m_shownComments[size_t(row)].state == ReviewItem::State::Open;
    m_answer->setEnabled(writable && open);
    m_resolve->setEnabled(writable && open);
}

void PlanReviewPage::score(int row, int value)
{
    if (m_filling || row < 0 || row >= int(m_criteria.size()) || value < 1 || value > 4)
        return;
    RubricCriterion c = m_criteria[size_t(row)];
    if (c.id == 0) {
        for (const RubricCriterion& installed : m_review.rubric())
            if (installed.code == c.code)
                c = installed;
        if (c.id == 0)
            return;
    }
    std::optional<RubricScore> before;
    if (const review::ReviewSummary* summary = m_review.summary(m_planId))
        for (const RubricScore& s : summary->scores)
            if (s.criterionId == c.id)
                before = s;
    if (before && before->score == value)
        return;
    RubricScore after{m_planId, c.id, value, before ? before->note : QString(), m_review.document().file().userName(),
                      QDateTime::currentDateTimeUtc()};
    m_review.document().undoStack()->push(
        new ScoreCommand(m_review, before, after, tr("Score \u201c%1\u201d %2").arg(c.title).arg(value)));
}

void PlanReviewPage::decide(review::Decision decision)
{
    auto outcome = m_review.decide(m_planId, decision);
    if (!outcome) {
        m_message->setText(outcome.error().describe());
    } else if (!outcome->done) {
        QStringList missing;
        for (const auto& g : outcome->gate.mid(0, 5))
            missing << tr("#%1 %2 (%3)").arg(g.measureId).arg(g.measureTitle, g.what);
        m_message->setText(tr("Not published: the plan does not pass the publish gate; %n number(s) or notes are "
                              "missing, for example %1.",
                              nullptr, int(outcome->gate.size()))
                               .arg(missing.join(tr("; "))));
    } else {
        m_message->setText(tr("%1 \u2192 %2 (version %3). %4")
                               .arg(label(outcome->from), label(outcome->plan.state))
                               .arg(outcome->plan.version)
                               .arg(outcome->notices.join(QLatin1Char(' '))));
    }
    emit decided(m_message->text());
}

void PlanReviewPage::addComment()
{
    if (!m_addComment->isEnabled() || m_commentText->text().trimmed().isEmpty())
        return;
    ReviewAnchor anchor;
    anchor.planId = m_planId;
    anchor.section = m_anchor->currentData().toString();
    anchor.kind = anchor.section.isEmpty() ? ReviewAnchor::Kind::Plan : ReviewAnchor::Kind::Section;
    auto item = review::ReviewItemBuilder::comment(m_review.document().file(), m_review.document().snapshot(),
                                                   {anchor, m_commentText->text(), m_changeRequired->isChecked()});
    if (!item) {
        m_message->setText(item.error().describe());
        return;
    }
    m_review.document().undoStack()->push(
        new ReviewItemCommand(m_review, std::nullopt, *item, tr("Comment on %1").arg(m_anchor->currentText())));
    m_commentText->clear();
    m_changeRequired->setChecked(false);
}

void PlanReviewPage::resolveComment()
{
    const int row = ReviewTables::selectedRow(m_comments);
    if (row < 0 || row >= int(m_shownComments.size()) || !m_resolve->isEnabled())
        return;
    const ReviewItem comment = m_shownComments[size_t(row)];
    auto resolved = review::ReviewItemBuilder::resolution(m_review.document().file(), comment, m_answer->text());
    if (!resolved) {
        m_message->setText(resolved.error().describe());
        return;
    }
    m_review.document().undoStack()->push(
        new ReviewItemCommand(m_review, comment, *resolved, tr("Resolve comment %1").arg(comment.id)));
    m_answer->clear();
}

} // namespace ys::ui
