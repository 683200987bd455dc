// SPDX-License-Identifier: GPL-3.0-or-later
// Every item model of the editors passes QAbstractItemModelTester while it is read, edited through
// setData (which pushes commands), grown, shrunk, reordered, undone and reset.
#include "EditorFixture.h"

#include "ui/editors/GoalTableModel.h"
#include "ui/editors/InitiativeTableModel.h"
#include "ui/editors/PersonnelTableModel.h"
#include "ui/editors/RiskTableModel.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace ys;
using namespace ys::ui;

namespace {

QStringList g_modelTestFailures;

void collectModelTestFailures(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtDebugMsg && context.category && QByteArray(context.category) == "qt.modeltest")
        g_modelTestFailures << message;
}

// Runs `body` with a tester on `model` and fails the test case on any complaint.
template <typename Body> void underTester(QAbstractItemModel* model, Body body)
{
    g_modelTestFailures.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectModelTestFailures);
    {
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
        body();
    }
    qInstallMessageHandler(previous);
    INFO(g_modelTestFailures.join(QLatin1Char('\n')).toStdString());
    CHECK(g_modelTestFailures.isEmpty());
}

} // namespace

TEST_CASE("gui: the editors' item models pass QAbstractItemModelTester through edits, undo and reset")
{
    EditorFixture f;
    QUndoStack* undo = f.doc->undoStack();

    SECTION("goals")
    {
        GoalTableModel model(*f.doc);
        underTester(&model, [&] {
            model.setOwner(f.planId());
            REQUIRE(model.rowCount() == 3);
            CHECK(model.setData(model.index(0, GoalTableModel::Statement),
                                QStringLiteral("Fewer fire deaths by 2028")));
            CHECK(model.setData(model.index(0, GoalTableModel::Link), 1));
            CHECK(model.index(0, GoalTableModel::Link).data().toString() == QStringLiteral("Secondary link"));
            CHECK_FALSE(model.flags(model.index(0, GoalTableModel::Smart)).testFlag(Qt::ItemIsEditable));
            undo->undo();
            undo->undo();
            CHECK(model.index(0, GoalTableModel::Link).data().toString() == QStringLiteral("Primary link"));
            Goal goal;
            goal.planId = f.planId();
            goal.ordinal = 9;
            undo->push(new SectionCommand<Goal>(*f.doc, std::nullopt, goal, QStringLiteral("Add")));
            CHECK(model.rowCount() == 4);
            undo->undo();
            CHECK(model.rowCount() == 3);
            REQUIRE(f.doc->reload().ok());
            CHECK(model.rowCount() == 3);
        });
    }
    SECTION("initiatives")
    {
        InitiativeTableModel model(*f.doc);
        underTester(&model, [&] {
            model.setOwner(f.doc->goals(f.planId())->front().id);
            REQUIRE(model.rowCount() > 0);
            CHECK(model.index(0, InitiativeTableModel::Start).data(Qt::EditRole).metaType().id() ==
                  QMetaType::QDate);
            CHECK(model.setData(model.index(0, InitiativeTableModel::Start), QDate(2026, 8, 1)));
            CHECK(model.setData(model.index(0, InitiativeTableModel::Status), 2));
            CHECK(model.index(0, InitiativeTableModel::Status).data().toString() ==
                  QStringLiteral("Completed"));
            CHECK_FALSE(model.setData(model.index(0, InitiativeTableModel::Status), 17));
            undo->undo();
            undo->undo();
            model.setOwner(0);
            CHECK(model.rowCount() == 0);
        });
    }
    SECTION("risks, reordered by category")
    {
        RiskTableModel model(*f.doc);
        underTester(&model, [&] {
            model.setOwner(f.planId());
            REQUIRE(model.rowCount() == 10);
            const RowId first = model.rowAt(0)->id;
            // Moving the first risk to "Other" moves its row among the other risks of that category.
            CHECK(model.setData(model.index(0, RiskTableModel::Category), 4));
            CHECK(model.rowOf(first) > 0);
            CHECK(model.index(model.rowOf(first), RiskTableModel::Category).data().toString() ==
                  QStringLiteral("Other"));
            undo->undo();
            CHECK(model.rowAt(0)->id == first);
            undo->push(
                new SectionCommand<Risk>(*f.doc, *model.rowAt(0), std::nullopt, QStringLiteral("Remove")));
            CHECK(model.rowCount() == 9);
            undo->undo();
            CHECK(model.rowCount() == 10);
        });
    }
    SECTION("key personnel")
    {
        PersonnelTableModel model(*f.doc);
        underTester(&model, [&] {
            model.setOwner(f.planId());
            REQUIRE(model.rowCount() == 9);
            const QStringList services =
                model.index(0, PersonnelTableModel::ServiceColumn).data(ChoicesRole).toStringList();
            CHECK(services.front() == QStringLiteral("Agency-wide"));
            CHECK(services.contains(QStringLiteral("Service 609: Emergency Medical Services")));
            CHECK(model.setData(model.index(0, PersonnelTableModel::Name), QStringLiteral("A. Person")));
            CHECK(model.setData(model.index(0, PersonnelTableModel::ServiceColumn), 0));
            undo->undo();
            undo->undo();
        });
    }
}
