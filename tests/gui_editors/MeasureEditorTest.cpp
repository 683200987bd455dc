// SPDX-License-Identifier: GPL-3.0-or-later
// The measure editor driven through its widgets, checked on the plan file and the undo stack.
#include "EditorFixture.h"

#include "ui/editors/FieldCaption.h"
#include "ui/editors/FindingsLabel.h"
#include "ui/editors/MeasureEditor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>

using namespace ys;
using namespace ys::ui;

TEST_CASE("gui: editing the formula stores it after a pause in typing, and undo restores the old one")
{
    EditorFixture f;
    const RowId id = f.measureTitled(QStringLiteral("# of EMS Incidents"));
    const QString old = f.stored(id).element(Element::Formula);
    MeasureEditor editor(*f.doc);
    editor.setMeasure(id);
    auto* formula = child<QPlainTextEdit>(editor, QStringLiteral("formula"));
    REQUIRE(formula->toPlainText() == old);

    formula->moveCursor(QTextCursor::End);
    QTest::keyClicks(formula, QStringLiteral(" per year"));
    // Not per keystroke: nothing is written before the pause.
    CHECK(f.doc->undoStack()->count() == 0);
    CHECK(f.stored(id).element(Element::Formula) == old);
    waitForIdleCommit();
    CHECK(f.stored(id).element(Element::Formula) == old + QStringLiteral(" per year"));
    REQUIRE(f.doc->undoStack()->count() == 1);
    CHECK(f.doc->undoStack()->undoText() == QStringLiteral("Edit formula"));

    // More typing in the same field joins the same undo step.
    QTest::keyClicks(formula, QStringLiteral(", all units"));
    waitForIdleCommit();
    CHECK(f.stored(id).element(Element::Formula) == old + QStringLiteral(" per year, all units"));
    CHECK(f.doc->undoStack()->count() == 1);

    f.doc->undoStack()->undo();
    CHECK(f.stored(id).element(Element::Formula) == old);
    CHECK(formula->toPlainText() == old);
    f.doc->undoStack()->redo();
    CHECK(f.stored(id).element(Element::Formula) == old + QStringLiteral(" per year, all units"));
    CHECK(formula->toPlainText() == old + QStringLiteral(" per year, all units"));
}

TEST_CASE("gui: leaving a field commits it at once, and a choice is committed when it is made")
{
    EditorFixture f;
    const RowId id = f.measureTitled(QStringLiteral("# of EMS Incidents"));
    MeasureEditor editor(*f.doc);
    editor.setMeasure(id);
    showActive(editor, 820, 700);
    auto* source = child<QPlainTextEdit>(editor, QStringLiteral("data_source"));
    auto* frequency = child<QLineEdit>(editor, QStringLiteral("update_frequency"));
    source->setFocus();
    source->selectAll();
    QTest::keyClicks(source, QStringLiteral("CAD (Hexagon), incident table"));
    frequency->setFocus(); // before the pause ends
    CHECK(f.stored(id).element(Element::DataSource) == QStringLiteral("CAD (Hexagon), incident table"));
    CHECK(f.doc->undoStack()->undoText() == QStringLiteral("Edit data source"));

    auto* direction = child<QComboBox>(editor, QStringLiteral("direction"));
    REQUIRE(direction->currentData().toInt() == int(Direction::Decrease));
    direction->setFocus();
    QTest::keyClick(direction, Qt::Key_Up);
    CHECK(f.stored(id).direction == Direction::Increase);
    CHECK(f.doc->undoStack()->count() == 2);
    f.doc->undoStack()->undo();
    CHECK(f.stored(id).direction == Direction::Decrease);
    CHECK(direction->currentData().toInt() == int(Direction::Decrease));
}

TEST_CASE("gui: a SMART finding appears under its field as the user types and goes away when fixed")
{
    EditorFixture f;
    const RowId id = f.measureTitled(QStringLiteral("Cardiac survival rate"));
    REQUIRE(f.stored(id).unit == Unit::Percent);
    MeasureEditor editor(*f.doc);
    editor.setMeasure(id);
    auto* formula = child<QPlainTextEdit>(editor, QStringLiteral("formula"));
    auto* findings = child<FindingsLabel>(editor, QStringLiteral("findings:formula"));
    CHECK(findings->findings().isEmpty());

    formula->selectAll();
    QTest::keyClicks(formula, QStringLiteral("Number of cardiac arrest survivors"));
    // Shown live, on the text as typed, before anything is committed.
    REQUIRE(findings->findings().size() == 1);
    CHECK(findings->text().startsWith(QStringLiteral("Measurable: ")));
    CHECK(findings->text().contains(QStringLiteral("denominator")));
    CHECK(child<QLabel>(editor, QStringLiteral("smartSummary"))->text().contains(QStringLiteral("Formula")));
    // Other fields do not carry it.
    CHECK(child<FindingsLabel>(editor, QStringLiteral("findings:data_source"))->findings().isEmpty());

    QTest::keyClicks(formula, QStringLiteral(" / all cardiac arrests treated"));
    CHECK(findings->findings().isEmpty());
    waitForIdleCommit();
    CHECK(f.stored(id).element(Element::Formula) ==
          QStringLiteral("Number of cardiac arrest survivors / all cardiac arrests treated"));

    // A blank title is a Specific finding under the title, and a missing required field.
    auto* title = child<QLineEdit>(editor, QStringLiteral("title"));
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    CHECK(child<FindingsLabel>(editor, QStringLiteral("findings:title"))
              ->text()
              .startsWith(QStringLiteral("Specific: ")));
    CHECK(child<FieldCaption>(editor, QStringLiteral("caption:title"))->isMissing());
    CHECK(editor.completenessText().contains(QStringLiteral("missing Title")));
}

TEST_CASE("gui: undo refreshes the measure editor without moving the cursor of an unchanged field")
{
    EditorFixture f;
    const RowId id = f.measureTitled(QStringLiteral("# of EMS Incidents"));
    const QString oldSource = f.stored(id).element(Element::DataSource);
    MeasureEditor editor(*f.doc);
    editor.setMeasure(id);
    showActive(editor, 820, 700);
    auto* source = child<QPlainTextEdit>(editor, QStringLiteral("data_source"));
    source->setFocus();
    source->selectAll();
    QTest::keyClicks(source, QStringLiteral("CAD export"));
    waitForIdleCommit();
    REQUIRE(f.stored(id).element(Element::DataSource) == QStringLiteral("CAD export"));

    auto* description = child<QPlainTextEdit>(editor, QStringLiteral("description"));
    description->setFocus();
    QTextCursor cursor = description->textCursor();
    cursor.setPosition(12);
    description->setTextCursor(cursor);

    f.doc->undoStack()->undo();
    CHECK(source->toPlainText() == oldSource);
    CHECK(description->hasFocus());
    CHECK(description->textCursor().position() == 12);

    // Typing not yet committed survives a change made elsewhere.
    QTest::keyClicks(description, QStringLiteral("XY"));
    Measure changed = f.stored(id);
    Measure renamed = changed;
    renamed.title = QStringLiteral("EMS incidents");
    REQUIRE(f.doc->writeMeasure(renamed).ok());
    CHECK(child<QLineEdit>(editor, QStringLiteral("title"))->text() == QStringLiteral("EMS incidents"));
    CHECK(description->toPlainText().mid(12, 2) == QStringLiteral("XY"));
    CHECK(description->textCursor().position() == 14);
    waitForIdleCommit();
    CHECK(f.stored(id).element(Element::Description).mid(12, 2) == QStringLiteral("XY"));
    CHECK(f.stored(id).title == QStringLiteral("EMS incidents"));
}

TEST_CASE("gui: a read-only plan file shows the measure editor's fields read-only")
{
    EditorFixture f;
    const RowId id = f.measureTitled(QStringLiteral("# of EMS Incidents"));
    // The file is held by the first document, so a second one opens it read-only.
    auto second = PlanDocument::open(f.doc->file().path());
    REQUIRE(second.ok());
    REQUIRE((*second)->isReadOnly());
    MeasureEditor editor(**second);
    editor.setMeasure(id);
    CHECK(child<QLineEdit>(editor, QStringLiteral("title"))->isReadOnly());
    CHECK(child<QPlainTextEdit>(editor, QStringLiteral("formula"))->isReadOnly());
    CHECK_FALSE(child<QComboBox>(editor, QStringLiteral("type"))->isEnabled());
    CHECK(child<QLabel>(editor, QStringLiteral("readOnlyNote"))
              ->text()
              .startsWith(QStringLiteral("Read-only: ")));
    QTest::keyClicks(child<QPlainTextEdit>(editor, QStringLiteral("formula")), QStringLiteral("x"));
    waitForIdleCommit();
    CHECK((*second)->undoStack()->count() == 0);
}
