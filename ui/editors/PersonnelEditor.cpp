// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonnelEditor.h"

#include "PersonnelTableModel.h"
#include "PlainText.h"
#include "SectionTablePanel.h"
#include "ui/commands/PlanCommands.h"

#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

namespace ys::ui {

PersonnelEditor::PersonnelEditor(PlanDocument& document, QWidget* parent)
    : QWidget(parent), m_document(&document)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(
        PlainText::label(tr("The people responsible for the plan's data, by service: a service lead, "
                            "and a data lead who knows the data and collects and calculates it, each "
                            "by name or role."),
                         this, true));
    m_panel = new SectionTablePanel(tr("Add person"), tr("Remove person"), this);
    m_panel->setObjectName(QStringLiteral("personnel"));
    m_model = new PersonnelTableModel(document, this);
    m_panel->setModel(m_model);
    m_panel->view()->setAccessibleName(tr("Key personnel"));
    QHeaderView* header = m_panel->view()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(PersonnelTableModel::Role, QHeaderView::Interactive);
    header->resizeSection(PersonnelTableModel::Role, fontMetrics().averageCharWidth() * 24);
    layout->addWidget(m_panel, 1);
    connect(m_panel, &SectionTablePanel::addRequested, this, &PersonnelEditor::addPerson);
    connect(m_panel, &SectionTablePanel::removeRequested, this, &PersonnelEditor::removePerson);
}

void PersonnelEditor::setPlan(RowId planId)
{
    m_planId = planId;
    m_panel->setEditable(planId != 0 && m_document && !m_document->isReadOnly());
    m_model->setOwner(planId);
}

void PersonnelEditor::addPerson()
{
    if (!m_document || m_planId == 0 || m_document->isReadOnly())
        return;
    KeyPerson person;
    person.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    person.planId = m_planId;
    // A new person joins the service of the row the user is on, as its data lead when it has a
    // service lead already.
    const KeyPerson* current = m_model->rowAt(m_panel->currentRow());
    person.serviceId = current ? current->serviceId : 0;
    person.role = current && current->role == KeyPerson::Role::ServiceLead ? KeyPerson::Role::DataLead
                                                                           : KeyPerson::Role::ServiceLead;
    QSet<RowId> known;
    for (int row = 0; row < m_model->rowCount(); ++row)
        known.insert(m_model->rowAt(row)->id);
    m_document->undoStack()->push(
        new SectionCommand<KeyPerson>(*m_document, std::nullopt, person, tr("Add person")));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!known.contains(m_model->rowAt(row)->id)) {
            m_panel->focusCell(row, PersonnelTableModel::Name, true);
        }
    }
}

void PersonnelEditor::removePerson(int row)
{
    const KeyPerson* person = m_model->rowAt(row);
    if (!person || !m_document || m_document->isReadOnly())
        return;
    m_document->undoStack()->push(
        new SectionCommand<KeyPerson>(*m_document, *person, std::nullopt, tr("Remove person")));
}

} // namespace ys::ui
