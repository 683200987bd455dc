// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;

namespace ys::ui {

class ActionRegistry;
class DocumentView;
class PlanDocument;
class ReviewWorkflow;

// The application's main window: menus and shortcuts, the open plan file's view, the status bar
// (file, lock, read-only, the plan's life-cycle state), and the file operations (new, open,
// recent, save as, import, export).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; on failure shows why and keeps the current file.
    bool openFile(const QString& path);
    // Creates a new plan file at `path` with the defaults of the settings and works in it.
    bool createFile(const QString& path);
    PlanDocument* document() const { return m_document.get(); }
    DocumentView* view() const { return m_view; }
    ActionRegistry* actions() const { return m_actions; }
    ReviewWorkflow* review() const { return m_review; }
    // Adds a new measure to the service on screen, opens it, and returns its id (0 on failure).
    RowId addMeasure();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void setDocument(std::unique_ptr<PlanDocument> document);
    void closeDocument();
    void updateStatus();
    void updateActions();
    void updateRecentMenu();
    void newFile();
    void openDialog();
    // File > Export as PDF: the plan on screen or the city's book, off the GUI thread, then a preview.
    void exportPdf();
    void saveAs();
    void importDialog();
    void exportTable(bool xlsx);
    void deleteMeasure();
    void about();
    void settings();
    void showError(const QString& title, const QString& text);

    std::unique_ptr<PlanDocument> m_document;
    ActionRegistry* m_actions = nullptr;
    ReviewWorkflow* m_review = nullptr;
    DocumentView* m_view = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_lockLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    RowId m_planId = 0;
};

} // namespace ys::ui
