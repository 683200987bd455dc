// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalsEditor.h"

#include "GoalForm.h"
#include "GoalTableModel.h"
#include "PlainText.h"
#include "SectionTablePanel.h"
#include "ui/commands/PlanCommands.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

namespace ys::ui {

GoalsEditor::GoalsEditor(PlanDocument& document, QWidget* parent) : QWidget(parent), m_document(&document)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(
        PlainText::label(tr("The agency's most important priorities for the rest of the Mayor's term, "
                            "each a SMART goal linked to a pillar goal: 3 to 5 goals for an agency, "
                            "2 to 4 for a mayoral office or quasi-agency."),
                         this, true));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_goals = new SectionTablePanel(tr("Add goal"), tr("Remove goal"), splitter);
    m_goals->setObjectName(QStringLiteral("goals"));
    m_model = new GoalTableModel(document, this);
    m_goals->setModel(m_model);
    QTableView* view = m_goals->view();
    view->setAccessibleName(tr("Goals"));
    view->verticalHeader()->setVisible(true);
    m_goals->setRowLines(1);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(GoalTableModel::Statement, QHeaderView::Stretch);
    const int em = fontMetrics().averageCharWidth();
    header->resizeSection(GoalTableModel::PillarGoal, em * 30);
    header->resizeSection(GoalTableModel::Link, em * 15);
    header->resizeSection(GoalTableModel::Smart, em * 14);
    m_form = new GoalForm(document, splitter);
    splitter->addWidget(m_goals);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // Room for five goals, the most a plan has; the goal's form takes the rest.
    const int goalRows =
        view->verticalHeader()->defaultSectionSize() * 5 + view->horizontalHeader()->sizeHint().height();
    splitter->setSizes({goalRows + 40, 400});
    layout->addWidget(splitter, 1);

    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &GoalsEditor::showCurrentGoal);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the goal being edited selected when the rows are read again.
        const int row = m_model->rowOf(m_currentGoal);
        m_goals->view()->setCurrentIndex(m_model->index(row < 0 ? 0 : row, 0));
        showCurrentGoal();
    });
    connect(m_goals, &SectionTablePanel::addRequested, this, &GoalsEditor::addGoal);
    connect(m_goals, &SectionTablePanel::removeRequested, this, &GoalsEditor::removeGoal);
}

void GoalsEditor::setPlan(RowId planId)
{
    m_form->commitPending();
    m_planId = planId;
    m_currentGoal = 0;
    m_goals->setEditable(planId != 0 && m_document && !m_document->isReadOnly());
    m_model->setOwner(planId);
}

void GoalsEditor::commitPending()
{
    m_form->commitPending();
}

void GoalsEditor::showCurrentGoal()
{
    const Goal* goal = m_model->rowAt(m_goals->currentRow());
    m_currentGoal = goal ? goal->id : 0;
    m_form->setGoal(m_planId, m_currentGoal);
}

void GoalsEditor::addGoal()
{
    if (!m_document || m_planId == 0 || m_document->isReadOnly())
        return;
    Goal goal;
    goal.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    goal.planId = m_planId;
    QSet<RowId> known;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        known.insert(m_model->rowAt(row)->id);
        goal.ordinal = std::max(goal.ordinal, m_model->rowAt(row)->ordinal + 1);
    }
    m_document->undoStack()->push(new SectionCommand<Goal>(*m_document, std::nullopt, goal, tr("Add goal")));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!known.contains(m_model->rowAt(row)->id)) {
            m_goals->focusCell(row, GoalTableModel::Statement, false);
            m_form->focusStatement();
        }
    }
}

void GoalsEditor::removeGoal(int row)
{
    const Goal* found = m_model->rowAt(row);
    if (!found || !m_document || m_document->isReadOnly())
        return;
    const Goal goal = *found;
    // The file removes a goal's initiatives with it; removing them first as their own commands
    // lets undo bring them back after the goal.
    const auto initiatives = m_document->initiatives(goal.id);
    QUndoStack* stack = m_document->undoStack();
    stack->beginMacro(tr("Remove goal"));
    if (initiatives)
        for (const Initiative& initiative : *initiatives)
            stack->push(new SectionCommand<Initiative>(*m_document, initiative, std::nullopt,
                                                       tr("Remove initiative")));
    stack->push(new SectionCommand<Goal>(*m_document, goal, std::nullopt, tr("Remove goal")));
    stack->endMacro();
}

} // namespace ys::ui
