// SPDX-License-Identifier: GPL-3.0-or-later
// User text that looks like markup shows literally, never interpreted, in every editor.
#include "EditorFixture.h"

#include "ui/commands/MeasureCommands.h"
#include "ui/commands/PlanCommands.h"
#include "ui/editors/EditorRoles.h"
#include "ui/editors/GoalTableModel.h"
#include "ui/editors/GoalsEditor.h"
#include "ui/editors/MeasureEditor.h"
#include "ui/editors/PersonnelEditor.h"
#include "ui/editors/PersonnelTableModel.h"
#include "ui/editors/PlanSectionsEditor.h"
#include "ui/editors/RiskTableModel.h"
#include "ui/editors/RisksEditor.h"
#include "ui/editors/ServiceEditor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ys;
using namespace ys::ui;

namespace {

const QString Markup = QStringLiteral("<b>bold</b> & <img src=\"x\">");

// Every label that shows text shows it as plain text.
void checkLabelsArePlain(const QWidget& editor)
{
    for (const QLabel* label : editor.findChildren<QLabel*>()) {
        if (label->text().isEmpty())
            continue;
        INFO("label: " << label->text().toStdString());
        CHECK(label->textFormat() == Qt::PlainText);
    }
}

bool anyLabelShows(const QWidget& editor, const QString& text)
{
    for (const QLabel* label : editor.findChildren<QLabel*>())
        if (label->text().contains(text))
            return true;
    return false;
}

} // namespace

TEST_CASE("gui: a title like <b>bold</b> & <img src=\"x\"> shows literally in every editor")
{
    EditorFixture f;
    const RowId measureId = f.measureTitled(QStringLiteral("# of EMS Incidents"));
    Measure renamed = f.stored(measureId);
    renamed.title = Markup;
    f.doc->undoStack()->push(
        new SetMeasureCommand(*f.doc, f.stored(measureId), renamed, QStringLiteral("Rename")));
    const Service service = *f.doc->snapshot().service(renamed.serviceId);
    Service serviceAfter = service;
    serviceAfter.name = Markup;
    f.doc->undoStack()->push(new SetServiceCommand(*f.doc, service, serviceAfter, QStringLiteral("Rename")));
    Plan plan = f.storedPlan();
    Plan planAfter = plan;
    planAfter.overview = Markup;
    f.doc->undoStack()->push(new SetPlanCommand(*f.doc, plan, planAfter, QStringLiteral("Overview")));
    Goal goal = f.doc->goals(f.planId())->front();
    Goal goalAfter = goal;
    goalAfter.statement = Markup;
    f.doc->undoStack()->push(new SectionCommand<Goal>(*f.doc, goal, goalAfter, QStringLiteral("Goal")));
    Risk risk = f.doc->risks(f.planId())->front();
    Risk riskAfter = risk;
    riskAfter.description = Markup;
    f.doc->undoStack()->push(new SectionCommand<Risk>(*f.doc, risk, riskAfter, QStringLiteral("Risk")));
    KeyPerson person = f.doc->personnel(f.planId())->front();
    KeyPerson personAfter = person;
    personAfter.name = Markup;
    f.doc->undoStack()->push(
        new SectionCommand<KeyPerson>(*f.doc, person, personAfter, QStringLiteral("Person")));

    SECTION("measure editor")
    {
        MeasureEditor editor(*f.doc);
        editor.setMeasure(measureId);
        CHECK(child<QLineEdit>(editor, QStringLiteral("title"))->text() == Markup);
        CHECK(child<QLabel>(editor, QStringLiteral("measureTitle"))->text() == Markup);
        CHECK(child<QLabel>(editor, QStringLiteral("measureContext"))
                  ->text()
                  .contains(Markup)); // the service name
        CHECK(child<QComboBox>(editor, QStringLiteral("service"))->currentText().contains(Markup));
        const QComboBox* goals = child<QComboBox>(editor, QStringLiteral("goal"));
        CHECK(goals->findText(Markup, Qt::MatchContains) >= 0);
        checkLabelsArePlain(editor);
    }
    SECTION("plan sections")
    {
        PlanSectionsEditor editor(*f.doc);
        editor.setPlan(f.planId());
        CHECK(child<QPlainTextEdit>(editor, QStringLiteral("overview"))->toPlainText() == Markup);
        CHECK(child<QPlainTextEdit>(editor, QStringLiteral("goalStatement"))->toPlainText() == Markup);
        const QModelIndex statement = editor.goals()->model()->index(0, GoalTableModel::Statement);
        CHECK(statement.data(Qt::DisplayRole).toString() == Markup);
        // Tool tips are read as rich text by Qt when they look like it: they must arrive escaped.
        CHECK(statement.data(Qt::ToolTipRole).toString().contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
        const RiskTableModel* risks = editor.risks()->model();
        bool riskShown = false;
        for (int row = 0; row < risks->rowCount(); ++row)
            riskShown =
                riskShown || risks->index(row, RiskTableModel::Description).data().toString() == Markup;
        CHECK(riskShown);
        const PersonnelTableModel* people = editor.personnel()->model();
        bool personShown = false;
        for (int row = 0; row < people->rowCount(); ++row)
            personShown =
                personShown || people->index(row, PersonnelTableModel::Name).data().toString() == Markup;
        CHECK(personShown);
        for (int tab = 0; tab < editor.tabs()->count(); ++tab)
            CHECK_FALSE(editor.tabs()->tabText(tab).contains(QStringLiteral("<b>")));
        checkLabelsArePlain(editor);
    }
    SECTION("service editor")
    {
        ServiceEditor editor(*f.doc);
        editor.setService(service.id);
        CHECK(child<QLineEdit>(editor, QStringLiteral("serviceName"))->text() == Markup);
        CHECK(anyLabelShows(editor, Markup));
        QTreeWidget* list = editor.measureList();
        bool listed = false;
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            listed = listed || list->topLevelItem(row)->text(0) == Markup;
        CHECK(listed);
        checkLabelsArePlain(editor);
    }
}
