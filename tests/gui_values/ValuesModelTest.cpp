// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValuesFixture.h"

#include "ui/commands/MeasureCommands.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QImage>
#include <QLabel>

TEST_CASE("gui: rows run from the first year with a value to the year after the plan year")
{
    ValuesFixture f;
    f.grid->setMeasure(f.measureId(EmsResponse));
    ValuesModel& model = f.model();
    CHECK(model.planCycle() == 2027);
    CHECK(model.headerData(0, Qt::Vertical).toString() == QStringLiteral("FY21 Annual"));
    CHECK(model.headerData(model.rowCount() - 1, Qt::Vertical).toString() == QStringLiteral("FY28 Annual"));
    // Past years without quarterly values show their annual row only; years with quarters, the year
    // being reported and the plan year show Q1-Q4 too.
    CHECK_FALSE(model.indexOf(2024, Period::Q1, 0).isValid());
    CHECK(model.indexOf(2025, Period::Q4, 0).isValid());
    CHECK(model.indexOf(2027, Period::Q1, 0).isValid());
    CHECK_FALSE(model.indexOf(2028, Period::Q1, 0).isValid());
    CHECK(model.rowCount() == 4 + 5 + 5 + 5 + 1);

    f.grid->findChild<QCheckBox*>()->setChecked(true);
    CHECK(model.rowCount() == 8 * 5);
    CHECK(model.indexOf(2024, Period::Q1, 0).isValid());
}

TEST_CASE("gui: an annual actual derived from the quarters is shown as derived and not stored")
{
    ValuesFixture f;
    const RowId id = f.measureId(EmsIncidents);
    f.grid->setMeasure(id);
    const QModelIndex fy26 = f.cell(2026, Period::Annual, ValuesModel::ActualColumn);

    // FY26: no annual actual yet ("not yet reported"); Q1-Q3 add up (cumulative) to 118,779.
    CHECK(fy26.data().toString() == QStringLiteral("≈ 118,779 (Q1–Q3)"));
    CHECK(fy26.data(ValuesModel::DerivedRole).toBool());
    CHECK(fy26.data(Qt::FontRole).value<QFont>().italic());
    const QString tip = seen(fy26.data(Qt::ToolTipRole));
    CHECK(tip.contains(QStringLiteral("not stored")));
    CHECK(tip.contains(QStringLiteral("the sum of Q1, Q2, and Q3")));
    CHECK(tip.contains(QStringLiteral("not yet reported")));
    // A year to date is not the year: no status until the year is complete.
    CHECK(f.cell(2026, Period::Annual, ValuesModel::StatusColumn).data().toString() ==
          QStringLiteral("– No data"));
    const auto stored = f.stored(id, 2026, Period::Annual);
    REQUIRE_FALSE(stored.isEmpty());
    CHECK_FALSE(stored.actual.number.has_value());
    // The editor starts from what is entered, not from the derived number.
    CHECK(fy26.data(Qt::EditRole).toString().startsWith(QStringLiteral("not yet reported")));

    // The fourth quarter completes the year: still derived, now with a status.
    f.model().setData(f.cell(2026, Period::Q4, ValuesModel::ActualColumn), QStringLiteral("40000"));
    CHECK(fy26.data().toString() == QStringLiteral("≈ 158,779 (Q1–Q4)"));
    CHECK(f.cell(2026, Period::Annual, ValuesModel::StatusColumn).data().toString() ==
          QStringLiteral("✓ Met"));
    CHECK_FALSE(f.stored(id, 2026, Period::Annual).actual.number.has_value());

    // An entered annual actual always wins; a disagreement with the quarters is marked, not corrected.
    f.model().setData(fy26, QStringLiteral("180,000"));
    CHECK_FALSE(fy26.data(ValuesModel::DerivedRole).toBool());
    CHECK(fy26.data().toString() == QStringLiteral("180,000 ⚠"));
    CHECK(seen(fy26.data(Qt::ToolTipRole)).contains(QStringLiteral("The quarters give 158,779")));
    CHECK(f.stored(id, 2026, Period::Annual).actual.number == 180000.0);
    CHECK(f.cell(2026, Period::Annual, ValuesModel::StatusColumn).data().toString() ==
          QStringLiteral("✗ Missed"));
}

TEST_CASE("gui: the raw imported text and the origin show on hover")
{
    ValuesFixture f;
    f.grid->setMeasure(f.measureId(EmsResponse));
    const QModelIndex actual = f.cell(2025, Period::Annual, ValuesModel::ActualColumn);
    CHECK(actual.data().toString() == QStringLiteral("51 % ⚠")); // Q4 says 52 %
    const QString tip = seen(actual.data(Qt::ToolTipRole));
    CHECK(tip.contains(QStringLiteral("Imported as “0.51”, read as 51 %.")));
    CHECK(tip.contains(QStringLiteral("The quarters give 52 %")));

    const QModelIndex reason = f.cell(2026, Period::Annual, ValuesModel::ActualColumn);
    CHECK(seen(reason.data(Qt::ToolTipRole))
              .contains(QStringLiteral("No annual actual entered: “not yet reported")));

    f.model().setData(f.cell(2025, Period::Annual, ValuesModel::TargetColumn), QStringLiteral("85 %"));
    CHECK(seen(f.cell(2025, Period::Annual, ValuesModel::TargetColumn).data(Qt::ToolTipRole))
              .contains(QStringLiteral("Typed in Yardstick as “85 %”, read as 85 %.")));
    CHECK(seen(f.cell(2025, Period::Annual, ValuesModel::StatusColumn).data(Qt::ToolTipRole))
              .contains(QStringLiteral("FY25 is the status year")));
}

TEST_CASE("gui: the values model passes QAbstractItemModelTester while editing")
{
    ValuesFixture f;
    QAbstractItemModelTester tester(&f.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const RowId incidents = f.measureId(EmsIncidents);
    f.grid->setMeasure(incidents);
    ValuesModel& model = f.model();
    model.setData(f.cell(2025, Period::Annual, ValuesModel::TargetColumn), QStringLiteral("150000"));
    model.setData(f.cell(2026, Period::Q4, ValuesModel::ActualColumn), QStringLiteral("N/A"));
    model.setData(f.cell(2027, Period::Annual, ValuesModel::TargetNoteColumn), QStringLiteral("a note"));
    model.paste(f.cell(2027, Period::Q1, ValuesModel::TargetColumn),
                {{QStringLiteral("1"), QStringLiteral("2")}});
    model.fill({f.cell(2025, Period::Q1, ValuesModel::ActualColumn)}, {}, BlockEditReport::Kind::Clear);
    while (f.document->undoStack()->canUndo())
        f.document->undoStack()->undo();
    while (f.document->undoStack()->canRedo())
        f.document->undoStack()->redo();
    model.setAllQuarters(true);
    model.setAllQuarters(false);
    f.grid->setMeasure(f.measureId(EmsResponse));
    REQUIRE(f.document->reload().ok());
    CHECK(model.rowCount() > 0);
    f.grid->setMeasure(0);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("gui: user text is shown literally and never as rich text")
{
    ValuesFixture f;
    const QString title = QStringLiteral("<b>bold</b> & <img src=\"x\">");
    Measure measure = *f.document->snapshot().measure(f.measureId(EmsResponse));
    measure.id = 0;
    measure.uid.clear();
    measure.title = title;
    auto* add = new AddMeasureCommand(*f.document, measure, {f.document->snapshot().plans.front().id});
    f.document->undoStack()->push(add);
    REQUIRE(add->measureId() != 0);
    f.grid->setMeasure(add->measureId());

    const QModelIndex note = f.cell(2027, Period::Annual, ValuesModel::TargetNoteColumn);
    f.model().setData(note, title);
    const QModelIndex target = f.cell(2027, Period::Annual, ValuesModel::TargetColumn);
    f.model().setData(target, title);

    CHECK(note.data().toString() == title);
    CHECK(seen(note.data(Qt::ToolTipRole)) == title);
    CHECK(target.data().toString() == title); // not a number: the reason, as typed
    CHECK(seen(target.data(Qt::ToolTipRole))
              .contains(QStringLiteral("No number: “") + title + QStringLiteral("”")));
    bool titleShown = false;
    for (const QLabel* label : f.grid->findChildren<QLabel*>()) {
        CHECK(label->textFormat() == Qt::PlainText);
        titleShown = titleShown || label->text() == title;
    }
    CHECK(titleShown);
    CHECK(f.view().accessibleName().endsWith(title));
}

// Not run by default: `test_gui_values "[.screenshot]"` draws the grid at a realistic size into
// YS_SCREENSHOT_DIR (default /tmp) to look at.
TEST_CASE("gui: values grid screenshot", "[.screenshot]")
{
    ValuesFixture f;
    const QString dir = qEnvironmentVariableIsSet("YS_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("YS_SCREENSHOT_DIR")
                            : QStringLiteral("/tmp");
    f.grid->setMeasure(f.measureId(EmsResponse));
    QApplication::processEvents();
    CHECK(f.grid->grab().save(dir + QStringLiteral("/values-grid.png")));
    f.grid->setMeasure(f.measureId(EmsIncidents));
    QApplication::clipboard()->setText(QStringLiteral("40000\t\n39000\tN/A\n"));
    f.view().setCurrentIndex(f.cell(2027, Period::Q1, ValuesModel::TargetColumn));
    f.grid->pasteClipboard();
    QApplication::processEvents();
    CHECK(f.grid->grab().save(dir + QStringLiteral("/values-grid-incidents.png")));
    f.grid->setMeasure(f.measureId(EmsResponse));
    f.grid->resize(640, 360);
    QApplication::processEvents();
    f.view().scrollTo(f.view().currentIndex());
    f.view().edit(f.view().currentIndex());
    QApplication::processEvents();
    CHECK(f.grid->grab().save(dir + QStringLiteral("/values-grid-figure-editor.png")));
    const QModelIndex note = f.cell(2026, Period::Annual, ValuesModel::TargetNoteColumn);
    f.view().setCurrentIndex(note);
    f.view().edit(note);
    QApplication::processEvents();
    CHECK(f.grid->grab().save(dir + QStringLiteral("/values-grid-editing.png")));
}
