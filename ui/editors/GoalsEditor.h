// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QPointer>
#include <QWidget>

namespace ys::ui {

class GoalForm;
class GoalTableModel;
class PlanDocument;
class SectionTablePanel;

// Section 2 of a plan: the list of goals (statement, pillar-goal link, SMART check) with Add and
// Remove, and under it the selected goal's form with its initiatives.
class GoalsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit GoalsEditor(PlanDocument& document, QWidget* parent = nullptr);

    void setPlan(RowId planId);
    void commitPending();
    SectionTablePanel* goals() const { return m_goals; }
    GoalTableModel* model() const { return m_model; }
    GoalForm* form() const { return m_form; }

private:
    void showCurrentGoal();
    void addGoal();
    void removeGoal(int row);

    QPointer<PlanDocument> m_document;
    RowId m_planId = 0;
    RowId m_currentGoal = 0;
    SectionTablePanel* m_goals = nullptr;
    GoalTableModel* m_model = nullptr;
    GoalForm* m_form = nullptr;
};

} // namespace ys::ui
