// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanSectionsEditor.h"

#include "GoalsEditor.h"
#include "OverviewEditor.h"
#include "PersonnelEditor.h"
#include "PlainText.h"
#include "RisksEditor.h"
#include "domain/FiscalYear.h"
#include "ui/document/PlanDocument.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ys::ui {

PlanSectionsEditor::PlanSectionsEditor(PlanDocument& document, QWidget* parent)
    : QWidget(parent), m_document(&document)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = PlainText::label({}, this, true);
    m_title->setObjectName(QStringLiteral("planTitle"));
    m_title->setContentsMargins(8, 8, 8, 4);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_overview = new OverviewEditor(document, m_tabs);
    m_goals = new GoalsEditor(document, m_tabs);
    m_risks = new RisksEditor(document, m_tabs);
    m_personnel = new PersonnelEditor(document, m_tabs);
    m_tabs->addTab(m_overview, tr("&Overview and vision"));
    m_tabs->addTab(m_goals, tr("&Goals and initiatives"));
    m_tabs->addTab(m_risks, tr("&Risks and dependencies"));
    m_tabs->addTab(m_personnel, tr("&Key personnel"));
    layout->addWidget(m_tabs, 1);

    connect(&document, &PlanDocument::planChanged, this, [this](RowId id) {
        if (id == m_planId)
            updateTitle();
    });
    connect(&document, &PlanDocument::reloaded, this, &PlanSectionsEditor::updateTitle);
    updateTitle();
}

void PlanSectionsEditor::setPlan(RowId planId)
{
    m_planId = planId;
    m_overview->setPlan(planId);
    m_goals->setPlan(planId);
    m_risks->setPlan(planId);
    m_personnel->setPlan(planId);
    updateTitle();
}

void PlanSectionsEditor::commitPending()
{
    m_overview->commitPending();
    m_goals->commitPending();
}

void PlanSectionsEditor::updateTitle()
{
    const Plan* plan = m_document ? m_document->snapshot().plan(m_planId) : nullptr;
    if (!plan) {
        m_title->setText(tr("No plan selected"));
        return;
    }
    const PlanOwner* owner = m_document->snapshot().owner(plan->ownerId);
    m_title->setText(tr("%1: %2 performance plan")
                         .arg(owner ? owner->name : tr("Unknown agency"), FiscalYear(plan->cycle).label()));
}

} // namespace ys::ui
