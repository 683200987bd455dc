// SPDX-License-Identifier: GPL-3.0-or-later
// Yardstick: the application without a verb, the command line with one.
#include "ui/AppIcon.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "cli/CommandLine.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Yardstick"));
    QCoreApplication::setApplicationName(QStringLiteral("Yardstick"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YARDSTICK_VERSION));
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (ys::cli::CommandLine::isCommand(arguments)) {
        if (ys::cli::CommandLine::needsGui(arguments)) {
            // Verbs never need a display: draw offscreen when there is none.
            if (!hasDisplay())
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            setIdentity();
            return ys::cli::CommandLine::run(arguments);
        }
        QCoreApplication app(argc, argv);
        setIdentity();
        return ys::cli::CommandLine::run(arguments);
    }

    if (!hasDisplay()) {
        std::fprintf(stderr, "yardstick: there is no display to open the application on; "
                             "use a verb such as 'yardstick info FILE' (see 'yardstick --help').\n");
        return 2;
    }
    QApplication app(argc, argv);
    setIdentity();
    // The desktop file's name (the application id) ties the windows to the launcher and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.yardstick.Yardstick"));
    QApplication::setWindowIcon(ys::ui::AppIcon::icon());
    ys::ui::Translations::install();
    ys::ui::MainWindow window;
    if (!arguments.isEmpty())
        window.openFile(arguments.first());
    window.show();
    return app.exec();
}
