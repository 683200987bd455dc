// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Error.h"

#include <QString>
#include <QStringList>

namespace ys::cli {

// Where verbs write: results to stdout, notices and errors to stderr, one clear sentence each.
class Console
{
public:
    static void out(const QString& text);
    static void notice(const QString& text);
    static void notices(const QStringList& texts);
    // Prints "yardstick: <error sentence>" and returns the exit code for it.
    static int fail(const Error& error);
    static int usage(const QString& verb, const QString& sentence);
    // A percentage on a terminal for long work ("Importing... 42 %"); silent when not a terminal.
    static void progress(const QString& what, int percent);
};

} // namespace ys::cli
