// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValuesFixture.h"

#include <QClipboard>
#include <QItemSelectionModel>
#include <QLabel>

TEST_CASE("gui: a typed target is stored and changes the status and undo and redo restore it")
{
    ValuesFixture f;
    const RowId id = f.measureId(EmsResponse);
    f.grid->setMeasure(id);
    REQUIRE(f.model().statusYear() == 2025);
    const QModelIndex target = f.cell(2025, Period::Annual, ValuesModel::TargetColumn);
    const QModelIndex status = f.cell(2025, Period::Annual, ValuesModel::StatusColumn);
    CHECK(status.data().toString() == QStringLiteral("✗ Missed")); // 51 % against 90 %, higher is better

    f.type(target, QStringLiteral("50"));
    CHECK(f.stored(id, 2025, Period::Annual).target.number == 50.0);
    CHECK(f.stored(id, 2025, Period::Annual).target.origin == Origin::User);
    CHECK(f.stored(id, 2025, Period::Annual).actual.number == 51.0); // the other side is untouched
    CHECK(target.data().toString() == QStringLiteral("50 %"));
    CHECK(status.data().toString() == QStringLiteral("✓ Met"));
    CHECK(status.data(Qt::BackgroundRole).value<QBrush>().color() == QColor(0xD5, 0xF0, 0xE7));
    // Enter moved on to the cell below, as in a spreadsheet.
    CHECK(f.view().currentIndex().row() == target.row() + 1);

    f.document->undoStack()->undo();
    CHECK(f.stored(id, 2025, Period::Annual).target.number == 90.0);
    CHECK(f.stored(id, 2025, Period::Annual).target.raw == QStringLiteral("0.9"));
    CHECK(status.data().toString() == QStringLiteral("✗ Missed"));
    f.document->undoStack()->redo();
    CHECK(f.stored(id, 2025, Period::Annual).target.number == 50.0);
    CHECK(status.data().toString() == QStringLiteral("✓ Met"));

    // Escape leaves the cell as it was.
    f.view().setCurrentIndex(target);
    QTest::keyClicks(&f.view(), QStringLiteral("7"));
    QWidget* editor = f.view().indexWidget(target);
    REQUIRE(editor != nullptr);
    QTest::keyClick(editor, Qt::Key_Escape);
    CHECK(f.view().indexWidget(target) == nullptr);
    CHECK(f.stored(id, 2025, Period::Annual).target.number == 50.0);
}

TEST_CASE("gui: a typed word is kept as the reason for a missing number and a percent sign is read")
{
    ValuesFixture f;
    const RowId id = f.measureId(EmsResponse);
    f.grid->setMeasure(id);

    SECTION("N/A is a missing value with its reason, never 0")
    {
        const QModelIndex target = f.cell(2028, Period::Annual, ValuesModel::TargetColumn);
        f.type(target, QStringLiteral("N/A"));
        const auto value = f.stored(id, 2028, Period::Annual);
        REQUIRE_FALSE(value.isEmpty());
        CHECK_FALSE(value.target.number.has_value());
        CHECK(value.target.missingReason == QStringLiteral("N/A"));
        CHECK(target.data().toString() == QStringLiteral("N/A"));
        CHECK(target.data(ValuesModel::MissingRole).toBool());
        CHECK(target.data(Qt::FontRole).value<QFont>().italic());

        // Clearing the cell removes the reason as well.
        f.type(target, QStringLiteral(" "));
        CHECK_FALSE(f.isStored(id, 2028, Period::Annual));
    }
    SECTION("75% on a percent measure is 75")
    {
        const QModelIndex actual = f.cell(2027, Period::Q1, ValuesModel::ActualColumn);
        f.type(actual, QStringLiteral("75%"));
        const auto value = f.stored(id, 2027, Period::Q1);
        REQUIRE_FALSE(value.isEmpty());
        CHECK(value.actual.number == 75.0);
        CHECK(value.actual.missingReason.isEmpty());
        CHECK(actual.data().toString() == QStringLiteral("75 %"));
    }
    SECTION("a note keeps its line breaks and shows on one line")
    {
        const QModelIndex note = f.cell(2027, Period::Annual, ValuesModel::ActualNoteColumn);
        f.view().setCurrentIndex(note);
        f.view().edit(note);
        QWidget* editor = f.view().indexWidget(note);
        REQUIRE(editor != nullptr);
        QTest::keyClicks(editor, QStringLiteral("first"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(editor, QStringLiteral("second"));
        QTest::keyClick(editor, Qt::Key_Return);
        CHECK(f.stored(id, 2027, Period::Annual).actual.note == QStringLiteral("first\nsecond"));
        CHECK(note.data().toString() == QStringLiteral("first ↵ second"));
    }
}

TEST_CASE("gui: a block pasted from a spreadsheet is stored and one undo takes it all back")
{
    ValuesFixture f;
    const RowId id = f.measureId(EmsIncidents);
    f.grid->setMeasure(id);
    const QModelIndex topLeft = f.cell(2027, Period::Q1, ValuesModel::TargetColumn);
    f.view().setFocus();
    f.view().setCurrentIndex(topLeft);
    const int before = f.document->undoStack()->count();

    // Three quarters x (target, actual), as Excel puts them on the clipboard.
    QApplication::clipboard()->setText(
        QStringLiteral("40,000\t41250\r\n40000\t\"39,100\"\r\n40000\tnot yet reported\r\n"));
    QTest::keyClick(&f.view(), Qt::Key_V, Qt::ControlModifier);

    CHECK(f.document->undoStack()->count() == before + 1);
    CHECK(f.stored(id, 2027, Period::Q1).target.number == 40000.0);
    CHECK(f.stored(id, 2027, Period::Q1).actual.number == 41250.0);
    CHECK(f.stored(id, 2027, Period::Q2).target.number == 40000.0);
    CHECK(f.stored(id, 2027, Period::Q2).actual.number == 39100.0);
    CHECK(f.stored(id, 2027, Period::Q3).target.number == 40000.0);
    CHECK_FALSE(f.stored(id, 2027, Period::Q3).actual.number.has_value());
    CHECK(f.stored(id, 2027, Period::Q3).actual.missingReason == QStringLiteral("not yet reported"));
    CHECK(f.grid->message().contains(QStringLiteral("Pasted 6 cells")));
    CHECK(f.grid->message().contains(QStringLiteral("“not yet reported”")));
    // The pasted block is selected.
    CHECK(f.view().selectionModel()->selectedIndexes().size() == 6);

    f.document->undoStack()->undo();
    for (Period quarter : {Period::Q1, Period::Q2, Period::Q3})
        CHECK_FALSE(f.isStored(id, 2027, quarter));

    SECTION("cells beyond the grid or on the computed Status column are reported, not used")
    {
        const int last = f.model().rowCount() - 1;
        f.view().setCurrentIndex(f.model().index(last, ValuesModel::ActualColumn));
        f.view().selectionModel()->select(f.view().currentIndex(), QItemSelectionModel::ClearAndSelect);
        QApplication::clipboard()->setText(QStringLiteral("1\tMet\n2\tMet\n"));
        QTest::keyClick(&f.view(), Qt::Key_V, Qt::ControlModifier);
        CHECK(f.stored(id, 2028, Period::Annual).actual.number == 1.0);
        CHECK(f.grid->message().contains(QStringLiteral("2 cells fell outside the grid")));
        CHECK(f.grid->message().contains(QStringLiteral("1 cell fell on the Status column")));
    }
}

TEST_CASE("gui: Delete clears the selection as one undo step and Ctrl+C copies it as tab-separated text")
{
    ValuesFixture f;
    const RowId id = f.measureId(EmsIncidents);
    f.grid->setMeasure(id);
    const QModelIndex q1 = f.cell(2025, Period::Q1, ValuesModel::ActualColumn);
    const QModelIndex q2 = f.cell(2025, Period::Q2, ValuesModel::ActualColumn);
    f.view().setCurrentIndex(q1);
    f.view().selectionModel()->select(QItemSelection(q1, q2), QItemSelectionModel::ClearAndSelect);
    f.view().setFocus();

    QTest::keyClick(&f.view(), Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("42,342\n39,025\n"));

    const int before = f.document->undoStack()->count();
    QTest::keyClick(&f.view(), Qt::Key_Delete);
    CHECK(f.document->undoStack()->count() == before + 1);
    CHECK_FALSE(f.isStored(id, 2025, Period::Q1));
    CHECK_FALSE(f.isStored(id, 2025, Period::Q2));
    CHECK(f.grid->message() == QStringLiteral("Cleared 2 cells."));

    f.document->undoStack()->undo();
    CHECK(f.stored(id, 2025, Period::Q1).actual.number == 42342.0);
    CHECK(f.stored(id, 2025, Period::Q1).actual.origin == Origin::Import);
    CHECK(f.stored(id, 2025, Period::Q2).actual.number == 39025.0);

    // The copied block pastes back exactly where it came from.
    f.view().selectionModel()->select(q1, QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(&f.view(), Qt::Key_V, Qt::ControlModifier);
    CHECK(f.grid->message() == QStringLiteral("Nothing was changed by the paste."));

    // One copied cell fills the whole selection, as one step.
    f.view().selectionModel()->select(QItemSelection(q1, q2), QItemSelectionModel::ClearAndSelect);
    QApplication::clipboard()->setText(QStringLiteral("40000\r\n"));
    QTest::keyClick(&f.view(), Qt::Key_V, Qt::ControlModifier);
    CHECK(f.stored(id, 2025, Period::Q1).actual.number == 40000.0);
    CHECK(f.stored(id, 2025, Period::Q2).actual.number == 40000.0);
    f.document->undoStack()->undo();
    CHECK(f.stored(id, 2025, Period::Q1).actual.number == 42342.0);
    CHECK(f.stored(id, 2025, Period::Q2).actual.number == 39025.0);
}

TEST_CASE("gui: the caption says the unit and the direction and the status year")
{
    ValuesFixture f;
    f.grid->setMeasure(f.measureId(EmsResponse));
    QStringList texts;
    for (const QLabel* label : f.grid->findChildren<QLabel*>())
        texts << label->text();
    CHECK(texts.contains(EmsResponse));
    CHECK(texts.join(QLatin1Char('\n'))
              .contains(
                  QStringLiteral("Percent · higher is better · annual = latest quarter · status for FY25")));
    CHECK(f.view().accessibleName() == QStringLiteral("Values of ") + EmsResponse);
    // The lead lands on the plan year's target.
    CHECK(f.view().currentIndex() == f.cell(2027, Period::Annual, ValuesModel::TargetColumn));
}

TEST_CASE("gui: a read-only plan file shows its values but takes no edits")
{
    ValuesFixture f;
    auto second = PlanDocument::open(f.path); // the fixture's document holds the lock
    REQUIRE(second.ok());
    REQUIRE((*second)->isReadOnly());
    ValuesGrid grid(**second);
    const RowId id = f.measureId(EmsResponse);
    grid.setMeasure(id);
    const QModelIndex target = grid.model()->indexOf(2025, Period::Annual, ValuesModel::TargetColumn);
    REQUIRE(target.isValid());
    CHECK(target.data().toString() == QStringLiteral("90 %"));
    CHECK_FALSE(target.flags() & Qt::ItemIsEditable);
    CHECK_FALSE(grid.model()->setData(target, QStringLiteral("50")));
    CHECK(grid.model()->paste(target, {{QStringLiteral("50")}}).readOnly);
    CHECK(f.stored(id, 2025, Period::Annual).target.number == 90.0);
}
