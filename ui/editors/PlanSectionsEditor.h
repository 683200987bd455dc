// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace ys::ui {

class GoalsEditor;
class OverviewEditor;
class PersonnelEditor;
class PlanDocument;
class RisksEditor;

// The plan's sections other than its measures, one tab each in the city's order: overview and
// vision; goals and initiatives; risks and dependencies; key personnel.
class PlanSectionsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PlanSectionsEditor(PlanDocument& document, QWidget* parent = nullptr);

    void setPlan(RowId planId);
    RowId planId() const { return m_planId; }
    void commitPending();

    QTabWidget* tabs() const { return m_tabs; }
    OverviewEditor* overview() const { return m_overview; }
    GoalsEditor* goals() const { return m_goals; }
    RisksEditor* risks() const { return m_risks; }
    PersonnelEditor* personnel() const { return m_personnel; }

private:
    void updateTitle();

    QPointer<PlanDocument> m_document;
    RowId m_planId = 0;
    QLabel* m_title = nullptr;
    QTabWidget* m_tabs = nullptr;
    OverviewEditor* m_overview = nullptr;
    GoalsEditor* m_goals = nullptr;
    RisksEditor* m_risks = nullptr;
    PersonnelEditor* m_personnel = nullptr;
};

} // namespace ys::ui
