// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppSettings.h"
#include "DocumentView.h"
#include "MeasurePage.h"
#include "actions/ActionRegistry.h"
#include "commands/MeasureCommands.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/ImportRunner.h"
#include "dialogs/PdfExportRunner.h"
#include "dialogs/PdfPreviewDialog.h"
#include "dialogs/SettingsDialog.h"
#include "domain/FiscalYear.h"
#include "io/CsvExporter.h"
#include "io/MeasureExportTable.h"
#include "io/XlsxExporter.h"
#include "review/ReviewWorkflow.h"
#include "ui/document/PlanDocument.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace ys::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_actions(new ActionRegistry(this)), m_review(new ReviewWorkflow(this, m_actions))
{
    setWindowTitle(tr("Yardstick"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_lockLabel = new QLabel(this);
    m_lockLabel->setTextFormat(Qt::PlainText);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_lockLabel);
    statusBar()->addPermanentWidget(m_stateLabel);
    buildMenus();
    auto* empty = new QLabel(tr("Open a plan file (Ctrl+O) or create one (Ctrl+N)."), this);
    empty->setAlignment(Qt::AlignCenter);
    setCentralWidget(empty);
    resize(1366, 768);
    if (!AppSettings::windowGeometry().isEmpty())
        restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The view reads the document: it goes first.
    if (m_view)
        m_view->commitPending();
    delete m_view;
    m_view = nullptr;
    m_document.reset();
}

void MainWindow::buildMenus()
{
    auto act = [this](ActionId id) { return m_actions->action(id); };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(act(ActionId::New));
    file->addAction(act(ActionId::Open));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(act(ActionId::SaveAs));
    file->addSeparator();
    file->addAction(act(ActionId::Import));
    file->addAction(act(ActionId::ExportCsv));
    file->addAction(act(ActionId::ExportXlsx));
    file->addAction(act(ActionId::ExportPdf));
    file->addSeparator();
    file->addAction(act(ActionId::Close));
    file->addAction(act(ActionId::Quit));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(act(ActionId::Find));
    edit->addSeparator();
    edit->addAction(act(ActionId::AddMeasure));
    edit->addAction(act(ActionId::DeleteMeasure));
    edit->addSeparator();
    edit->addAction(act(ActionId::Settings));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(act(ActionId::ShowPlan));
    view->addAction(act(ActionId::ShowTable));
    view->addAction(act(ActionId::ShowScorecard));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(act(ActionId::About));
    m_review->addMenus(menuBar(), view);

    connect(act(ActionId::New), &QAction::triggered, this, &MainWindow::newFile);
    connect(act(ActionId::Open), &QAction::triggered, this, &MainWindow::openDialog);
    connect(act(ActionId::SaveAs), &QAction::triggered, this, &MainWindow::saveAs);
    connect(act(ActionId::Import), &QAction::triggered, this, &MainWindow::importDialog);
    connect(act(ActionId::ExportCsv), &QAction::triggered, this, [this] { exportTable(false); });
    connect(act(ActionId::ExportXlsx), &QAction::triggered, this, [this] { exportTable(true); });
    connect(act(ActionId::ExportPdf), &QAction::triggered, this, [this] { exportPdf(); });
    connect(act(ActionId::Close), &QAction::triggered, this, [this] {
        closeDocument();
        updateStatus();
        updateActions();
    });
    connect(act(ActionId::Quit), &QAction::triggered, this, &QWidget::close);
    connect(act(ActionId::Find), &QAction::triggered, this, [this] {
        if (m_view)
            m_view->focusSearch();
    });
    connect(act(ActionId::AddMeasure), &QAction::triggered, this, &MainWindow::addMeasure);
    connect(act(ActionId::DeleteMeasure), &QAction::triggered, this, &MainWindow::deleteMeasure);
    connect(act(ActionId::ShowPlan), &QAction::triggered, this, [this] {
        if (m_view)
            m_view->setMode(DocumentView::Mode::Plan);
    });
    connect(act(ActionId::ShowTable), &QAction::triggered, this, [this] {
        if (m_view)
            m_view->setMode(DocumentView::Mode::Table);
    });
    connect(act(ActionId::ShowScorecard), &QAction::triggered, this, [this] {
        if (m_view)
            m_view->showScorecard(charts::ScorecardScope::file());
    });
    connect(act(ActionId::About), &QAction::triggered, this, &MainWindow::about);
    connect(act(ActionId::Settings), &QAction::triggered, this, &MainWindow::settings);
    updateRecentMenu();
}

bool MainWindow::openFile(const QString& path)
{
    auto document = PlanDocument::open(path, AppSettings::userName());
    if (!document) {
        showError(tr("Cannot open the plan"), document.error().describe());
        return false;
    }
    setDocument(std::move(*document));
    AppSettings::addRecentFile(path);
    updateRecentMenu();
    if (!m_document->file().notices().isEmpty()) {
        // Read-only, locked by someone else, upgraded: say so once, plainly.
        QMessageBox box(QMessageBox::Information, tr("About this plan file"),
                        m_document->file().notices().join(QLatin1Char('\n')), QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
    return true;
}

void MainWindow::setDocument(std::unique_ptr<PlanDocument> document)
{
    closeDocument();
    m_document = std::move(document);
    m_view = new DocumentView(*m_document, this);
    setCentralWidget(m_view);
    if (!AppSettings::splitterState().isEmpty())
        m_view->splitter()->restoreState(AppSettings::splitterState());

    // Undo and redo come from the document's stack; put them first in the Edit menu.
    QUndoStack* stack = m_document->undoStack();
    QAction* undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_actions->adopt(ActionId::Undo, undo);
    m_actions->adopt(ActionId::Redo, redo);
    if (QMenu* edit = menuBar()->findChild<QMenu*>(QStringLiteral("editMenu"))) {
        QAction* first = edit->actions().value(0);
        edit->insertAction(first, undo);
        edit->insertAction(first, redo);
        edit->insertSeparator(first);
    }
    connect(m_view, &DocumentView::currentPlanChanged, this, [this](RowId planId) {
        m_planId = planId;
        updateStatus();
    });
    connect(m_document.get(), &PlanDocument::planChanged, this, [this] { updateStatus(); });
    connect(m_document.get(), &PlanDocument::writeFailed, this, [this](const QString& message) {
        statusBar()->showMessage(message, 10000);
        showError(tr("The change was not saved"), message);
    });
    m_planId = m_document->snapshot().plans.empty() ? 0 : m_document->snapshot().plans.back().id;
    m_review->setDocument(m_document.get(), m_view);
    updateStatus();
    updateActions();
}

void MainWindow::closeDocument()
{
    if (!m_document)
        return;
    m_review->setDocument(nullptr, nullptr);
    if (m_view) {
        m_view->commitPending();
        AppSettings::setSplitterState(m_view->splitter()->saveState());
    }
    for (ActionId id : {ActionId::Undo, ActionId::Redo})
        if (QAction* action = m_actions->action(id)) {
            m_actions->adopt(id, nullptr);
            delete action;
        }
    auto* empty = new QLabel(tr("Open a plan file (Ctrl+O) or create one (Ctrl+N)."), this);
    empty->setAlignment(Qt::AlignCenter);
    setCentralWidget(empty); // deletes the document's view first
    m_view = nullptr;
    m_document.reset();
    m_planId = 0;
}

void MainWindow::updateStatus()
{
    if (!m_document) {
        setWindowTitle(tr("Yardstick"));
        m_fileLabel->setText(tr("No plan file open"));
        m_lockLabel->clear();
        m_stateLabel->clear();
        return;
    }
    const auto& file = m_document->file();
    setWindowTitle(tr("%1%2 - Yardstick")
                       .arg(QFileInfo(file.path()).fileName(), file.isReadOnly() ? tr(" [read-only]") : QString()));
    m_fileLabel->setText(file.path());
    m_lockLabel->setText(file.isReadOnly() ? tr("Read-only: %1").arg(file.readOnlyReason())
                                           : tr("Open for editing by %1, locked for others").arg(file.userName()));
    const Plan* plan = m_document->snapshot().plan(m_planId);
    m_stateLabel->setText(plan ? tr("%1 plan: %2").arg(FiscalYear(plan->cycle).label(), label(plan->state)) : QString());
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool writable = open && !m_document->isReadOnly();
    for (ActionId id : {ActionId::SaveAs, ActionId::ExportCsv, ActionId::ExportXlsx, ActionId::ExportPdf, ActionId::Close,
                        ActionId::Find, ActionId::ShowPlan, ActionId::ShowTable, ActionId::ShowScorecard})
        m_actions->action(id)->setEnabled(open);
    for (ActionId id : {ActionId::Import, ActionId::AddMeasure, ActionId::DeleteMeasure})
        m_actions->action(id)->setEnabled(writable);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        QAction* action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(files[i]));
        connect(action, &QAction::triggered, this, [this, path = files[i]] { openFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::newFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Plan File"), AppSettings::lastFolder(),
                                                      tr("Yardstick plans (*.yardstick)"));
    if (path.isEmpty())
        return;
    const QString target = path.endsWith(QLatin1String(".yardstick")) ? path : path + QStringLiteral(".yardstick");
    if (createFile(target))
        AppSettings::setLastFolder(QFileInfo(target).absolutePath());
}

bool MainWindow::createFile(const QString& path)
{
    PlanDocument::NewFileOptions options;
    options.fiscalYearStartMonth = AppSettings::fiscalYearStartMonth();
    options.defaultTolerance = AppSettings::defaultTolerance();
    options.user = AppSettings::userName();
    auto document = PlanDocument::create(path, options);
    if (!document) {
        showError(tr("Cannot create the plan file"), document.error().describe());
        return false;
    }
    AppSettings::addRecentFile(path);
    updateRecentMenu();
    setDocument(std::move(*document));
    return true;
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Plan File"), AppSettings::lastFolder(),
                                                      tr("Yardstick plans (*.yardstick);;All files (*)"));
    if (path.isEmpty())
        return;
    AppSettings::setLastFolder(QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::saveAs()
{
    if (!m_document)
        return;
    m_view->commitPending();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy As"), AppSettings::lastFolder(),
                                                      tr("Yardstick plans (*.yardstick)"));
    if (path.isEmpty())
        return;
    const QString target = path.endsWith(QLatin1String(".yardstick")) ? path : path + QStringLiteral(".yardstick");
    if (auto status = m_document->file().saveAs(target); !status) {
        showError(tr("The copy was not written"), status.error().describe());
        return;
    }
    // Go on working in the new copy, as Save As does everywhere.
    openFile(target);
}

void MainWindow::importDialog()
{
    if (!m_document)
        return;
    ImportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.source().isEmpty())
        return;
    const QString path = m_document->file().path();
    io::ImportOptions options;
    options.cycle = dialog.cycle();
    options.mappingPath = dialog.mappingPath();
    // The import writes through its own connection in a worker thread: release the file first.
    closeDocument();
    const auto outcome = ImportRunner::run(this, path, dialog.source(), dialog.format(), options);
    openFile(path);
    ImportRunner::showOutcome(this, outcome);
}

void MainWindow::exportTable(bool xlsx)
{
    if (!m_document)
        return;
    m_view->commitPending();
    const QString filter = xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Measures"), AppSettings::lastFolder(), filter);
    if (path.isEmpty())
        return;
    const QString suffix = xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const io::ExportTable table = io::MeasureExportTable::build(m_document->snapshot());
    const Status status = xlsx ? io::XlsxExporter::write(table, path) : io::CsvExporter::write(table, path);
    QApplication::restoreOverrideCursor();
    if (!status)
        showError(tr("The export was not written"), status.error().describe());
    else
        statusBar()->showMessage(tr("Exported %1 measures to %2").arg(table.rows.size()).arg(path), 8000);
}

void MainWindow::exportPdf()
{
    if (!m_document)
        return;
    m_view->commitPending();
    // The plan on screen when it is one agency's, else the whole city's book.
    report::pdf::PdfOptions options;
    // The paper the settings name.
    options.paper = AppSettings::paperSize() == QPageSize::Letter ? report::pdf::Paper::Letter : report::pdf::Paper::A4;
    const Plan* plan = m_document->snapshot().plan(m_planId);
    QString suggested = tr("performance-plans.pdf");
    if (plan && m_document->snapshot().plans.size() > 1) {
        const QMessageBox::StandardButton choice = QMessageBox::question(
            this, tr("Export as PDF"),
            tr("Export the plan on screen only, or the whole city's book with every plan in the file?"),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (choice == QMessageBox::Cancel)
            return;
        if (choice == QMessageBox::Yes) {
            if (const PlanOwner* owner = m_document->snapshot().owner(plan->ownerId)) {
                options.scope.agency = owner->name;
                suggested = owner->name + QStringLiteral(".pdf");
            }
        }
    }
    if (plan)
        options.scope.cycle = plan->cycle;
    QString path = QFileDialog::getSaveFileName(this, tr("Export as PDF"),
                                                QDir(AppSettings::lastFolder()).filePath(suggested),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const auto outcome = PdfExportRunner::run(this, m_document->file().path(), path, options);
    if (outcome.cancelled) {
        statusBar()->showMessage(tr("The PDF export was cancelled; no file was written."), 8000);
        return;
    }
    if (outcome.error) {
        showError(tr("The PDF was not written"), outcome.error->describe());
        return;
    }
    statusBar()->showMessage(tr("Wrote %1 pages to %2").arg(outcome.summary->pages).arg(path), 8000);
    auto* preview = new PdfPreviewDialog(path, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
}

RowId MainWindow::addMeasure()
{
    if (!m_document || m_document->isReadOnly() || !m_view)
        return 0;
    const RowId serviceId = m_view->currentServiceId();
    const Service* service = m_document->snapshot().service(serviceId);
    if (!service) {
        showError(tr("Choose a service first"),
                  tr("Select a service, or a measure of it, in the plan tree; the new measure is added to it."));
        return 0;
    }
    Measure measure;
    measure.serviceId = serviceId;
    measure.title = tr("New measure");
    measure.change = ChangeMapping::New;
    // The owner and plan of the service on screen: the plan shown, else the service's owner.
    std::vector<RowId> planIds;
    const Plan* plan = m_document->snapshot().plan(m_view->currentPlanId());
    measure.ownerId = plan ? plan->ownerId : service->ownerId;
    if (plan)
        planIds.push_back(plan->id);
    if (measure.ownerId == 0) {
        showError(tr("No plan for this service"), tr("The service belongs to no plan owner in this file."));
        return 0;
    }
    auto* command = new AddMeasureCommand(*m_document, measure, planIds);
    m_document->undoStack()->push(command);
    const RowId id = command->measureId();
    if (id != 0) {
        m_view->showMeasure(id);
        m_view->measurePage()->tabs()->setCurrentIndex(1);
    }
    return id;
}

void MainWindow::deleteMeasure()
{
    if (!m_document || !m_view)
        return;
    const RowId id = m_view->currentMeasureId();
    const Measure* measure = m_document->snapshot().measure(id);
    if (!measure)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Measure"),
                    tr("Delete the measure \"%1\" with all its values? You can undo this.").arg(measure->title),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText);
    if (box.exec() == QMessageBox::Yes)
        m_document->undoStack()->push(new RemoveMeasureCommand(*m_document, id));
}

void MainWindow::about()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::settings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showError(const QString& title, const QString& text)
{
    // Window-modal but not blocking: the window (and any test driving it) goes on.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    closeDocument();
    event->accept();
}

} // namespace ys::ui
