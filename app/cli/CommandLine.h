// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ys::cli {

// Decides whether the arguments name a verb, and runs it.
class CommandLine
{
public:
    // True when argv (without the program) starts with a verb, --help or --version.
    static bool isCommand(const QStringList& arguments);
    // Whether that verb draws and needs a QApplication (offscreen when there is no display).
    static bool needsGui(const QStringList& arguments);
    static int run(const QStringList& arguments);
};

} // namespace ys::cli
