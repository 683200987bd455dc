// SPDX-License-Identifier: GPL-3.0-or-later
// The plan-wide measures table, driven through the real widgets on the sample plan, with edits
// checked in the plan file.
#include "SamplePlanFixture.h"

#include "ui/commands/MeasureCommands.h"
#include "ui/table/MeasuresFilter.h"
#include "ui/table/MeasuresTableModel.h"
#include "ui/table/MeasuresTableView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace {

using Model = MeasuresTableModel;

// The view's index of a measure's cell.
QModelIndex cell(const MeasuresTableView& view, RowId id, int column)
{
    return view.filter()->mapFromSource(view.model()->index(view.model()->rowOf(id), column));
}

QString text(const MeasuresTableView& view, RowId id, int column)
{
    return cell(view, id, column).data().toString();
}

// Enter in an editor: the delegate commits on the next turn of the event loop.
void pressEnter(QWidget* editor)
{
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

// Opens the cell's editor with F2, as a person would.
QWidget* openEditor(MeasuresTableView& view, RowId id, int column)
{
    QTableView* table = view.tableView();
    table->setCurrentIndex(cell(view, id, column));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F2);
    QWidget* editor = table->viewport()->focusWidget() ? table->viewport()->focusWidget() : nullptr;
    if (!editor) {
        const auto editors = table->viewport()->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly);
        for (QWidget* child : editors)
            if (child->isVisible())
                editor = child;
    }
    REQUIRE(editor);
    return editor;
}

void typeInto(MeasuresTableView& view, RowId id, int column, const QString& typed)
{
    auto* edit = qobject_cast<QLineEdit*>(openEditor(view, id, column));
    REQUIRE(edit);
    edit->selectAll();
    QTest::keyClicks(edit, typed);
    pressEnter(edit);
}

} // namespace

TEST_CASE("gui: the measures table shows one row per measure with its latest actual, target, status and completeness")
{
    SamplePlan plan;
    MeasuresTableView view(*plan.doc);
    QAbstractItemModelTester tester(view.model());
    const int measures = int(plan.doc->snapshot().measures.size());
    CHECK(view.model()->rowCount() == measures);
    CHECK(view.countLabel()->text() == QStringLiteral("%1 of %1 measures").arg(measures));
    CHECK(view.model()->headerData(Model::TargetColumn, Qt::Horizontal).toString() == QStringLiteral("FY27 target"));

    const RowId cardiac = plan.measureId(QStringLiteral("Cardiac survival rate"));
    CHECK(text(view, cardiac, Model::IdColumn) == QStringLiteral("#%1").arg(cardiac));
    CHECK(text(view, cardiac, Model::AgencyColumn) == QStringLiteral("AGC2500"));
    CHECK(text(view, cardiac, Model::OwnerColumn) == QStringLiteral("Baltimore City Fire Department"));
    CHECK(text(view, cardiac, Model::ServiceColumn) == QStringLiteral("609: Emergency Medical Services"));
    CHECK(text(view, cardiac, Model::TypeColumn) == QStringLiteral("Output"));
    CHECK(text(view, cardiac, Model::DirectionColumn) == QStringLiteral("Increase"));
    // FY26 has no annual actual yet: the quarters reported so far stand for it, and say so.
    CHECK(text(view, cardiac, Model::LatestActualColumn) == QStringLiteral("43 % (FY26 to Q3)"));
    CHECK(text(view, cardiac, Model::TargetColumn) == QStringLiteral("35 %"));
    CHECK(text(view, cardiac, Model::StatusColumn) == plan.expectedStatus(cardiac));
    CHECK(cell(view, cardiac, Model::StatusColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("FY2")));
    CHECK(cell(view, cardiac, Model::StatusColumn).data(Qt::BackgroundRole).value<QColor>() ==
          report::StatusStyle::of(TargetStatus(cell(view, cardiac, 0).data(Model::StatusRole).toInt())).background);
    CHECK(text(view, cardiac, Model::CompletenessColumn).contains(QLatin1Char('/')));
}

TEST_CASE("gui: filtering the measures table by title, service number, type and status, with the count")
{
    SamplePlan plan;
    MeasuresTableView view(*plan.doc);
    view.show();
    QAbstractItemModelTester tester(view.filter());
    const int total = int(plan.doc->snapshot().measures.size());
    const auto filter = [&view](const QString& typed) {
        view.filterEdit()->clear();
        QTest::keyClicks(view.filterEdit(), typed);
        return view.filter()->rowCount();
    };

    CHECK(filter(QStringLiteral("cardiac surv")) == 1);
    CHECK(view.filter()->index(0, Model::TitleColumn).data().toString() == QStringLiteral("Cardiac survival rate"));
    CHECK(view.countLabel()->text() == QStringLiteral("1 of %1 measures").arg(total));

    CHECK(filter(QStringLiteral("609")) == 6);
    for (int row = 0; row < view.filter()->rowCount(); ++row)
        CHECK(view.filter()->index(row, Model::ServiceColumn).data().toString().startsWith(QStringLiteral("609:")));
    CHECK(view.countLabel()->text() == QStringLiteral("6 of %1 measures").arg(total));

    const int outcomes = filter(QStringLiteral("outcome"));
    CHECK(outcomes > 0);
    for (int row = 0; row < outcomes; ++row)
        CHECK(view.filter()->index(row, Model::TypeColumn).data().toString() == QStringLiteral("Outcome"));

    const int missed = filter(QStringLiteral("missed"));
    CHECK(missed > 0);
    for (int row = 0; row < missed; ++row)
        CHECK(view.filter()->index(row, Model::StatusColumn).data().toString() == QStringLiteral("✗ Missed"));

    // The type and status choices narrow the rows further; "All" lifts them.
    filter(QString());
    view.typeChoice()->setCurrentIndex(view.typeChoice()->findText(QStringLiteral("Outcome")));
    CHECK(view.filter()->rowCount() == outcomes);
    view.statusChoice()->setCurrentIndex(view.statusChoice()->findText(QStringLiteral("✗ Missed")));
    CHECK(view.filter()->rowCount() <= std::min(outcomes, missed));
    view.typeChoice()->setCurrentIndex(0);
    view.statusChoice()->setCurrentIndex(0);
    CHECK(view.filter()->rowCount() == total);

    // Enter on a row asks for that measure.
    QSignalSpy activated(&view, &MeasuresTableView::measureActivated);
    const RowId cardiac = plan.measureId(QStringLiteral("Cardiac survival rate"));
    view.tableView()->setCurrentIndex(cell(view, cardiac, Model::TitleColumn));
    QTest::keyClick(view.tableView(), Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    CHECK(activated.at(0).at(0).value<RowId>() == cardiac);
}

TEST_CASE("gui: editing the plan-year target in the table stores it in the file and changes the status, with undo and redo")
{
    SamplePlan plan;
    MeasuresTableView view(*plan.doc);
    view.resize(1300, 600);
    view.show();
    QAbstractItemModelTester tester(view.filter());
    const RowId cardiac = plan.measureId(QStringLiteral("Cardiac survival rate"));

    // The lead has reported the FY27 actual: 33 % against the target of 35 %.
    Value reported = *plan.storedAnnual(cardiac, 2027);
    Value withActual = reported;
    withActual.actual.number = 33.0;
    plan.doc->undoStack()->push(new SetValueCommand(*plan.doc, reported, withActual, QStringLiteral("actual")));
    CHECK(text(view, cardiac, Model::StatusColumn) == QStringLiteral("≈ Near"));
    CHECK(cell(view, cardiac, Model::StatusColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("FY27")));

    typeInto(view, cardiac, Model::TargetColumn, QStringLiteral("30"));
    REQUIRE(plan.storedAnnual(cardiac, 2027)->target.number == 30.0);
    CHECK(text(view, cardiac, Model::TargetColumn) == QStringLiteral("30 %"));
    CHECK(text(view, cardiac, Model::StatusColumn) == QStringLiteral("✓ Met"));

    plan.doc->undoStack()->undo();
    CHECK(plan.storedAnnual(cardiac, 2027)->target.number == 35.0);
    CHECK(text(view, cardiac, Model::StatusColumn) == QStringLiteral("≈ Near"));
    plan.doc->undoStack()->redo();
    CHECK(plan.storedAnnual(cardiac, 2027)->target.number == 30.0);
    CHECK(text(view, cardiac, Model::StatusColumn) == QStringLiteral("✓ Met"));

    // Words are not a number: they are kept as the reason there is no target, never a zero.
    typeInto(view, cardiac, Model::TargetColumn, QStringLiteral("to be agreed"));
    const std::optional<Value> stored = plan.storedAnnual(cardiac, 2027);
    REQUIRE(stored);
    CHECK_FALSE(stored->target.number.has_value());
    CHECK(stored->target.missingReason == QStringLiteral("to be agreed"));
    CHECK(text(view, cardiac, Model::TargetColumn) == QStringLiteral("to be agreed"));
    CHECK(text(view, cardiac, Model::StatusColumn) == plan.expectedStatus(cardiac));
    CHECK(text(view, cardiac, Model::StatusColumn) != QStringLiteral("✓ Met"));
}

TEST_CASE("gui: title, type and direction are edited in place through the undo stack")
{
    SamplePlan plan;
    MeasuresTableView view(*plan.doc);
    view.resize(1300, 600);
    view.show();
    const RowId cardiac = plan.measureId(QStringLiteral("Cardiac survival rate"));
    QUndoStack* undo = plan.doc->undoStack();

    typeInto(view, cardiac, Model::TitleColumn, QStringLiteral("Out-of-hospital cardiac arrest survival"));
    CHECK(plan.storedMeasure(cardiac).title == QStringLiteral("Out-of-hospital cardiac arrest survival"));
    CHECK(text(view, cardiac, Model::TitleColumn) == QStringLiteral("Out-of-hospital cardiac arrest survival"));

    auto* combo = qobject_cast<QComboBox*>(openEditor(view, cardiac, Model::TypeColumn));
    REQUIRE(combo);
    combo->setCurrentIndex(combo->findText(QStringLiteral("Outcome")));
    pressEnter(combo);
    CHECK(plan.storedMeasure(cardiac).type == MeasureType::Outcome);
    CHECK(text(view, cardiac, Model::TypeColumn) == QStringLiteral("Outcome"));

    combo = qobject_cast<QComboBox*>(openEditor(view, cardiac, Model::DirectionColumn));
    REQUIRE(combo);
    combo->setCurrentIndex(combo->findText(QStringLiteral("Maintain")));
    pressEnter(combo);
    CHECK(plan.storedMeasure(cardiac).direction == Direction::Maintain);

    CHECK(undo->count() == 3);
    undo->undo();
    undo->undo();
    CHECK(plan.storedMeasure(cardiac).type == MeasureType::Output);
    CHECK(plan.storedMeasure(cardiac).direction == Direction::Increase);
    CHECK(text(view, cardiac, Model::TypeColumn) == QStringLiteral("Output"));
    undo->redo();
    CHECK(plan.storedMeasure(cardiac).type == MeasureType::Outcome);
}

TEST_CASE("gui: sorting the measures table by latest actual sorts numbers as numbers")
{
    SamplePlan plan;
    MeasuresTableView view(*plan.doc);
    QAbstractItemModelTester tester(view.filter());
    view.tableView()->sortByColumn(Model::LatestActualColumn, Qt::AscendingOrder);

    const MeasuresFilter& rows = *view.filter();
    std::vector<double> numbers;
    bool emptySeen = false;
    for (int row = 0; row < rows.rowCount(); ++row) {
        const QVariant key = rows.index(row, Model::LatestActualColumn).data(Model::SortRole);
        if (!key.isValid()) {
            emptySeen = true; // measures with no actual sort after every number
            continue;
        }
        CHECK_FALSE(emptySeen);
        numbers.push_back(key.toDouble());
    }
    REQUIRE(numbers.size() > 10);
    CHECK(std::is_sorted(numbers.begin(), numbers.end()));
    // As text ("158,750 (FY26)" before "2 (FY25)") the rows would be in another order.
    QStringList texts;
    for (int row = 0; row < int(numbers.size()); ++row)
        texts << rows.index(row, Model::LatestActualColumn).data().toString();
    CHECK_FALSE(std::is_sorted(texts.begin(), texts.end()));

    // Descending, the largest comes first and the empty cells still come last.
    view.tableView()->sortByColumn(Model::LatestActualColumn, Qt::DescendingOrder);
    CHECK(rows.index(0, Model::LatestActualColumn).data(Model::SortRole).toDouble() == numbers.back());
    CHECK(rows.index(int(numbers.size()) - 1, Model::LatestActualColumn).data(Model::SortRole).toDouble() == numbers.front());
}
