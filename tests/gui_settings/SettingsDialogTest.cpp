// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog, driven with the keyboard and the mouse: it shows the stored settings, OK
// stores what was typed, Cancel nothing; new plan files start with its defaults, and the name it
// sets is the one a plan file's lock and audit log record.
#include "SettingsSandbox.h"

#include "io/PlanJsonImporter.h"
#include "storage/AuditLog.h"
#include "storage/FileLock.h"
#include "storage/FileSettings.h"
#include "storage/PlanFile.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/actions/ActionRegistry.h"
#include "ui/commands/PlanCommands.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/document/PlanDocument.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace ys;
using namespace ys::ui;

namespace {

void fillIn(SettingsDialog& dialog)
{
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.nameEdit()->setFocus();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("  Ana Reviewer "));
    // January: the first month, chosen with the keyboard.
    dialog.startMonthBox()->setFocus();
    QTest::keyClick(dialog.startMonthBox(), Qt::Key_Home);
    dialog.toleranceBox()->setFocus();
    dialog.toleranceBox()->selectAll();
    QTest::keyClicks(dialog.toleranceBox(), QStringLiteral("5"));
    dialog.paperBox()->setCurrentIndex(dialog.paperBox()->findData(int(QPageSize::Letter)));
    dialog.reviewerModeBox()->setFocus();
    QTest::keyClick(dialog.reviewerModeBox(), Qt::Key_Space);
}

void click(SettingsDialog& dialog, QDialogButtonBox::StandardButton which)
{
    QPushButton* button = dialog.buttons()->button(which);
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

QString makeSample(const TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("sample.yardstick"));
    auto file = storage::PlanFile::create(path);
    REQUIRE(file.ok());
    REQUIRE(io::PlanJsonImporter::importFile(**file, QStringLiteral(YS_SOURCE_DIR "/resources/sample/sample-plan.json")).ok());
    return path;
}

// Changes the plan's contact through the window's document, as the plan editor does.
void editContact(MainWindow& window, const QString& contact)
{
    PlanDocument* document = window.document();
    REQUIRE(document);
    REQUIRE_FALSE(document->snapshot().plans.empty());
    const Plan before = document->snapshot().plans.front();
    Plan after = before;
    after.contact = contact;
    document->undoStack()->push(new SetPlanCommand(*document, before, after, QStringLiteral("Contact")));
}

QString lastAuditUser(const QString& path)
{
    auto file = storage::PlanFile::open(path, {storage::PlanFile::Access::ReadOnly, true, {}});
    REQUIRE(file.ok());
    auto history = storage::AuditLog((*file)->connection(), {}).history();
    REQUIRE(history.ok());
    REQUIRE_FALSE(history->empty());
    CHECK(history->back().entity == QStringLiteral("plan")); // the edit just made
    return history->back().user;
}

} // namespace

TEST_CASE("gui: the settings dialog shows the defaults first, and OK stores what was typed and chosen")
{
    const SettingsSandbox sandbox;
    {
        SettingsDialog dialog;
        CHECK(dialog.nameEdit()->text().isEmpty());
        CHECK(dialog.nameEdit()->placeholderText().contains(storage::FileLock::currentUser()));
        CHECK(dialog.startMonthBox()->currentData().toInt() == 7);
        CHECK(dialog.startMonthBox()->count() == 12);
        CHECK(dialog.toleranceBox()->value() == Approx(10.0));
        CHECK(dialog.paperBox()->currentData().toInt() == int(AppSettings::paperSize()));
        CHECK(dialog.paperBox()->count() == 2); // A4 and Letter: the papers the publication is laid out for
        CHECK_FALSE(dialog.reviewerModeBox()->isChecked());

        fillIn(dialog);
        click(dialog, QDialogButtonBox::Ok);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(AppSettings::userName() == QStringLiteral("Ana Reviewer")); // spaces trimmed
    CHECK(AppSettings::fiscalYearStartMonth() == 1);
    CHECK(AppSettings::defaultTolerance() == Approx(0.05));
    CHECK(AppSettings::paperSize() == QPageSize::Letter);
    CHECK(AppSettings::reviewerMode());
    // Under the key the reviewer-mode feature reads.
    CHECK(QSettings().value(QStringLiteral("review/reviewerMode")).toBool());

    // The dialog opens on what is stored.
    SettingsDialog again;
    CHECK(again.nameEdit()->text() == QStringLiteral("Ana Reviewer"));
    CHECK(again.startMonthBox()->currentData().toInt() == 1);
    CHECK(again.toleranceBox()->value() == Approx(5.0));
    CHECK(again.paperBox()->currentData().toInt() == int(QPageSize::Letter));
    CHECK(again.reviewerModeBox()->isChecked());
}

TEST_CASE("gui: Cancel in the settings dialog stores nothing")
{
    const SettingsSandbox sandbox;
    AppSettings::setUserName(QStringLiteral("Before"));
    SettingsDialog dialog;
    fillIn(dialog);
    click(dialog, QDialogButtonBox::Cancel);
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(AppSettings::userName() == QStringLiteral("Before"));
    CHECK(AppSettings::fiscalYearStartMonth() == 7);
    CHECK(AppSettings::defaultTolerance() == Approx(0.10));
    CHECK_FALSE(AppSettings::reviewerMode());
}

TEST_CASE("gui: settings out of range or damaged in the settings file fall back to their defaults")
{
    const SettingsSandbox sandbox;
    QSettings raw;
    raw.setValue(QStringLiteral("newFiles/fiscalYearStartMonth"), 13);
    raw.setValue(QStringLiteral("newFiles/defaultTolerance"), QStringLiteral("a lot"));
    raw.setValue(QStringLiteral("print/paperSize"), QStringLiteral("Napkin"));
    raw.sync();
    CHECK(AppSettings::fiscalYearStartMonth() == 7);
    CHECK(AppSettings::defaultTolerance() == Approx(0.10));
    CHECK(AppSettings::paperSizes().contains(AppSettings::paperSize()));
    SettingsDialog dialog; // and the dialog shows the defaults, not an empty choice
    CHECK(dialog.startMonthBox()->currentIndex() == 6);
    CHECK(dialog.paperBox()->currentIndex() >= 0);
}

TEST_CASE("gui: the Settings menu entry opens the settings dialog")
{
    const SettingsSandbox sandbox;
    MainWindow window;
    QAction* action = window.actions()->action(ActionId::Settings);
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Comma));
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
        opened = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    action->trigger();
    CHECK(opened);
}

TEST_CASE("gui: a new plan file starts with the settings' month and tolerance, and the settings' name is recorded in its lock and audit log")
{
    const SettingsSandbox sandbox;
    const TempDir dir;
    AppSettings::setUserName(QStringLiteral("Ana Reviewer"));
    AppSettings::setFiscalYearStartMonth(1);
    AppSettings::setDefaultTolerance(0.05);

    {
        MainWindow window;
        const QString fresh = dir.path(QStringLiteral("new.yardstick"));
        REQUIRE(window.createFile(fresh));
        CHECK(window.document()->file().userName() == QStringLiteral("Ana Reviewer"));
        CHECK(window.document()->snapshot().fiscalYearStartMonth == 1);
        CHECK(window.document()->snapshot().defaultTolerance == Approx(0.05));
        const auto holder = storage::FileLock::holder(fresh);
        REQUIRE(holder);
        CHECK(holder->user == QStringLiteral("Ana Reviewer"));
    }

    const QString sample = makeSample(dir);
    {
        MainWindow window;
        REQUIRE(window.openFile(sample));
        CHECK(storage::FileLock::holder(sample)->user == QStringLiteral("Ana Reviewer"));
        editContact(window, QStringLiteral("performance@example.org"));
    }
    CHECK(lastAuditUser(sample) == QStringLiteral("Ana Reviewer"));

    // With the name cleared, the login name is recorded again.
    AppSettings::setUserName(QString());
    {
        MainWindow window;
        REQUIRE(window.openFile(sample));
        editContact(window, QStringLiteral("plans@example.org"));
    }
    CHECK(lastAuditUser(sample) == storage::FileLock::currentUser());
}
