// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerbParser.h"

#include "Console.h"
#include "ExitCode.h"
#include "domain/FiscalYear.h"

namespace ys::cli {

VerbParser::VerbParser(const QString& verb, const QString& description, const QString& positional)
    : m_verb(verb), m_usage(positional)
{
    m_parser.setApplicationDescription(description + QStringLiteral("\n\n") + exitCodesText());
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
}

QString VerbParser::exitCodesText()
{
    return QStringLiteral("Exit codes: 0 done; 1 done, and the plan has findings that break the publish gate; "
                          "2 wrong usage; 3 the file cannot be read as a plan (missing, not a plan, damaged); "
                          "4 a write was refused (read-only, locked by someone else, or of a newer version).");
}

std::optional<int> VerbParser::parse(const QStringList& arguments, int minPositional, int maxPositional)
{
    QStringList full{QStringLiteral("yardstick %1").arg(m_verb)};
    full << arguments;
    if (!m_parser.parse(full))
        return Console::usage(m_verb, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        help.replace(QStringLiteral("Usage: yardstick %1 [options]").arg(m_verb),
                     QStringLiteral("Usage: yardstick %1 %2 [options]").arg(m_verb, m_usage));
        Console::out(help);
        return Done;
    }
    const int count = int(m_parser.positionalArguments().size());
    if (count < minPositional)
        return Console::usage(m_verb, QStringLiteral("expected %1.").arg(m_usage));
    if (maxPositional >= 0 && count > maxPositional)
        return Console::usage(m_verb, QStringLiteral("unexpected argument \"%1\"; expected %2.")
                                          .arg(m_parser.positionalArguments().value(maxPositional), m_usage));
    return std::nullopt;
}

std::optional<int> VerbParser::fiscalYearOption(const QString& name)
{
    if (!m_parser.isSet(name))
        return 0;
    const auto year = FiscalYear::parse(m_parser.value(name));
    if (!year)
        return std::nullopt;
    return year->endYear();
}

} // namespace ys::cli
