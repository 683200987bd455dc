// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>

class QAction;

namespace ys::ui {

// Every action of the main window, in one place: its id, text, shortcut and accessible
// description. Menus and tool bars take actions from here, so shortcuts are shown and unique.
enum class ActionId {
    New,
    Open,
    SaveAs,
    Import,
    ExportCsv,
    ExportXlsx,
    ExportPdf,
    Close,
    Quit,
    Undo,
    Redo,
    Find,
    AddMeasure,
    DeleteMeasure,
    ShowPlan,
    ShowTable,
    ShowScorecard,
    About,
    // The review (ui/review/ReviewWorkflow).
    ReviewerMode,
    ShowReview,
    ShowPlanReview,
    ExportReview,
    MergeReview,
    ComparePlans,
    ShowHistory,
    Settings,
};

class ActionRegistry : public QObject
{
    Q_OBJECT

public:
    explicit ActionRegistry(QObject* parent);

    QAction* action(ActionId id) const;
    // Registers an action made elsewhere (QUndoStack's undo/redo) under an id.
    void adopt(ActionId id, QAction* action);

private:
    QAction* make(ActionId id, const QString& text, const QKeySequence& shortcut, const QString& tip);

    QHash<ActionId, QAction*> m_actions;
};

} // namespace ys::ui
