// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalForm.h"

#include "EditorChoices.h"
#include "FindingsLabel.h"
#include "GrowingTextEdit.h"
#include "InitiativeTableModel.h"
#include "PlainText.h"
#include "SectionTablePanel.h"
#include "TextFieldCommitter.h"
#include "domain/FiscalYear.h"
#include "rules/SmartChecks.h"
#include "ui/commands/PlanCommands.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QUuid>

namespace ys::ui {

GoalForm::GoalForm(PlanDocument& document, QWidget* parent) : QWidget(parent), m_document(&document)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setColumnStretch(1, 1);

    m_heading = PlainText::label({}, this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading, 0, 0, 1, 2);

    m_statement = new GrowingTextEdit(this);
    m_statement->setObjectName(QStringLiteral("goalStatement"));
    m_statement->setLineLimits(2, 6);
    m_statement->setAccessibleName(tr("Goal statement"));
    const QString statementHelp =
        tr("A SMART goal: what will change, for whom, by how much, and by when, e.g. \"Raise the share of "
           "... from "
           "51% to 60% by June 30, 2028\". Goals stay the same for the whole plan period.");
    m_statement->setPlaceholderText(statementHelp);
    m_statement->setToolTip(statementHelp);
    m_statementCommitter = new TextFieldCommitter(m_statement);
    m_findings = new FindingsLabel(this);
    m_findings->setObjectName(QStringLiteral("findings:statement"));
    auto* statementLabel = PlainText::label(tr("Goal statement"), this);
    statementLabel->setBuddy(m_statement);
    layout->addWidget(statementLabel, 1, 0, Qt::AlignTop);
    layout->addWidget(m_statement, 1, 1);
    layout->addWidget(m_findings, 2, 1);

    m_pillarGoal = new QComboBox(this);
    m_pillarGoal->setObjectName(QStringLiteral("goalPillarGoal"));
    m_pillarGoal->setAccessibleName(tr("Pillar goal"));
    m_pillarGoal->setToolTip(tr("The goal of the Mayor's Action Plan this goal advances."));
    EditorChoices::makeCompact(m_pillarGoal, 30);
    m_link = new QComboBox(this);
    m_link->setObjectName(QStringLiteral("goalLink"));
    m_link->setAccessibleName(tr("Kind of link to the pillar goal"));
    EditorChoices::fill(m_link, EditorChoices::linkKinds());
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_pillarGoal, 1);
    linkRow->addWidget(m_link);
    auto* pillarLabel = PlainText::label(tr("Pillar goal"), this);
    pillarLabel->setBuddy(m_pillarGoal);
    layout->addWidget(pillarLabel, 3, 0);
    layout->addLayout(linkRow, 3, 1);

    auto* initiativesLabel = PlainText::label(
        tr("This year's initiatives: concrete actions with a start and an end in the fiscal year, "
           "an owner and a status, that clearly advance the goal."),
        this, true);
    layout->addWidget(initiativesLabel, 4, 0, 1, 2);
    m_initiatives = new SectionTablePanel(tr("Add initiative"), tr("Remove initiative"), this);
    m_initiatives->setObjectName(QStringLiteral("initiatives"));
    m_initiativeModel = new InitiativeTableModel(document, this);
    m_initiatives->setModel(m_initiativeModel);
    m_initiatives->view()->setAccessibleName(tr("Initiatives"));
    m_initiatives->setRowLines(3);
    QHeaderView* header = m_initiatives->view()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(InitiativeTableModel::Description, QHeaderView::Stretch);
    const int em = fontMetrics().averageCharWidth();
    header->resizeSection(InitiativeTableModel::Title, em * 26);
    header->resizeSection(InitiativeTableModel::Start, em * 12);
    header->resizeSection(InitiativeTableModel::End, em * 12);
    header->resizeSection(InitiativeTableModel::Owner, em * 18);
    header->resizeSection(InitiativeTableModel::Status, em * 13);
    layout->addWidget(m_initiatives, 5, 0, 1, 2);
    layout->setRowStretch(5, 1);

    connect(m_statementCommitter, &TextFieldCommitter::edited, this, &GoalForm::updateFindings);
    connect(m_statementCommitter, &TextFieldCommitter::commitRequested, this, &GoalForm::commitStatement);
    connect(m_pillarGoal, &QComboBox::activated, this, &GoalForm::commitLink);
    connect(m_link, &QComboBox::activated, this, &GoalForm::commitLink);
    connect(m_initiatives, &SectionTablePanel::addRequested, this, &GoalForm::addInitiative);
    connect(m_initiatives, &SectionTablePanel::removeRequested, this, &GoalForm::removeInitiative);
    connect(&document, &PlanDocument::sectionsChanged, this, &GoalForm::refresh);
    connect(&document, &PlanDocument::reloaded, this, [this] {
        m_statementCommitter->discard();
        refresh();
    });
    refresh();
}

void GoalForm::setGoal(RowId planId, RowId goalId)
{
    if (planId == m_planId && goalId == m_goalId)
        return;
    commitPending();
    m_statementCommitter->discard();
    m_planId = planId;
    m_goalId = goalId;
    m_initiativeModel->setOwner(goalId);
    refresh();
}

void GoalForm::commitPending()
{
    m_statementCommitter->commitNow();
}

void GoalForm::focusStatement()
{
    m_statement->setFocus();
}

std::optional<Goal> GoalForm::storedGoal() const
{
    if (!m_document || m_goalId == 0)
        return std::nullopt;
    auto goals = m_document->goals(m_planId);
    if (!goals)
        return std::nullopt;
    for (std::size_t i = 0; i < goals->size(); ++i)
        if ((*goals)[i].id == m_goalId)
            return (*goals)[i];
    return std::nullopt;
}

void GoalForm::refresh()
{
    const std::optional<Goal> goal = storedGoal();
    const bool editable = goal && !m_document->isReadOnly();
    setEnabled(goal.has_value());
    m_statement->setReadOnly(!editable);
    m_pillarGoal->setEnabled(editable);
    m_link->setEnabled(editable);
    m_initiatives->setEditable(editable);
    if (!goal) {
        m_statementCommitter->discard();
        m_statementCommitter->showText({});
        m_heading->setText(m_goalId ? tr("This goal has been removed.") : tr("No goal selected"));
        m_findings->setFindings({});
        return;
    }
    int number = 0;
    if (auto goals = m_document->goals(m_planId))
        for (std::size_t i = 0; i < goals->size(); ++i)
            if ((*goals)[i].id == m_goalId)
                number = int(i) + 1;
    m_heading->setText(tr("Goal %1").arg(number));
    m_statementCommitter->showText(goal->statement);
    EditorChoices::fill(m_pillarGoal, EditorChoices::pillarGoals(*m_document));
    EditorChoices::select(m_pillarGoal, QVariant(qlonglong(goal->pillarGoalId)));
    EditorChoices::select(m_link, QVariant(goal->primaryLink));
    updateFindings();
}

void GoalForm::updateFindings()
{
    std::optional<Goal> goal = storedGoal();
    if (!goal)
        return;
    goal->statement = m_statementCommitter->text();
    QStringList lines;
    for (const rules::SmartFinding& finding : rules::goalSmartChecks(*goal))
        lines << tr("%1: %2").arg(rules::criterionLabel(finding.criterion), finding.reason);
    m_findings->setFindings(lines);
}

void GoalForm::commitStatement()
{
    const std::optional<Goal> before = storedGoal();
    if (!before || m_document->isReadOnly() || before->statement == m_statementCommitter->text())
        return;
    Goal after = *before;
    after.statement = m_statementCommitter->text();
    m_document->undoStack()->push(
        new SectionCommand<Goal>(*m_document, before, after, tr("Edit goal statement")));
}

void GoalForm::commitLink()
{
    const std::optional<Goal> before = storedGoal();
    if (!before || m_document->isReadOnly())
        return;
    Goal after = *before;
    after.pillarGoalId = m_pillarGoal->currentData().toLongLong();
    after.primaryLink = m_link->currentData().toBool();
    if (after.pillarGoalId == before->pillarGoalId && after.primaryLink == before->primaryLink)
        return;
    m_document->undoStack()->push(
        new SectionCommand<Goal>(*m_document, before, after, tr("Link goal to pillar goal")));
}

void GoalForm::addInitiative()
{
    if (!m_document || m_goalId == 0 || m_document->isReadOnly())
        return;
    const auto& snapshot = m_document->snapshot();
    Initiative initiative;
    initiative.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    initiative.goalId = m_goalId;
    if (const Plan* plan = snapshot.plan(m_planId)) {
        const FiscalYear year(plan->cycle, snapshot.fiscalYearStartMonth);
        initiative.start = year.firstDay();
        initiative.end = year.lastDay();
    }
    QSet<RowId> known;
    for (int row = 0; row < m_initiativeModel->rowCount(); ++row)
        known.insert(m_initiativeModel->rowAt(row)->id);
    m_document->undoStack()->push(
        new SectionCommand<Initiative>(*m_document, std::nullopt, initiative, tr("Add initiative")));
    for (int row = 0; row < m_initiativeModel->rowCount(); ++row)
        if (!known.contains(m_initiativeModel->rowAt(row)->id))
            m_initiatives->focusCell(row, InitiativeTableModel::Title, true);
}

void GoalForm::removeInitiative(int row)
{
    const Initiative* initiative = m_initiativeModel->rowAt(row);
    if (!initiative || m_document->isReadOnly())
        return;
    m_document->undoStack()->push(
        new SectionCommand<Initiative>(*m_document, *initiative, std::nullopt, tr("Remove initiative")));
}

} // namespace ys::ui
