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
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    // Without this, test discovery under ctest finds no tests on a machine with no display.
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    TestApplication app(argc, argv);

    // ctest runs each test by its full name. Catch reads an unescaped comma in a name as "or", so a
    // name with a comma would match nothing and "pass" without running: escape commas (ctest's
    // discovery escapes them already), and fail when a name given matches no test.
    std::vector<std::string> arguments;
    bool named = false;
    for (int i = 0; i < argc; ++i) {
        std::string arg = argv[i];
        if (i > 0 && !arg.empty() && arg[0] != '-') {
            std::string escaped;
            for (char c : arg) {
                if (c == ',' && (escaped.empty() || escaped.back() != '\\'))
                    escaped += '\\';
                escaped += c;
            }
            arg = escaped;
            named = true;
        }
        arguments.push_back(arg);
    }
    if (named) {
        arguments.emplace_back("--warn");
        arguments.emplace_back("NoTests");
    }
    std::vector<char*> pointers;
    for (auto& arg : arguments)
        pointers.push_back(arg.data());
    return Catch::Session().run(int(pointers.size()), pointers.data());
}
