// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 4's acceptance: add a measure to a service and fill its definition until it is complete.
#include "EditorFixture.h"

#include "rules/Completeness.h"
#include "ui/commands/MeasureCommands.h"
#include "ui/editors/FieldCaption.h"
#include "ui/editors/MeasureEditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>

using namespace ys;
using namespace ys::ui;

namespace {

RowId addMeasureToService(EditorFixture& f, int serviceNumber, const QString& title)
{
    const auto& snapshot = f.doc->snapshot();
    Measure measure;
    for (const Service& service : snapshot.services)
        if (service.number == serviceNumber) {
            measure.serviceId = service.id;
            measure.ownerId = service.ownerId;
        }
    REQUIRE(measure.serviceId != 0);
    measure.level = MeasureLevel::Service;
    measure.title = title;
    auto* command = new AddMeasureCommand(*f.doc, measure, {f.planId()});
    f.doc->undoStack()->push(command);
    REQUIRE(command->measureId() != 0);
    return command->measureId();
}

void type(QWidget& editor, const QString& field, const QString& text)
{
    if (auto* line = editor.findChild<QLineEdit*>(field)) {
        QTest::keyClicks(line, text);
        return;
    }
    auto* paragraph = editor.findChild<QPlainTextEdit*>(field);
    REQUIRE(paragraph != nullptr);
    QTest::keyClicks(paragraph, text);
}

} // namespace

TEST_CASE(
    "gui: a measure added to a service is filled in through the editor until its definition is complete")
{
    EditorFixture f;
    const RowId id =
        addMeasureToService(f, 609, QStringLiteral("Percent of EMS patients handed over within 30 minutes"));
    MeasureEditor editor(*f.doc);
    editor.setMeasure(id);
    CHECK(editor.completenessText().startsWith(
        QStringLiteral("1 of 16 required elements: missing Measure type, ")));
    CHECK(child<FieldCaption>(editor, QStringLiteral("caption:formula"))->isMissing());
    CHECK_FALSE(child<FieldCaption>(editor, QStringLiteral("caption:title"))->isMissing());

    // Completeness follows the typing, before anything is committed.
    type(editor, QStringLiteral("description"),
         QStringLiteral("Share of EMS transports whose patient is handed over "
                        "to hospital staff within 30 minutes of arrival."));
    CHECK(editor.completenessText().startsWith(QStringLiteral("2 of 16 required elements: ")));
    CHECK_FALSE(editor.completenessText().contains(QStringLiteral("Description")));
    CHECK_FALSE(child<FieldCaption>(editor, QStringLiteral("caption:description"))->isMissing());

    const QList<QPair<QString, QString>> answers{
        {QStringLiteral("context_required"), QStringLiteral("Offload time depends on hospital staffing.")},
        {QStringLiteral("meaning"),
         QStringLiteral("Units waiting at hospitals cannot answer the next call.")},
        {QStringLiteral("data_use"), QStringLiteral("Weekly offload reports go to each hospital.")},
        {QStringLiteral("data_source"), QStringLiteral("ePCR (ImageTrend Elite)")},
        {QStringLiteral("data_location"), QStringLiteral("ImageTrend report 'Transfer of care times'")},
        {QStringLiteral("data_owner"), QStringLiteral("EMS Quality Improvement Coordinator")},
        {QStringLiteral("update_frequency"), QStringLiteral("Weekly")},
        {QStringLiteral("collection_method"), QStringLiteral("Crews record the transfer time in the ePCR.")},
        {QStringLiteral("formula"),
         QStringLiteral("Transports handed over within 30 minutes / all transports x 100")},
        {QStringLiteral("disaggregation"), QStringLiteral("By hospital and by battalion.")},
        {QStringLiteral("baseline"), QStringLiteral("62.5")},
    };
    for (const auto& [field, text] : answers)
        type(editor, field, text);
    QTest::keyClick(child<QComboBox>(editor, QStringLiteral("type")), Qt::Key_Down);      // Output
    QTest::keyClick(child<QComboBox>(editor, QStringLiteral("direction")), Qt::Key_Down); // Increase
    QTest::keyClick(child<QComboBox>(editor, QStringLiteral("baseline_year")), Qt::Key_End);

    CHECK(editor.completenessText().startsWith(
        QStringLiteral("Complete: all 16 required elements are filled in.")));
    // The two elements asked only where they apply are shown, not counted.
    CHECK(editor.completenessText().contains(QStringLiteral("Proxy, Measurement improvement")));
    for (const FieldCaption* caption : editor.findChildren<FieldCaption*>())
        CHECK_FALSE(caption->isMissing());

    waitForIdleCommit();
    const Measure stored = f.stored(id);
    CHECK(rules::completeness(stored).complete());
    CHECK(stored.type == MeasureType::Output);
    CHECK(stored.direction == Direction::Increase);
    CHECK(stored.baseline == 62.5);
    CHECK(stored.baselineYear == 2027);
    CHECK(stored.element(Element::Formula).endsWith(QStringLiteral("x 100")));
    // One undo step for the addition, then one per field edited: never one per keystroke.
    CHECK(f.doc->undoStack()->count() == 1 + 1 + int(answers.size()) + 3);
}
