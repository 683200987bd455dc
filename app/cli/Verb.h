// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ys::cli {

// One command-line verb ("info", "import", ...): its name, a one-line summary for --help, and
// run(), which gets the arguments after the verb and returns the exit code.
class Verb
{
public:
    virtual ~Verb() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Whether the verb, with these arguments (those after the verb), draws (charts, PDF) and so
    // needs a QApplication on the offscreen platform.
    virtual bool needsGui(const QStringList& arguments) const
    {
        Q_UNUSED(arguments);
        return false;
    }
    virtual int run(const QStringList& arguments) = 0;
};

} // namespace ys::cli
