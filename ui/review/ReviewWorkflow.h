// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QMainWindow;
class QMenu;
class QMenuBar;

namespace ys::ui {

class ActionRegistry;
class DocumentView;
class PlanDocument;
class PlanDiffView;

// The review's part of the main window: the View menu's reviewer-mode toggle (recorded in the
// plan file; the application's setting is the default for files that record nothing), the Review
// menu (the plan's measures under review, the plan review, export and merge of review files, the
// comparison with another version, an object's history), and the dialogs they open.
class ReviewWorkflow : public QObject
{
    Q_OBJECT

public:
    ReviewWorkflow(QMainWindow* window, ActionRegistry* actions);

    void addMenus(QMenuBar* bar, QMenu* viewMenu);
    // The document on screen (nullptr when none): reviewer mode is read from its file.
    void setDocument(PlanDocument* document, DocumentView* view);

    bool reviewerMode() const { return m_reviewerMode; }
    // Turns reviewer mode on or off for the open file, recording it in the file when it is writable.
    void setReviewerMode(bool on);

    // The file operations, with a file chooser when no path is given. Each tells the user how it went.
    void exportReview(const QString& path = {});
    void mergeReview(const QString& path = {});
    // Opens the comparison of `path` (the older version) with the open file; returns the view.
    PlanDiffView* compareWith(const QString& path = {});
    void showHistory(bool plan, qint64 id);

private:
    void updateActions();
    void tell(const QString& title, const QString& text, bool problem);

    QMainWindow* m_window;
    ActionRegistry* m_actions;
    PlanDocument* m_document = nullptr;
    QPointer<DocumentView> m_view;
    bool m_reviewerMode = false;
};

} // namespace ys::ui
