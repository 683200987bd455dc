// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorFixture.h"

#include "storage/ReferenceRepository.h"
#include "ui/editors/FindingsLabel.h"
#include "ui/editors/ServiceEditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ys;
using namespace ys::ui;

namespace {

Service serviceNumbered(const EditorFixture& f, int number)
{
    auto found = storage::ReferenceRepository(f.doc->file()).serviceByNumber(number);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return **found;
}

} // namespace

TEST_CASE("gui: the service editor edits the description, shows the family of measures and opens a measure")
{
    EditorFixture f;
    const Service ems = serviceNumbered(f, 609);
    ServiceEditor editor(*f.doc);
    editor.setService(ems.id);
    showActive(editor, 820, 600);

    auto* number = child<QLineEdit>(editor, QStringLiteral("serviceNumber"));
    CHECK(number->isReadOnly());
    CHECK(number->text() == QStringLiteral("609 (SRV0609)"));
    CHECK(child<QLabel>(editor, QStringLiteral("servicePillar"))->text() ==
          QStringLiteral("Pillar 1: Enhancing Public Safety"));

    auto* description = child<QPlainTextEdit>(editor, QStringLiteral("serviceDescription"));
    REQUIRE(description->toPlainText() == ems.description);
    description->moveCursor(QTextCursor::End);
    QTest::keyClicks(description, QStringLiteral(" It also trains bystanders."));
    waitForIdleCommit();
    CHECK(serviceNumbered(f, 609).description ==
          ems.description + QStringLiteral(" It also trains bystanders."));
    CHECK(f.doc->undoStack()->undoText() == QStringLiteral("Edit service description"));
    f.doc->undoStack()->undo();
    CHECK(serviceNumbered(f, 609).description == ems.description);
    CHECK(description->toPlainText() == ems.description);

    // Service 609: five output measures and one efficiency measure, nothing on effectiveness or outcome.
    const QString family = child<QLabel>(editor, QStringLiteral("serviceFamily"))->text();
    CHECK(family.contains(QStringLiteral("\u2713 Output")));
    CHECK(family.contains(QStringLiteral("\u2713 Efficiency")));
    CHECK(family.contains(QStringLiteral("\u2717 Outcome (none)")));
    CHECK(child<FindingsLabel>(editor, QStringLiteral("familyWarning"))
              ->text()
              .startsWith(QStringLiteral("Output-only family")));

    QTreeWidget* list = editor.measureList();
    REQUIRE(list->topLevelItemCount() == 6);
    QTreeWidgetItem* item = list->topLevelItem(1);
    const RowId expected = f.measureTitled(item->text(0));
    QSignalSpy activated(&editor, &ServiceEditor::measureActivated);
    const QRect rect = list->visualItemRect(item);
    // QTest's double-click is the second click only: the first is sent as a person makes it.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(activated.count() == 1);
    CHECK(activated.front().front().value<RowId>() == expected);

    // A service with effectiveness and outcome measures is not output-only.
    editor.setService(serviceNumbered(f, 602).id);
    CHECK(child<FindingsLabel>(editor, QStringLiteral("familyWarning"))->findings().isEmpty());
}
