// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewEditor.h"

#include "GrowingTextEdit.h"
#include "PlainText.h"
#include "TextFieldCommitter.h"
#include "domain/FiscalYear.h"
#include "ui/commands/PlanCommands.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ys::ui {
namespace {

// The earliest date the plan-date field offers stands for "no date".
const QDate NoDate(2000, 1, 1);

} // namespace

OverviewEditor::OverviewEditor(PlanDocument& document, QWidget* parent)
    : QWidget(parent), m_document(&document)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto* form = new QWidget(scroll);
    auto* grid = new QGridLayout(form);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(8);

    m_state = PlainText::label({}, form, true);
    m_state->setObjectName(QStringLiteral("planState"));
    m_state->setToolTip(tr("The plan's state changes as it goes through review, not here."));
    grid->addWidget(PlainText::label(tr("State"), form), 0, 0);
    grid->addWidget(m_state, 0, 1);

    addTextField(
        grid, tr("Agency overview"),
        tr("Why the agency exists and what it aims to achieve, in two to four sentences about the outcomes "
           "it "
           "produces for residents: whom it serves and what it changes, not a list of its services or "
           "divisions."),
        true, QStringLiteral("overview"), [](const Plan& p) { return p.overview; },
        [](Plan& p, const QString& v) { p.overview = v; }, tr("Edit agency overview"));
    addTextField(
        grid, tr("Vision"),
        tr("The future the agency is working towards: what would be true if its work fully succeeded, "
           "ambitious but grounded, and clear to someone outside city government."),
        true, QStringLiteral("vision"), [](const Plan& p) { return p.vision; },
        [](Plan& p, const QString& v) { p.vision = v; }, tr("Edit vision"));
    addTextField(
        grid, tr("Link to the Mayor's Action Plan"),
        tr("How the vision and the goals serve the Mayor's Action Plan: which pillars and pillar goals the "
           "agency's work advances."),
        true, QStringLiteral("visionLink"), [](const Plan& p) { return p.visionLink; },
        [](Plan& p, const QString& v) { p.visionLink = v; }, tr("Edit link to the Mayor's Action Plan"));
    addTextField(
        grid, tr("Website"), tr("The agency's public web address."), false, QStringLiteral("website"),
        [](const Plan& p) { return p.website; }, [](Plan& p, const QString& v) { p.website = v; },
        tr("Edit website"));
    addTextField(
        grid, tr("Contact"), tr("Who answers questions about this plan."), false, QStringLiteral("contact"),
        [](const Plan& p) { return p.contact; }, [](Plan& p, const QString& v) { p.contact = v; },
        tr("Edit contact"));

    m_date = new QDateEdit(form);
    m_date->setObjectName(QStringLiteral("planDate"));
    m_date->setAccessibleName(tr("Plan date"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(NoDate);
    m_date->setSpecialValueText(tr("Not set"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setToolTip(tr("The date of this version of the plan."));
    auto* dateLabel = PlainText::label(tr("Plan date"), form);
    dateLabel->setBuddy(m_date);
    const int dateRow = grid->rowCount();
    grid->addWidget(dateLabel, dateRow, 0);
    grid->addWidget(m_date, dateRow, 1, Qt::AlignLeft);
    m_dateIdle.setSingleShot(true);
    m_dateIdle.setInterval(TextFieldCommitter::IdleMilliseconds);
    connect(m_date, &QDateEdit::dateChanged, &m_dateIdle, qOverload<>(&QTimer::start));
    connect(m_date, &QDateEdit::editingFinished, this, &OverviewEditor::commitDate);
    connect(&m_dateIdle, &QTimer::timeout, this, &OverviewEditor::commitDate);

    addTextField(
        grid, tr("Reviewers"), tr("The analysts assigned to review this plan."), false,
        QStringLiteral("reviewers"), [](const Plan& p) { return p.reviewers; },
        [](Plan& p, const QString& v) { p.reviewers = v; }, tr("Edit reviewers"));
    grid->setRowStretch(grid->rowCount(), 1);
    scroll->setWidget(form);

    connect(&document, &PlanDocument::planChanged, this, [this](RowId id) {
        if (id == m_planId)
            refresh();
    });
    connect(&document, &PlanDocument::reloaded, this, [this] {
        for (const TextField& field : m_fields)
            field.committer->discard();
        refresh();
    });
    refresh();
}

void OverviewEditor::addTextField(QGridLayout* grid, const QString& label, const QString& help,
                                  bool multiLine, const QString& name,
                                  std::function<QString(const Plan&)> get,
                                  std::function<void(Plan&, const QString&)> set, const QString& commandText)
{
    QWidget* parent = grid->parentWidget();
    QWidget* input = nullptr;
    TextField field{nullptr, std::move(get), std::move(set), commandText};
    if (multiLine) {
        auto* text = new GrowingTextEdit(parent);
        text->setPlaceholderText(help);
        field.committer = new TextFieldCommitter(text);
        input = text;
    } else {
        auto* line = new QLineEdit(parent);
        line->setPlaceholderText(help);
        field.committer = new TextFieldCommitter(line);
        input = line;
    }
    input->setObjectName(name);
    input->setAccessibleName(label);
    input->setAccessibleDescription(help);
    input->setToolTip(help);
    auto* caption = PlainText::label(label, parent, true);
    caption->setBuddy(input);
    caption->setFixedWidth(fontMetrics().averageCharWidth() * 22);
    const int row = grid->rowCount();
    grid->addWidget(caption, row, 0, Qt::AlignTop);
    grid->addWidget(input, row, 1);
    const std::size_t index = m_fields.size();
    connect(field.committer, &TextFieldCommitter::commitRequested, this,
            [this, index] { commit(m_fields[index]); });
    m_fields.push_back(std::move(field));
}

void OverviewEditor::setPlan(RowId planId)
{
    if (planId == m_planId)
        return;
    commitPending();
    for (const TextField& field : m_fields)
        field.committer->discard();
    m_planId = planId;
    refresh();
}

void OverviewEditor::commitPending()
{
    for (const TextField& field : m_fields)
        field.committer->commitNow();
    if (m_dateIdle.isActive())
        commitDate();
}

void OverviewEditor::hideEvent(QHideEvent* event)
{
    commitPending();
    QWidget::hideEvent(event);
}

std::optional<Plan> OverviewEditor::storedPlan() const
{
    const Plan* plan = m_document ? m_document->snapshot().plan(m_planId) : nullptr;
    return plan ? std::optional<Plan>(*plan) : std::nullopt;
}

void OverviewEditor::refresh()
{
    const std::optional<Plan> plan = storedPlan();
    const bool editable = plan && !m_document->isReadOnly();
    for (const TextField& field : m_fields) {
        field.committer->showText(plan ? field.get(*plan) : QString());
        if (auto* line = qobject_cast<QLineEdit*>(field.committer->parent()))
            line->setReadOnly(!editable);
        else if (auto* text = qobject_cast<GrowingTextEdit*>(field.committer->parent()))
            text->setReadOnly(!editable);
    }
    m_date->setReadOnly(!editable);
    if (!m_dateIdle.isActive()) {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(plan && plan->planDate.isValid() ? plan->planDate : NoDate);
    }
    if (!plan) {
        m_state->setText(tr("No plan selected"));
        return;
    }
    m_state->setText(tr("%1 \u00b7 version %2 \u00b7 %3 plan")
                         .arg(label(plan->state))
                         .arg(plan->version)
                         .arg(FiscalYear(plan->cycle).label()));
}

void OverviewEditor::commit(const TextField& field)
{
    const std::optional<Plan> before = storedPlan();
    if (!before || m_document->isReadOnly())
        return;
    Plan after = *before;
    field.set(after, field.committer->text());
    if (field.get(after) == field.get(*before))
        return;
    m_document->undoStack()->push(new SetPlanCommand(*m_document, *before, after, field.commandText));
}

void OverviewEditor::commitDate()
{
    m_dateIdle.stop();
    const std::optional<Plan> before = storedPlan();
    if (!before || m_document->isReadOnly())
        return;
    Plan after = *before;
    after.planDate = m_date->date() == NoDate ? QDate() : m_date->date();
    if (after.planDate == before->planDate)
        return;
    m_document->undoStack()->push(new SetPlanCommand(*m_document, *before, after, tr("Change plan date")));
}

} // namespace ys::ui
