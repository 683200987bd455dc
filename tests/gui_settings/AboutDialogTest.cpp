// SPDX-License-Identifier: GPL-3.0-or-later
// The About dialog: the version the program reports, the licence by name and in full, and the
// credits the data's licences require.
#include "SettingsSandbox.h"

#include "ui/MainWindow.h"
#include "ui/actions/ActionRegistry.h"
#include "ui/dialogs/AboutDialog.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace ys::ui;

namespace {

QString sourceFile(const QString& relative)
{
    QFile file(QStringLiteral(YS_SOURCE_DIR "/") + relative);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("gui: the About dialog shows the program's version, its licence in full and the data credits")
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    AboutDialog dialog;
    CHECK(dialog.titleLabel()->text() == QStringLiteral("Yardstick 9.8.7"));
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(dialog.summaryLabel()->text().contains(QString::fromLatin1(qVersion())));
    // Our own texts, shown as text: nothing in them is read as markup.
    for (QLabel* label : dialog.findChildren<QLabel*>())
        if (!label->text().isEmpty())
            CHECK(label->textFormat() == Qt::PlainText);

    // The icon, drawn from the SVG the package installs.
    bool hasIcon = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        hasIcon = hasIcon || (!label->pixmap().isNull() && label->pixmap().width() >= 64);
    CHECK(hasIcon);

    CHECK(dialog.licenceText()->toPlainText() == sourceFile(QStringLiteral("LICENSE")));
    CHECK(dialog.licenceText()->toPlainText().startsWith(QStringLiteral("                    GNU GENERAL PUBLIC LICENSE")));

    const QString credits = dialog.creditsText()->toPlainText();
    CHECK(credits.contains(QStringLiteral("Copyright (c) 2026 City of Baltimore, MIT licence")));
    CHECK(credits.contains(QStringLiteral("Porter, C. E. & Devkar, U. (2016), DC KPI and PO DB, based on DC Open Data")));
    CHECK(credits.contains(QStringLiteral("CC BY 4.0")));
    // The sample plan's notice, whole, as the MIT licence asks.
    CHECK(credits.contains(sourceFile(QStringLiteral("resources/sample/NOTICE"))));
    CHECK(dialog.tabs()->count() == 2);
}

TEST_CASE("gui: Help > About Yardstick opens the About dialog")
{
    const SettingsSandbox sandbox;
    MainWindow window;
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<AboutDialog*>(QApplication::activeModalWidget());
        opened = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    window.actions()->action(ActionId::About)->trigger();
    CHECK(opened);
}
