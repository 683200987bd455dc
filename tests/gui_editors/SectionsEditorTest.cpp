// SPDX-License-Identifier: GPL-3.0-or-later
// The plan-section editors driven through their widgets, checked on the plan file and undo stack.
#include "EditorFixture.h"

#include "ui/editors/FindingsLabel.h"
#include "ui/editors/GoalForm.h"
#include "ui/editors/GoalTableModel.h"
#include "ui/editors/GoalsEditor.h"
#include "ui/editors/InitiativeTableModel.h"
#include "ui/editors/OverviewEditor.h"
#include "ui/editors/PersonnelEditor.h"
#include "ui/editors/PersonnelTableModel.h"
#include "ui/editors/PlanSectionsEditor.h"
#include "ui/editors/RiskTableModel.h"
#include "ui/editors/RisksEditor.h"
#include "ui/editors/SectionTablePanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QUndoStack>

using namespace ys;
using namespace ys::ui;

namespace {

// Opens a cell's editor the way a double-click does and returns it.
template <typename Editor> Editor* openCell(SectionTablePanel* panel, int row, int column)
{
    QTableView* view = panel->view();
    const QModelIndex index = view->model()->index(row, column);
    view->setCurrentIndex(index);
    view->edit(index);
    auto* editor = qobject_cast<Editor*>(view->indexWidget(index));
    REQUIRE(editor != nullptr);
    return editor;
}

std::vector<Goal> goalsIn(const EditorFixture& f)
{
    auto goals = storage::PlanRepository(f.doc->file()).goals(f.planId());
    REQUIRE(goals.ok());
    return *goals;
}

std::vector<Initiative> initiativesOf(const EditorFixture& f, RowId goalId)
{
    auto rows = storage::PlanRepository(f.doc->file()).initiatives(goalId);
    REQUIRE(rows.ok());
    return *rows;
}

} // namespace

TEST_CASE("gui: a goal and an initiative are added, edited and removed, with undo")
{
    EditorFixture f;
    PlanSectionsEditor editor(*f.doc);
    editor.setPlan(f.planId());
    GoalsEditor* goals = editor.goals();
    REQUIRE(goals->model()->rowCount() == 3);

    goals->goals()->addRowAction()->trigger();
    REQUIRE(goalsIn(f).size() == 4);
    const RowId goalId = goalsIn(f).back().id;
    CHECK(goals->form()->goalId() == goalId);

    // The statement's SMART findings follow the typing.
    auto* statement = child<QPlainTextEdit>(editor, QStringLiteral("goalStatement"));
    auto* findings = child<FindingsLabel>(editor, QStringLiteral("findings:statement"));
    QTest::keyClicks(statement, QStringLiteral("Improve safety"));
    CHECK(findings->text().startsWith(QStringLiteral("Specific: ")));
    CHECK(findings->text().contains(QStringLiteral("Time-bound: ")));
    statement->selectAll();
    QTest::keyClicks(statement, QStringLiteral("Cut fire deaths in homes by 25% from FY25 by June 30, 2028"));
    CHECK(findings->findings().isEmpty());
    waitForIdleCommit();
    CHECK(goalsIn(f).back().statement ==
          QStringLiteral("Cut fire deaths in homes by 25% from FY25 by June 30, 2028"));
    CHECK(f.doc->undoStack()->undoText() == QStringLiteral("Edit goal statement"));

    // Pillar-goal link and its kind.
    QTest::keyClick(child<QComboBox>(editor, QStringLiteral("goalPillarGoal")), Qt::Key_End);
    QTest::keyClick(child<QComboBox>(editor, QStringLiteral("goalLink")), Qt::Key_Down);
    CHECK(goalsIn(f).back().pillarGoalId != 0);
    CHECK_FALSE(goalsIn(f).back().primaryLink);

    // An initiative: added with the plan year's dates, then edited cell by cell.
    SectionTablePanel* initiatives = goals->form()->initiatives();
    initiatives->addRowAction()->trigger();
    REQUIRE(initiativesOf(f, goalId).size() == 1);
    CHECK(initiativesOf(f, goalId).front().start == QDate(2026, 7, 1));
    CHECK(initiativesOf(f, goalId).front().end == QDate(2027, 6, 30));
    auto* title = openCell<QLineEdit>(initiatives, 0, InitiativeTableModel::Title);
    QTest::keyClicks(title, QStringLiteral("Smoke alarm blitz in the ten highest-risk tracts"));
    QTest::keyClick(title, Qt::Key_Return);
    auto* owner = openCell<QLineEdit>(initiatives, 0, InitiativeTableModel::Owner);
    QTest::keyClicks(owner, QStringLiteral("Fire Marshal"));
    QTest::keyClick(owner, Qt::Key_Return);
    auto* end = openCell<QDateEdit>(initiatives, 0, InitiativeTableModel::End);
    end->setDate(QDate(2027, 3, 31));
    QTest::keyClick(end, Qt::Key_Return);
    QTest::keyClick(openCell<QComboBox>(initiatives, 0, InitiativeTableModel::Status), Qt::Key_Down);
    Initiative stored = initiativesOf(f, goalId).front();
    CHECK(stored.title == QStringLiteral("Smoke alarm blitz in the ten highest-risk tracts"));
    CHECK(stored.owner == QStringLiteral("Fire Marshal"));
    CHECK(stored.end == QDate(2027, 3, 31));
    CHECK(stored.status == InitiativeStatus::InProgress);
    CHECK(f.doc->undoStack()->undoText() == QStringLiteral("Edit initiative status"));
    f.doc->undoStack()->undo();
    CHECK(initiativesOf(f, goalId).front().status == InitiativeStatus::Planned);
    f.doc->undoStack()->redo();

    // Removing and undoing the removal brings the initiative back as it was.
    initiatives->view()->setCurrentIndex(initiatives->view()->model()->index(0, 0));
    initiatives->removeRowAction()->trigger();
    CHECK(initiativesOf(f, goalId).empty());
    f.doc->undoStack()->undo();
    REQUIRE(initiativesOf(f, goalId).size() == 1);
    CHECK(initiativesOf(f, goalId).front().title ==
          QStringLiteral("Smoke alarm blitz in the ten highest-risk tracts"));
    CHECK(goals->form()->initiativeModel()->rowCount() == 1);

    // The goal itself.
    goals->goals()->view()->setCurrentIndex(goals->model()->index(3, 0));
    goals->goals()->removeRowAction()->trigger();
    CHECK(goalsIn(f).size() == 3);
    CHECK(f.doc->undoStack()->undoText() == QStringLiteral("Remove goal"));
    f.doc->undoStack()->undo();
    REQUIRE(goalsIn(f).size() == 4);
    CHECK(goalsIn(f).back().statement ==
          QStringLiteral("Cut fire deaths in homes by 25% from FY25 by June 30, 2028"));
    CHECK(goals->model()->rowCount() == 4);
}

TEST_CASE("gui: a risk and a key person are added, edited and removed, with undo")
{
    EditorFixture f;
    PlanSectionsEditor editor(*f.doc);
    editor.setPlan(f.planId());
    storage::PlanRepository plans(f.doc->file());

    SECTION("risk")
    {
        RisksEditor* risks = editor.risks();
        const int before = risks->model()->rowCount();
        REQUIRE(before == 10);
        risks->panel()->addRowAction()->trigger();
        REQUIRE(plans.risks(f.planId())->size() == std::size_t(before + 1));
        // The new row's description opens for typing; Tab moves on and commits.
        const int row = risks->panel()->currentRow();
        auto* description = qobject_cast<QPlainTextEdit*>(
            risks->panel()->view()->indexWidget(risks->model()->index(row, RiskTableModel::Description)));
        REQUIRE(description != nullptr);
        QTest::keyClicks(description, QStringLiteral("Hospital diversion during surges"));
        QTest::keyClick(description, Qt::Key_Tab);
        auto* mitigation = openCell<QPlainTextEdit>(risks->panel(), row, RiskTableModel::Mitigation);
        QTest::keyClicks(mitigation, QStringLiteral("Daily call with hospital charge nurses"));
        QTest::keyClick(mitigation, Qt::Key_Tab);
        const RowId riskId = risks->model()->rowAt(row)->id;
        QTest::keyClick(openCell<QComboBox>(risks->panel(), row, RiskTableModel::Category), Qt::Key_Down);

        const auto findRisk = [&]() -> std::optional<Risk> {
            const auto rows = plans.risks(f.planId());
            for (const Risk& risk : *rows)
                if (risk.id == riskId)
                    return risk;
            return std::nullopt;
        };
        REQUIRE(findRisk());
        CHECK(findRisk()->description == QStringLiteral("Hospital diversion during surges"));
        CHECK(findRisk()->mitigation == QStringLiteral("Daily call with hospital charge nurses"));
        CHECK(findRisk()->category == RiskCategory::ItSystems);
        // The table keeps its rows in category order and the moved row current.
        CHECK(risks->model()->rowAt(risks->panel()->currentRow())->id == riskId);

        risks->panel()->removeRowAction()->trigger();
        CHECK_FALSE(findRisk());
        CHECK(risks->model()->rowCount() == before);
        f.doc->undoStack()->undo();
        CHECK(plans.risks(f.planId())->size() == std::size_t(before + 1));
        CHECK(risks->model()->rowCount() == before + 1);
    }

    SECTION("by keyboard: Insert adds a row, Shift+Delete removes the current one")
    {
        showActive(editor, 820, 600);
        editor.tabs()->setCurrentWidget(editor.risks());
        QTableView* view = editor.risks()->panel()->view();
        view->setFocus();
        const int before = editor.risks()->model()->rowCount();
        QTest::keyClick(view, Qt::Key_Insert);
        CHECK(editor.risks()->model()->rowCount() == before + 1);
        CHECK(plans.risks(f.planId())->size() == std::size_t(before + 1));
        // The new risk's description is open for typing; leaving it empty and going back to the table.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        REQUIRE(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Delete, Qt::ShiftModifier);
        CHECK(plans.risks(f.planId())->size() == std::size_t(before));
        // The shortcuts belong to the table they act on: Insert in the overview adds nothing.
        editor.tabs()->setCurrentWidget(editor.overview());
        auto* website = child<QLineEdit>(editor, QStringLiteral("website"));
        website->setFocus();
        QTest::keyClick(website, Qt::Key_Insert);
        CHECK(plans.risks(f.planId())->size() == std::size_t(before));
    }

    SECTION("key person")
    {
        PersonnelEditor* personnel = editor.personnel();
        const int before = personnel->model()->rowCount();
        REQUIRE(before == 9);
        personnel->panel()->addRowAction()->trigger();
        const int row = personnel->panel()->currentRow();
        const RowId personId = personnel->model()->rowAt(row)->id;
        auto* name = qobject_cast<QLineEdit*>(personnel->panel()->view()->indexWidget(
            personnel->model()->index(row, PersonnelTableModel::Name)));
        REQUIRE(name != nullptr);
        QTest::keyClicks(name, QStringLiteral("Jordan Example"));
        QTest::keyClick(name, Qt::Key_Return);
        auto* title = openCell<QLineEdit>(personnel->panel(), row, PersonnelTableModel::Title);
        QTest::keyClicks(title, QStringLiteral("EMS Data Analyst"));
        QTest::keyClick(title, Qt::Key_Return);
        QTest::keyClick(openCell<QComboBox>(personnel->panel(), row, PersonnelTableModel::Role),
                        Qt::Key_Down);

        const auto findPerson = [&]() -> std::optional<KeyPerson> {
            const auto rows = plans.personnel(f.planId());
            for (const KeyPerson& person : *rows)
                if (person.id == personId)
                    return person;
            return std::nullopt;
        };
        REQUIRE(findPerson());
        CHECK(findPerson()->name == QStringLiteral("Jordan Example"));
        CHECK(findPerson()->title == QStringLiteral("EMS Data Analyst"));
        CHECK(findPerson()->role == KeyPerson::Role::DataLead);
        f.doc->undoStack()->undo();
        CHECK(findPerson()->role == KeyPerson::Role::ServiceLead);

        personnel->panel()->view()->setCurrentIndex(
            personnel->model()->index(personnel->model()->rowOf(personId), 0));
        personnel->panel()->removeRowAction()->trigger();
        CHECK_FALSE(findPerson());
        f.doc->undoStack()->undo();
        CHECK(plans.personnel(f.planId())->size() == std::size_t(before + 1));
    }
}

TEST_CASE("gui: the overview's fields are stored in the plan file and undone")
{
    EditorFixture f;
    PlanSectionsEditor editor(*f.doc);
    editor.setPlan(f.planId());
    const Plan old = f.storedPlan();
    CHECK(child<QLabel>(editor, QStringLiteral("planState"))->text().startsWith(QStringLiteral("Draft")));

    auto* vision = child<QPlainTextEdit>(editor, QStringLiteral("vision"));
    REQUIRE(vision->toPlainText() == old.vision);
    vision->moveCursor(QTextCursor::End);
    QTest::keyClicks(vision, QStringLiteral(" Every resident knows CPR."));
    auto* website = child<QLineEdit>(editor, QStringLiteral("website"));
    website->selectAll();
    QTest::keyClicks(website, QStringLiteral("https://fire.baltimorecity.gov/plan"));
    QTest::keyClick(website, Qt::Key_Return);
    CHECK(f.storedPlan().website == QStringLiteral("https://fire.baltimorecity.gov/plan"));
    child<QDateEdit>(editor, QStringLiteral("planDate"))->setDate(QDate(2026, 8, 12));
    waitForIdleCommit();
    CHECK(f.storedPlan().vision == old.vision + QStringLiteral(" Every resident knows CPR."));
    CHECK(f.storedPlan().planDate == QDate(2026, 8, 12));

    f.doc->undoStack()->undo();
    f.doc->undoStack()->undo();
    f.doc->undoStack()->undo();
    CHECK(f.storedPlan().vision == old.vision);
    CHECK(f.storedPlan().website == old.website);
    CHECK(f.storedPlan().planDate == old.planDate);
    CHECK(vision->toPlainText() == old.vision);
    CHECK(website->text() == old.website);
}

TEST_CASE("gui: typing in one overview field in two bursts is one undo step")
{
    EditorFixture f;
    PlanSectionsEditor editor(*f.doc);
    editor.setPlan(f.planId());
    const Plan old = f.storedPlan();
    const int before = f.doc->undoStack()->count();

    auto* vision = child<QPlainTextEdit>(editor, QStringLiteral("vision"));
    vision->moveCursor(QTextCursor::End);
    QTest::keyClicks(vision, QStringLiteral(" Every resident"));
    waitForIdleCommit();
    QTest::keyClicks(vision, QStringLiteral(" knows CPR."));
    waitForIdleCommit();
    CHECK(f.storedPlan().vision == old.vision + QStringLiteral(" Every resident knows CPR."));
    CHECK(f.doc->undoStack()->count() == before + 1);

    auto* website = child<QLineEdit>(editor, QStringLiteral("website"));
    website->selectAll();
    QTest::keyClicks(website, QStringLiteral("https://fire.baltimorecity.gov/plan/fy27"));
    QTest::keyClick(website, Qt::Key_Return);
    CHECK(f.storedPlan().website == QStringLiteral("https://fire.baltimorecity.gov/plan/fy27"));
    CHECK(f.doc->undoStack()->count() == before + 2); // another field: its own step

    f.doc->undoStack()->undo();
    f.doc->undoStack()->undo();
    CHECK(f.storedPlan().vision == old.vision);
    CHECK(f.storedPlan().website == old.website);
}
