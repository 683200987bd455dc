// SPDX-License-Identifier: GPL-3.0-or-later
// The Catch2 main for every test executable: tests run without a display, with a Qt application
// object (a QApplication where the area needs widgets or charts).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef YS_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <cstdlib>

int main(int argc, char** argv)
{
    // Without this, test discovery under ctest finds no tests on a machine with no display.
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
