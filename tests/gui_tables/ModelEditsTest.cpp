// SPDX-License-Identifier: GPL-3.0-or-later
// The navigation and table models follow the document's edits row by row (no reset), stay valid
// under QAbstractItemModelTester throughout, and show user text literally.
#include "SamplePlanFixture.h"

#include "ui/commands/MeasureCommands.h"
#include "ui/commands/PlanCommands.h"
#include "ui/navigation/NavigationFilter.h"
#include "ui/navigation/NavigationModel.h"
#include "ui/navigation/NavigationView.h"
#include "ui/table/MeasuresFilter.h"
#include "ui/table/MeasuresTableModel.h"
#include "ui/table/MeasuresTableView.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

namespace {

const Service& serviceNumbered(const SamplePlan& plan, int number)
{
    for (const Service& s : plan.doc->snapshot().services)
        if (s.number == number)
            return s;
    FAIL("no service " << number);
    return plan.doc->snapshot().services.front();
}

Measure newMeasure(const SamplePlan& plan, const QString& title)
{
    Measure m;
    m.ownerId = plan.doc->snapshot().owners.front().id;
    m.serviceId = serviceNumbered(plan, 609).id;
    m.title = title;
    m.type = MeasureType::Efficiency;
    m.direction = Direction::Decrease;
    m.unit = Unit::Decimal;
    return m;
}

RowId planId(const SamplePlan& plan)
{
    return plan.doc->snapshot().plans.front().id;
}

// Counts the structural signals of a model: an incremental model never resets on an edit.
struct ModelSignals
{
    explicit ModelSignals(QAbstractItemModel* model)
        : reset(model, &QAbstractItemModel::modelReset), inserted(model, &QAbstractItemModel::rowsInserted),
          removed(model, &QAbstractItemModel::rowsRemoved)
    {
    }
    QSignalSpy reset, inserted, removed;
};

} // namespace

TEST_CASE("gui: adding and removing a measure updates the tree and the table row by row")
{
    SamplePlan plan;
    NavigationModel nav(*plan.doc);
    MeasuresTableModel table(*plan.doc);
    QAbstractItemModelTester navTester(&nav);
    QAbstractItemModelTester tableTester(&table);
    ModelSignals navSignals(&nav), tableSignals(&table);
    QUndoStack* undo = plan.doc->undoStack();
    const int rows = table.rowCount();

    auto* add = new AddMeasureCommand(*plan.doc, newMeasure(plan, QStringLiteral("Minutes from hospital arrival to unit back in service")), {planId(plan)});
    undo->push(add);
    const RowId added = add->measureId();
    REQUIRE(added != 0);
    const QModelIndex node = nav.indexOf(NodeKind::Measure, added);
    REQUIRE(node.isValid());
    CHECK(node.parent().data().toString() == QStringLiteral("Service 609: Emergency Medical Services"));
    CHECK(node.row() == nav.rowCount(node.parent()) - 1);
    CHECK(table.rowCount() == rows + 1);
    CHECK(table.index(table.rowOf(added), MeasuresTableModel::TitleColumn).data().toString() ==
          QStringLiteral("Minutes from hospital arrival to unit back in service"));
    CHECK(navSignals.inserted.size() == 1);
    CHECK(tableSignals.inserted.size() == 1);

    undo->undo();
    CHECK_FALSE(nav.indexOf(NodeKind::Measure, added).isValid());
    CHECK(table.rowOf(added) == -1);
    CHECK(table.rowCount() == rows);
    undo->redo();
    CHECK(nav.indexOf(NodeKind::Measure, added).isValid());
    CHECK(table.rowOf(added) >= 0);

    const RowId cardiac = plan.measureId(QStringLiteral("Cardiac survival rate"));
    const QString status = table.index(table.rowOf(cardiac), MeasuresTableModel::StatusColumn).data().toString();
    undo->push(new RemoveMeasureCommand(*plan.doc, cardiac));
    CHECK_FALSE(nav.indexOf(NodeKind::Measure, cardiac).isValid());
    CHECK(table.rowOf(cardiac) == -1);
    CHECK_FALSE(plan.doc->snapshot().measure(cardiac));
    undo->undo();
    REQUIRE(table.rowOf(cardiac) >= 0);
    CHECK(nav.indexOf(NodeKind::Measure, cardiac).parent().data().toString() == QStringLiteral("Service 609: Emergency Medical Services"));
    CHECK(table.index(table.rowOf(cardiac), MeasuresTableModel::StatusColumn).data().toString() == status);

    CHECK(navSignals.reset.isEmpty());
    CHECK(tableSignals.reset.isEmpty());
    CHECK(navSignals.removed.size() == 2);
    CHECK(tableSignals.removed.size() == 2);
}

TEST_CASE("gui: all four models pass QAbstractItemModelTester through edits, goal changes, undo and a reload")
{
    SamplePlan plan;
    NavigationModel nav(*plan.doc);
    NavigationFilter navFilter;
    navFilter.setSourceModel(&nav);
    navFilter.setFilterText(QStringLiteral("e"));
    MeasuresTableModel table(*plan.doc);
    MeasuresFilter tableFilter;
    tableFilter.setSourceModel(&table);
    tableFilter.sort(MeasuresTableModel::LatestActualColumn);
    tableFilter.setFilterText(QStringLiteral("e"));
    QAbstractItemModelTester t1(&nav), t2(&navFilter), t3(&table), t4(&tableFilter);
    ModelSignals navSignals(&nav), tableSignals(&table);
    QUndoStack* undo = plan.doc->undoStack();
    const auto& snapshot = plan.doc->snapshot();
    const RowId cardiac = plan.measureId(QStringLiteral("Cardiac survival rate"));

    // A definition edit, then a move to another service: the node follows the measure.
    Measure before = *snapshot.measure(cardiac);
    Measure moved = before;
    moved.title = QStringLiteral("Cardiac arrest survival");
    moved.serviceId = serviceNumbered(plan, 602).id;
    undo->push(new SetMeasureCommand(*plan.doc, before, moved, QStringLiteral("move")));
    CHECK(nav.indexOf(NodeKind::Measure, cardiac).parent().data().toString().startsWith(QStringLiteral("Service 602:")));
    CHECK(table.index(table.rowOf(cardiac), MeasuresTableModel::ServiceColumn).data().toString().startsWith(QStringLiteral("602:")));

    Value value = *plan.storedAnnual(cardiac, 2027);
    Value changed = value;
    changed.actual.number = 40.0;
    undo->push(new SetValueCommand(*plan.doc, value, changed, QStringLiteral("actual")));
    CHECK(nav.indexOf(NodeKind::Measure, cardiac).data(NavigationModel::StatusYearRole).toInt() == 2027);

    auto* add = new AddMeasureCommand(*plan.doc, newMeasure(plan, QStringLiteral("Extra measure")), {planId(plan)});
    undo->push(add);
    undo->push(new RemoveMeasureCommand(*plan.doc, plan.measureId(QStringLiteral("# of EMS Incidents"))));

    // Goals: a new one appears under "Goals"; a changed statement is a data change only.
    Goal goal;
    goal.planId = planId(plan);
    goal.ordinal = 4;
    goal.statement = QStringLiteral("Inspect every high-rise building each year by June 30, 2027.");
    undo->push(new SectionCommand<Goal>(*plan.doc, std::nullopt, goal, QStringLiteral("add goal")));
    const QModelIndex goals = nav.index(1, 0, nav.indexOf(NodeKind::Plan, planId(plan)));
    REQUIRE(goals.data().toString() == QStringLiteral("Goals"));
    CHECK(nav.rowCount(goals) == 4);
    CHECK(nav.index(3, 0, goals).data().toString() == QStringLiteral("Goal 4: ") + goal.statement);
    auto stored = plan.doc->goals(planId(plan));
    REQUIRE(stored.ok());
    Goal reworded = stored->front();
    reworded.statement = QStringLiteral("Reach 60% of EMS calls within 9 minutes by June 30, 2028.");
    undo->push(new SectionCommand<Goal>(*plan.doc, stored->front(), reworded, QStringLiteral("reword goal")));
    CHECK(nav.index(0, 0, goals).data().toString() == QStringLiteral("Goal 1: ") + reworded.statement);

    Service service = serviceNumbered(plan, 609);
    Service renamed = service;
    renamed.name = QStringLiteral("Emergency Medical Services (EMS)");
    undo->push(new SetServiceCommand(*plan.doc, service, renamed, QStringLiteral("rename service")));
    CHECK(nav.indexOf(NodeKind::Service, service.id).data().toString() == QStringLiteral("Service 609: Emergency Medical Services (EMS)"));

    CHECK(navSignals.reset.isEmpty());
    CHECK(tableSignals.reset.isEmpty());

    while (undo->canUndo())
        undo->undo();
    CHECK(nav.indexOf(NodeKind::Measure, cardiac).parent().data().toString() == QStringLiteral("Service 609: Emergency Medical Services"));
    CHECK(nav.rowCount(goals) == 3);
    CHECK(table.rowCount() == int(snapshot.measures.size()));
    while (undo->canRedo())
        undo->redo();

    REQUIRE(plan.doc->reload().ok());
    CHECK(navSignals.reset.size() == 1);
    CHECK(tableSignals.reset.size() == 1);
    CHECK(table.rowCount() == int(snapshot.measures.size()));
}

TEST_CASE("gui: a measure titled with markup is shown literally in the tree and the table")
{
    SamplePlan plan;
    const QString title = QStringLiteral("<b>bold</b> & <img src=\"x\">");
    auto* add = new AddMeasureCommand(*plan.doc, newMeasure(plan, title), {planId(plan)});
    plan.doc->undoStack()->push(add);
    const RowId id = add->measureId();

    NavigationView navigation(*plan.doc);
    navigation.show();
    QTest::keyClicks(navigation.searchEdit(), QStringLiteral("<b>bold"));
    const QModelIndex node = navigation.filter()->mapFromSource(navigation.model()->indexOf(NodeKind::Measure, id));
    REQUIRE(node.isValid());
    CHECK(node.data().toString() == title);
    CHECK_FALSE(node.data(Qt::ToolTipRole).toString().contains(QStringLiteral("<b>bold")));
    CHECK(node.data(Qt::ToolTipRole).toString().contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img")));
    auto* treeDelegate = qobject_cast<QStyledItemDelegate*>(navigation.treeView()->itemDelegateForIndex(node));
    REQUIRE(treeDelegate);
    CHECK(treeDelegate->displayText(node.data(), QLocale()) == title);

    MeasuresTableView tableView(*plan.doc);
    tableView.resize(1300, 600);
    tableView.show();
    QTest::keyClicks(tableView.filterEdit(), QStringLiteral("<img"));
    REQUIRE(tableView.filter()->rowCount() == 1);
    const QModelIndex cell = tableView.filter()->index(0, MeasuresTableModel::TitleColumn);
    CHECK(cell.data().toString() == title);
    CHECK(cell.data(Qt::EditRole).toString() == title);
    CHECK(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
    auto* tableDelegate = qobject_cast<QStyledItemDelegate*>(tableView.tableView()->itemDelegateForIndex(cell));
    REQUIRE(tableDelegate);
    CHECK(tableDelegate->displayText(cell.data(), QLocale()) == title);

    // The in-place editor shows the characters too, and storing them back keeps them.
    tableView.tableView()->setCurrentIndex(cell);
    tableView.tableView()->setFocus();
    QTest::keyClick(tableView.tableView(), Qt::Key_F2);
    auto* editor = tableView.tableView()->viewport()->findChild<QLineEdit*>();
    REQUIRE(editor);
    CHECK(editor->text() == title);
    QTest::keyClick(editor, Qt::Key_End);
    QTest::keyClicks(editor, QStringLiteral(" <i>"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on the next turn of the event loop
    CHECK(plan.storedMeasure(id).title == title + QStringLiteral(" <i>"));
}
