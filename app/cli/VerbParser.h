// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace ys::cli {

// A QCommandLineParser set up the same way for every verb: --help prints the verb's usage with
// the exit codes; wrong usage gives one sentence and exit code 2.
class VerbParser
{
public:
    VerbParser(const QString& verb, const QString& description, const QString& positional);

    QCommandLineParser& parser() { return m_parser; }
    // Parses `arguments` (without the program and verb). Returns an exit code when the verb
    // should stop now (--help printed: 0; wrong usage: 2), nullopt to go on.
    std::optional<int> parse(const QStringList& arguments, int minPositional, int maxPositional);
    QStringList positional() const { return m_parser.positionalArguments(); }
    // Reads "--cycle FY27" style options into an end year; 0 when absent; nullopt when invalid.
    std::optional<int> fiscalYearOption(const QString& name);

    static QString exitCodesText();
    const QString& name() const { return m_verb; }

private:
    QString m_verb;
    QString m_usage;
    QCommandLineParser m_parser;
};

} // namespace ys::cli
