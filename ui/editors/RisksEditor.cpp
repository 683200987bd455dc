// SPDX-License-Identifier: GPL-3.0-or-later
#include "RisksEditor.h"

#include "PlainText.h"
#include "RiskTableModel.h"
#include "SectionTablePanel.h"
#include "ui/commands/PlanCommands.h"

#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

namespace ys::ui {

RisksEditor::RisksEditor(PlanDocument& document, QWidget* parent) : QWidget(parent), m_document(&document)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(
        PlainText::label(tr("Conditions inside or outside the agency that could keep it from reaching "
                            "its goals and targets: specific and realistic, each with enough context "
                            "to judge its impact, and with a mitigation where one exists."),
                         this, true));
    m_panel = new SectionTablePanel(tr("Add risk"), tr("Remove risk"), this);
    m_panel->setObjectName(QStringLiteral("risks"));
    m_model = new RiskTableModel(document, this);
    m_panel->setModel(m_model);
    m_panel->view()->setAccessibleName(tr("Risks and dependencies"));
    QHeaderView* header = m_panel->view()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(RiskTableModel::Category, QHeaderView::Interactive);
    header->resizeSection(RiskTableModel::Category, fontMetrics().averageCharWidth() * 22);
    layout->addWidget(m_panel, 1);
    connect(m_panel, &SectionTablePanel::addRequested, this, &RisksEditor::addRisk);
    connect(m_panel, &SectionTablePanel::removeRequested, this, &RisksEditor::removeRisk);
}

void RisksEditor::setPlan(RowId planId)
{
    m_planId = planId;
    m_panel->setEditable(planId != 0 && m_document && !m_document->isReadOnly());
    m_model->setOwner(planId);
}

void RisksEditor::addRisk()
{
    if (!m_document || m_planId == 0 || m_document->isReadOnly())
        return;
    Risk risk;
    risk.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    risk.planId = m_planId;
    // A new risk joins the category of the row the user is on.
    const Risk* current = m_model->rowAt(m_panel->currentRow());
    risk.category = current ? current->category : RiskCategory::CrossAgency;
    QSet<RowId> known;
    for (int row = 0; row < m_model->rowCount(); ++row)
        known.insert(m_model->rowAt(row)->id);
    m_document->undoStack()->push(new SectionCommand<Risk>(*m_document, std::nullopt, risk, tr("Add risk")));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!known.contains(m_model->rowAt(row)->id)) {
            m_panel->focusCell(row, RiskTableModel::Description, true);
        }
    }
}

void RisksEditor::removeRisk(int row)
{
    const Risk* risk = m_model->rowAt(row);
    if (!risk || !m_document || m_document->isReadOnly())
        return;
    m_document->undoStack()->push(
        new SectionCommand<Risk>(*m_document, *risk, std::nullopt, tr("Remove risk")));
}

} // namespace ys::ui
