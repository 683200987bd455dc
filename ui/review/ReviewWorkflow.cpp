// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewWorkflow.h"

#include "AuditHistoryView.h"
#include "PlanDiffView.h"
#include "PlanReviewPage.h"
#include "ReviewDocument.h"

#include "review/PlanLookup.h"
#include "storage/FileSettings.h"
#include "ui/AppSettings.h"
#include "ui/DocumentView.h"
#include "ui/MeasurePage.h"
#include "ui/actions/ActionRegistry.h"
#include "ui/document/PlanDocument.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace ys::ui {

ReviewWorkflow::ReviewWorkflow(QMainWindow* window, ActionRegistry* actions)
    : QObject(window), m_window(window), m_actions(actions)
{
    auto act = [this](ActionId id) { return m_actions->action(id); };
    connect(act(ActionId::ReviewerMode), &QAction::toggled, this, &ReviewWorkflow::setReviewerMode);
    connect(act(ActionId::ShowReview), &QAction::triggered, this, [this] {
        if (!m_view)
            return;
        if (!m_reviewerMode)
            m_actions->action(ActionId::ReviewerMode)->setChecked(true);
        m_view->setMode(DocumentView::Mode::Review);
    });
    connect(act(ActionId::ShowPlanReview), &QAction::triggered, this, [this] {
        if (!m_view)
            return;
        if (!m_reviewerMode)
            m_actions->action(ActionId::ReviewerMode)->setChecked(true);
        m_view->setMode(DocumentView::Mode::PlanReview);
    });
    connect(act(ActionId::ExportReview), &QAction::triggered, this, [this] { exportReview(); });
    connect(act(ActionId::MergeReview), &QAction::triggered, this, [this] { mergeReview(); });
    connect(act(ActionId::ComparePlans), &QAction::triggered, this, [this] { compareWith(); });
    connect(act(ActionId::ShowHistory), &QAction::triggered, this, [this] {
        if (!m_view)
            return;
        const RowId measure = m_view->currentMeasureId();
        const bool onPlan = m_view->mode() == DocumentView::Mode::PlanReview || measure == 0;
        showHistory(onPlan, onPlan ? m_view->reviewPlanId() : measure);
    });
    updateActions();
}

void ReviewWorkflow::addMenus(QMenuBar* bar, QMenu* viewMenu)
{
    auto act = [this](ActionId id) { return m_actions->action(id); };
    viewMenu->addSeparator();
    viewMenu->addAction(act(ActionId::ReviewerMode));
    QMenu* review = new QMenu(tr("&Review"), bar);
    review->setObjectName(QStringLiteral("reviewMenu"));
    review->addAction(act(ActionId::ShowReview));
    review->addAction(act(ActionId::ShowPlanReview));
    review->addSeparator();
    review->addAction(act(ActionId::ExportReview));
    review->addAction(act(ActionId::MergeReview));
    review->addAction(act(ActionId::ComparePlans));
    review->addSeparator();
    review->addAction(act(ActionId::ShowHistory));
    // Before Help, which stays last.
    QAction* help = bar->actions().isEmpty() ? nullptr : bar->actions().last();
    bar->insertMenu(help, review);
}

void ReviewWorkflow::setDocument(PlanDocument* document, DocumentView* view)
{
    m_document = document;
    m_view = view;
    bool on = false;
    if (document) {
        const auto recorded = storage::FileSettings(document->file().connection()).reviewerMode();
        on = recorded.value_or(AppSettings::reviewerMode());
    }
    m_reviewerMode = on;
    if (view) {
        view->setReviewerMode(on);
        connect(view, &DocumentView::historyRequested, this, &ReviewWorkflow::showHistory);
        connect(view->planReviewPage(), &PlanReviewPage::exportRequested, this, [this] { exportReview(); });
        connect(view->planReviewPage(), &PlanReviewPage::mergeRequested, this, [this] { mergeReview(); });
        connect(view->planReviewPage(), &PlanReviewPage::compareRequested, this, [this] { compareWith(); });
        connect(view->planReviewPage(), &PlanReviewPage::decided, this,
                [this](const QString& message) { m_window->statusBar()->showMessage(message, 10000); });
    }
    QAction* toggle = m_actions->action(ActionId::ReviewerMode);
    const QSignalBlocker block(toggle);
    toggle->setChecked(on);
    updateActions();
}

void ReviewWorkflow::setReviewerMode(bool on)
{
    m_reviewerMode = on;
    if (m_document && !m_document->isReadOnly())
        (void)storage::FileSettings(m_document->file().connection()).setReviewerMode(on);
    if (m_view)
        m_view->setReviewerMode(on);
    QAction* toggle = m_actions->action(ActionId::ReviewerMode);
    if (toggle->isChecked() != on) {
        const QSignalBlocker block(toggle);
        toggle->setChecked(on);
    }
    updateActions();
}

void ReviewWorkflow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool writable = open && !m_document->isReadOnly();
    for (ActionId id : {ActionId::ReviewerMode, ActionId::ShowReview, ActionId::ShowPlanReview, ActionId::ExportReview,
                        ActionId::ComparePlans, ActionId::ShowHistory})
        m_actions->action(id)->setEnabled(open);
    m_actions->action(ActionId::MergeReview)->setEnabled(writable);
}

void ReviewWorkflow::tell(const QString& title, const QString& text, bool problem)
{
    auto* box = new QMessageBox(problem ? QMessageBox::Warning : QMessageBox::Information, title, text, QMessageBox::Ok,
                                m_window);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ReviewWorkflow::exportReview(const QString& chosen)
{
    if (!m_document || !m_view)
        return;
    const RowId planId = m_view->reviewPlanId();
    const Plan* plan = m_document->snapshot().plan(planId);
    if (!plan)
        return;
    QString path = chosen;
    if (path.isEmpty()) {
        const QString name = QStringLiteral("%1/%2-FY%3.yardstick-review")
                                 .arg(AppSettings::lastFolder(),
                                      QFileInfo(m_document->file().path()).completeBaseName())
                                 .arg(plan->cycle % 100, 2, 10, QLatin1Char('0'));
        path = QFileDialog::getSaveFileName(m_window, tr("Export Review"), name, tr("Yardstick reviews (*.yardstick-review)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".yardstick-review")))
            path += QStringLiteral(".yardstick-review");
    }
    if (auto status = m_view->review()->exportReview(planId, path); !status) {
        tell(tr("The review was not written"), status.error().describe(), true);
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Wrote the review of %1 to %2").arg(review::PlanLookup::describe(m_document->snapshot(), *plan), path), 10000);
}

void ReviewWorkflow::mergeReview(const QString& chosen)
{
    if (!m_document || !m_view || m_document->isReadOnly())
        return;
    QString path = chosen;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(m_window, tr("Merge Review"), AppSettings::lastFolder(),
                                            tr("Yardstick reviews (*.yardstick-review);;All files (*)"));
        if (path.isEmpty())
            return;
    }
    m_view->commitPending();
    auto report = m_view->review()->merge(path);
    if (!report) {
        tell(tr("The review was not merged"), report.error().describe(), true);
        return;
    }
    tell(tr("Review merged"), report->toText(), !report->conflicts.isEmpty());
}

PlanDiffView* ReviewWorkflow::compareWith(const QString& chosen)
{
    if (!m_document)
        return nullptr;
    QString path = chosen;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(m_window, tr("Compare with Another Version"), AppSettings::lastFolder(),
                                            tr("Yardstick plans (*.yardstick);;All files (*)"));
        if (path.isEmpty())
            return nullptr;
    }
    auto other = storage::PlanFile::open(path, {storage::PlanFile::Access::ReadOnly, true, {}});
    if (!other) {
        tell(tr("Cannot compare"), other.error().describe(), true);
        return nullptr;
    }
    auto snapshot = storage::PlanSnapshot::load(**other);
    if (!snapshot) {
        tell(tr("Cannot compare"), snapshot.error().describe(), true);
        return nullptr;
    }
    QString planUid;
    if (m_view)
        if (const Plan* plan = m_document->snapshot().plan(m_view->reviewPlanId()))
            planUid = plan->uid;
    review::PlanDiff diff = review::PlanDiff::compare(*snapshot, m_document->snapshot(), planUid);
    diff.beforeName = QFileInfo(path).fileName();
    diff.afterName = QFileInfo(m_document->file().path()).fileName();
    auto* view = new PlanDiffView(std::move(diff), m_window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
    return view;
}

void ReviewWorkflow::showHistory(bool plan, qint64 id)
{
    if (!m_document || id == 0)
        return;
    const storage::PlanSnapshot& snapshot = m_document->snapshot();
    QString title;
    if (plan) {
        const Plan* p = snapshot.plan(id);
        title = p ? review::PlanLookup::describe(snapshot, *p) : tr("plan %1").arg(id);
    } else {
        const Measure* m = snapshot.measure(id);
        title = m ? tr("measure #%1 %2").arg(id).arg(m->title) : tr("measure #%1").arg(id);
    }
    auto* view = new AuditHistoryView(m_document->file(),
                                      plan ? AuditHistoryView::Subject::Plan : AuditHistoryView::Subject::Measure, id,
                                      title, m_window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
}

} // namespace ys::ui
