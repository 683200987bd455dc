// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionRegistry.h"

#include <QAction>

namespace ys::ui {

ActionRegistry::ActionRegistry(QObject* parent) : QObject(parent)
{
    make(ActionId::New, tr("&New Plan File..."), QKeySequence::New, tr("Create an empty plan file"));
    make(ActionId::Open, tr("&Open..."), QKeySequence::Open, tr("Open a plan file"));
    make(ActionId::SaveAs, tr("Save &As..."), QKeySequence::SaveAs, tr("Write a copy of the plan file under another name"));
    make(ActionId::Import, tr("&Import..."), QKeySequence(Qt::CTRL | Qt::Key_I),
         tr("Import measures from a workbook, a CSV file or a plan JSON file"));
    make(ActionId::ExportCsv, tr("Export as &CSV..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
         tr("Write the measures as a CSV file"));
    make(ActionId::ExportXlsx, tr("Export as E&xcel Workbook..."), QKeySequence(), tr("Write the measures as an XLSX file"));
    make(ActionId::ExportPdf, tr("Export as &PDF..."), QKeySequence(Qt::CTRL | Qt::Key_P),
         tr("Write the plan as a PDF fit to print: one agency's plan, or the whole city's book"));
    make(ActionId::Close, tr("&Close"), QKeySequence::Close, tr("Close the plan file"));
    make(ActionId::Quit, tr("&Quit"), QKeySequence::Quit, tr("Quit Yardstick"));
    make(ActionId::Find, tr("&Find Measure"), QKeySequence::Find, tr("Search measures by title, id, service, type or status"));
    make(ActionId::AddMeasure, tr("&Add Measure"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
         tr("Add a measure to the selected service"));
    make(ActionId::DeleteMeasure, tr("&Delete Measure"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
         tr("Delete the selected measure"));
    make(ActionId::ShowPlan, tr("&Plan"), QKeySequence(Qt::CTRL | Qt::Key_1), tr("Show the plan and the selected item"));
    make(ActionId::ShowTable, tr("All &Measures"), QKeySequence(Qt::CTRL | Qt::Key_2), tr("Show every measure in one table"));
    make(ActionId::ShowScorecard, tr("City &Scorecard"), QKeySequence(Qt::CTRL | Qt::Key_3),
         tr("Show how many measures of the whole file met, nearly met or missed their target, by type"));
    make(ActionId::About, tr("&About Yardstick"), QKeySequence(), tr("Version, licence and data credits"));
    make(ActionId::ReviewerMode, tr("&Reviewer Mode"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
         tr("Show the review: flags, SMART findings, comments and the rubric (recorded in the file)"))
        ->setCheckable(true);
    make(ActionId::ShowReview, tr("Review &Measures"), QKeySequence(Qt::CTRL | Qt::Key_3),
         tr("The plan's measures with their review flags, SMART findings and comments"));
    make(ActionId::ShowPlanReview, tr("Plan &Review"), QKeySequence(Qt::CTRL | Qt::Key_4),
         tr("The plan's rubric, comments and decisions"));
    make(ActionId::ExportReview, tr("&Export Review..."), QKeySequence(),
         tr("Write the plan's review to a review file for the agency"));
    make(ActionId::MergeReview, tr("&Merge Review..."), QKeySequence(),
         tr("Bring a review file into this plan file without losing anything"));
    make(ActionId::ComparePlans, tr("&Compare with Another Version..."), QKeySequence(),
         tr("What changed between another version of the plan file and this one"));
    make(ActionId::ShowHistory, tr("&History..."), QKeySequence(Qt::CTRL | Qt::Key_H),
         tr("Every recorded change of the measure or plan on screen"));
    make(ActionId::Settings, tr("Se&ttings..."), QKeySequence(Qt::CTRL | Qt::Key_Comma),
         tr("Your name, the defaults of new plan files, paper size and reviewer mode"));
}

QAction* ActionRegistry::make(ActionId id, const QString& text, const QKeySequence& shortcut, const QString& tip)
{
    auto* action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    action->setToolTip(tip);
    action->setShortcutVisibleInContextMenu(true);
    m_actions.insert(id, action);
    return action;
}

void ActionRegistry::adopt(ActionId id, QAction* action)
{
    action->setShortcutVisibleInContextMenu(true);
    m_actions.insert(id, action);
}

QAction* ActionRegistry::action(ActionId id) const
{
    return m_actions.value(id);
}

} // namespace ys::ui
