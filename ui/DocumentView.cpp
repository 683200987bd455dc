// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentView.h"

#include "MeasurePage.h"
#include "editors/PlanSectionsEditor.h"
#include "editors/ServiceEditor.h"
#include "navigation/NavigationView.h"
#include "review/MeasureReviewPanel.h"
#include "review/PlanReviewPage.h"
#include "review/ReviewDocument.h"
#include "review/ReviewWorkspace.h"
#include "table/MeasuresTableView.h"
#include "ui/document/PlanDocument.h"

#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ys::ui {

DocumentView::DocumentView(PlanDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_navigation = new NavigationView(document, this);
    m_welcome = new QLabel(tr("Choose a plan section, a service or a measure on the left, or type in the search box "
                              "to find a measure by its title, id, service number, type or status."),
                           this);
    m_welcome->setTextFormat(Qt::PlainText);
    m_welcome->setWordWrap(true);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setMargin(40);
    m_sections = new PlanSectionsEditor(document, this);
    m_service = new ServiceEditor(document, this);
    m_measurePage = new MeasurePage(document, this);
    m_detail = new QStackedWidget(this);
    for (QWidget* page : {static_cast<QWidget*>(m_welcome), static_cast<QWidget*>(m_sections),
                          static_cast<QWidget*>(m_service), static_cast<QWidget*>(m_measurePage)})
        m_detail->addWidget(page);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 1000});
    m_splitter->setChildrenCollapsible(false);

    m_table = new MeasuresTableView(document, this);
    m_modes = new QStackedWidget(this);
    m_modes->addWidget(m_splitter);
    m_modes->addWidget(m_table);
    m_review = new ReviewDocument(document, this);
    m_reviewWorkspace = new ReviewWorkspace(*m_review, this);
    m_planReview = new PlanReviewPage(*m_review, this);
    m_measureReview = new MeasureReviewPanel(*m_review, this);
    m_measureReview->hide();
    m_modes->addWidget(m_reviewWorkspace);
    m_modes->addWidget(m_planReview);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_modes);

    connect(m_navigation, &NavigationView::nodeActivated, this, &DocumentView::showNode);
    connect(m_service, &ServiceEditor::measureActivated, this, &DocumentView::showMeasure);
    connect(m_table, &MeasuresTableView::measureActivated, this, [this](RowId id) {
        setMode(Mode::Plan);
        showMeasure(id);
    });
    connect(m_reviewWorkspace, &ReviewWorkspace::measureActivated, this, [this](RowId id) {
        setMode(Mode::Plan);
        showMeasure(id);
    });
    connect(m_reviewWorkspace, &ReviewWorkspace::historyRequested, this, [this](RowId id) { emit historyRequested(false, id); });
    connect(m_measureReview, &MeasureReviewPanel::historyRequested, this, [this](RowId id) { emit historyRequested(false, id); });
    connect(m_planReview, &PlanReviewPage::historyRequested, this, [this](RowId id) { emit historyRequested(true, id); });
}

RowId DocumentView::reviewPlanId() const
{
    const storage::PlanSnapshot& snapshot = m_document.snapshot();
    if (snapshot.plan(m_planId))
        return m_planId;
    const RowId measureId = currentMeasureId();
    if (measureId && snapshot.latestCycleOf(measureId))
        for (RowId planId : snapshot.plansOfMeasure.value(measureId))
            if (const Plan* plan = snapshot.plan(planId); plan && plan->cycle == snapshot.latestCycleOf(measureId))
                return planId;
    return snapshot.plans.empty() ? 0 : snapshot.plans.back().id;
}

void DocumentView::setReviewerMode(bool on)
{
    m_reviewerMode = on;
    QTabWidget* tabs = m_measurePage->tabs();
    const int index = tabs ? tabs->indexOf(m_measureReview) : -1;
    if (on && tabs && index < 0) {
        tabs->addTab(m_measureReview, tr("Review"));
        m_measureReview->setMeasure(reviewPlanId(), m_measurePage->measureId());
    } else if (!on && tabs && index >= 0) {
        tabs->removeTab(index);
        m_measureReview->hide();
    }
    if (!on && (mode() == Mode::Review || mode() == Mode::PlanReview))
        setMode(Mode::Plan);
    else if (on && mode() == Mode::Table)
        setMode(Mode::Review);
}

void DocumentView::setMode(Mode mode)
{
    commitPending();
    // In reviewer mode the table of all measures is the table of the plan's measures under review.
    if (mode == Mode::Table && m_reviewerMode)
        mode = Mode::Review;
    if (mode == Mode::Review)
        m_reviewWorkspace->setPlan(reviewPlanId());
    if (mode == Mode::PlanReview)
        m_planReview->setPlan(reviewPlanId());
    m_modes->setCurrentIndex(int(mode));
    if (mode == Mode::Table)
        m_table->filterEdit()->setFocus();
    if (mode == Mode::Review)
        m_reviewWorkspace->tableView()->setFocus();
}

DocumentView::Mode DocumentView::mode() const
{
    return Mode(m_modes->currentIndex());
}

RowId DocumentView::currentMeasureId() const
{
    return m_detail->currentWidget() == m_measurePage ? m_measurePage->measureId() : 0;
}

void DocumentView::commitPending()
{
    m_measurePage->commitPending();
    m_sections->commitPending();
    m_service->commitPending();
}

void DocumentView::focusSearch()
{
    if (mode() == Mode::Table) {
        m_table->filterEdit()->setFocus();
        m_table->filterEdit()->selectAll();
    } else {
        m_navigation->searchEdit()->setFocus();
        m_navigation->searchEdit()->selectAll();
    }
}

void DocumentView::showMeasure(RowId id)
{
    m_navigation->select(NodeKind::Measure, id);
    const Measure* measure = m_document.snapshot().measure(id);
    if (!measure)
        return;
    commitPending();
    m_serviceId = measure->serviceId;
    m_measurePage->setMeasure(id);
    m_detail->setCurrentWidget(m_measurePage);
    if (m_reviewerMode)
        m_measureReview->setMeasure(reviewPlanId(), id);
}

void DocumentView::showNode(NodeKind kind, RowId id, RowId planId)
{
    commitPending();
    if (planId != 0 && planId != m_planId) {
        m_planId = planId;
        emit currentPlanChanged(planId);
    }
    switch (kind) {
    case NodeKind::Measure: {
        const Measure* measure = m_document.snapshot().measure(id);
        m_serviceId = measure ? measure->serviceId : 0;
        m_measurePage->setMeasure(id);
        m_detail->setCurrentWidget(m_measurePage);
        if (m_reviewerMode)
            m_measureReview->setMeasure(reviewPlanId(), id);
        return;
    }
    case NodeKind::Service:
        m_serviceId = id;
        m_service->setService(id);
        m_detail->setCurrentWidget(m_service);
        return;
    case NodeKind::Plan:
    case NodeKind::Overview:
    case NodeKind::Goals:
    case NodeKind::Goal:
    case NodeKind::Risks:
    case NodeKind::Personnel: {
        const RowId plan = kind == NodeKind::Plan ? id : planId;
        if (plan == 0)
            break;
        m_sections->setPlan(plan);
        const int tab = kind == NodeKind::Goals || kind == NodeKind::Goal ? 1
                        : kind == NodeKind::Risks                          ? 2
                        : kind == NodeKind::Personnel                      ? 3
                                                                           : 0;
        if (m_sections->tabs() && tab < m_sections->tabs()->count())
            m_sections->tabs()->setCurrentIndex(tab);
        m_detail->setCurrentWidget(m_sections);
        return;
    }
    default:
        break;
    }
    m_detail->setCurrentWidget(m_welcome);
}

} // namespace ys::ui
