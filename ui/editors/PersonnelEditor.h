// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QPointer>
#include <QWidget>

namespace ys::ui {

class PersonnelTableModel;
class PlanDocument;
class SectionTablePanel;

// Section 6 of a plan: who is accountable per service, its service lead and its data lead (the
// data steward who collects and calculates the numbers), by name and job title; add and remove.
class PersonnelEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PersonnelEditor(PlanDocument& document, QWidget* parent = nullptr);

    void setPlan(RowId planId);
    SectionTablePanel* panel() const { return m_panel; }
    PersonnelTableModel* model() const { return m_model; }

private:
    void addPerson();
    void removePerson(int row);

    QPointer<PlanDocument> m_document;
    RowId m_planId = 0;
    SectionTablePanel* m_panel = nullptr;
    PersonnelTableModel* m_model = nullptr;
};

} // namespace ys::ui
