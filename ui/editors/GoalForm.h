// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"
#include "domain/PlanSections.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;

namespace ys::ui {

class FindingsLabel;
class GrowingTextEdit;
class InitiativeTableModel;
class PlanDocument;
class SectionTablePanel;
class TextFieldCommitter;

// One goal of a plan: its SMART statement with the findings about it as the user types, the
// pillar goal it advances (primary or secondary link), and this year's initiatives.
class GoalForm : public QWidget
{
    Q_OBJECT

public:
    explicit GoalForm(PlanDocument& document, QWidget* parent = nullptr);

    void setGoal(RowId planId, RowId goalId);
    RowId goalId() const { return m_goalId; }
    void commitPending();
    void focusStatement();
    SectionTablePanel* initiatives() const { return m_initiatives; }
    InitiativeTableModel* initiativeModel() const { return m_initiativeModel; }

private:
    std::optional<Goal> storedGoal() const;
    void refresh();
    void updateFindings();
    void commitStatement();
    void commitLink();
    void addInitiative();
    void removeInitiative(int row);

    QPointer<PlanDocument> m_document;
    RowId m_planId = 0;
    RowId m_goalId = 0;
    QLabel* m_heading = nullptr;
    GrowingTextEdit* m_statement = nullptr;
    TextFieldCommitter* m_statementCommitter = nullptr;
    FindingsLabel* m_findings = nullptr;
    QComboBox* m_pillarGoal = nullptr;
    QComboBox* m_link = nullptr;
    SectionTablePanel* m_initiatives = nullptr;
    InitiativeTableModel* m_initiativeModel = nullptr;
};

} // namespace ys::ui
