// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick-dialog-screenshots PLAN OUTDIR [TITLE]: the settings and About dialogs, in English and
// in French, and the main window in French on PLAN with the first measure whose title contains
// TITLE, as PNG files for the README. Uses settings in a temporary folder, never the user's.
#include "ui/AppIcon.h"
#include "ui/DocumentView.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/document/PlanDocument.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

void save(QWidget* widget, const QString& path)
{
    widget->show();
    QTest::qWait(200);
    if (!widget->grab().save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

void dialogs(const QDir& out, const QString& suffix)
{
    ys::ui::SettingsDialog settings;
    save(&settings, out.filePath(QStringLiteral("settings-dialog%1.png").arg(suffix)));
    ys::ui::AboutDialog about;
    save(&about, out.filePath(QStringLiteral("about-dialog%1.png").arg(suffix)));
    about.tabs()->setCurrentIndex(1);
    save(&about, out.filePath(QStringLiteral("about-licence%1.png").arg(suffix)));
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Yardstick"));
    QCoreApplication::setApplicationName(QStringLiteral("Yardstick"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YARDSTICK_VERSION));
    QApplication::setWindowIcon(ys::ui::AppIcon::icon());
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: yardstick-dialog-screenshots PLAN OUTDIR [TITLE]\n");
        return 2;
    }
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QDir().mkpath(args[2]);
    const QDir out(args[2]);

    ys::ui::Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
    dialogs(out, QString());

    ys::ui::Translations::install(QLocale(QLocale::French, QLocale::France));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    dialogs(out, QStringLiteral("-fr"));
    ys::ui::MainWindow window;
    window.resize(1366, 768);
    if (!window.openFile(args[1]))
        return 3;
    const QString title = args.value(3, QStringLiteral("EMS response within 9 minutes"));
    for (const ys::Measure& measure : window.document()->snapshot().measures)
        if (measure.title.contains(title, Qt::CaseInsensitive)) {
            window.view()->showMeasure(measure.id);
            break;
        }
    save(&window, out.filePath(QStringLiteral("main-window-fr.png")));
    return 0;
}
