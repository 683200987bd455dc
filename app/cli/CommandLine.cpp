// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "Console.h"
#include "ExitCode.h"
#include "VerbParser.h"
#include "Verbs.h"

namespace ys::cli {
namespace {

bool isGlobalOption(const QString& arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("--version") ||
           arg == QLatin1String("help");
}

QString globalHelp()
{
    QString text = QStringLiteral("Usage: yardstick [FILE]            open the plan file in the application\n"
                                  "       yardstick VERB [ARGS...]     run a command (no display needed)\n\nVerbs:\n");
    for (const auto& verb : allVerbs())
        text += QStringLiteral("  %1  %2\n").arg(verb->name().leftJustified(8), verb->summary());
    text += QStringLiteral("\n'yardstick VERB --help' describes a verb.\n\n") + VerbParser::exitCodesText() +
            QStringLiteral("\n");
    return text;
}

} // namespace

bool CommandLine::isCommand(const QStringList& arguments)
{
    if (arguments.isEmpty())
        return false;
    if (isGlobalOption(arguments.first()))
        return true;
    for (const auto& verb : allVerbs())
        if (verb->name() == arguments.first())
            return true;
    // Anything else that looks like an option is wrong usage, not a file name.
    return arguments.first().startsWith(QLatin1Char('-'));
}

bool CommandLine::needsGui(const QStringList& arguments)
{
    for (const auto& verb : allVerbs())
        if (!arguments.isEmpty() && verb->name() == arguments.first())
            return verb->needsGui(arguments.mid(1));
    return false;
}

int CommandLine::run(const QStringList& arguments)
{
    const QString first = arguments.value(0);
    if (first == QLatin1String("--version")) {
        Console::out(QStringLiteral("yardstick " YARDSTICK_VERSION "\n"));
        return Done;
    }
    if (isGlobalOption(first)) {
        Console::out(globalHelp());
        return Done;
    }
    for (const auto& verb : allVerbs())
        if (verb->name() == first)
            return verb->run(arguments.mid(1));
    Console::notice(QStringLiteral("unknown option or verb \"%1\".").arg(first));
    Console::out(globalHelp());
    return WrongUsage;
}

} // namespace ys::cli
