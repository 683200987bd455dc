// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick new FILE [--fiscal-year-start-month 7]: an empty plan file.
#include "Console.h"
#include "ExitCode.h"
#include "VerbParser.h"
#include "Verbs.h"
#include "storage/PlanFile.h"

namespace ys::cli {
namespace {

class NewVerb : public Verb
{
public:
    QString name() const override { return QStringLiteral("new"); }
    QString summary() const override { return QStringLiteral("create an empty plan file"); }

    int run(const QStringList& arguments) override
    {
        VerbParser verb(name(), QStringLiteral("Creates an empty plan file."), QStringLiteral("FILE"));
        const QCommandLineOption startMonth(QStringLiteral("fiscal-year-start-month"),
                                            QStringLiteral("The month the fiscal year starts in, 1-12 (default 7: July)."),
                                            QStringLiteral("MONTH"), QStringLiteral("7"));
        verb.parser().addOption(startMonth);
        if (auto stop = verb.parse(arguments, 1, 1))
            return *stop;
        bool ok = false;
        const int month = verb.parser().value(startMonth).toInt(&ok);
        if (!ok || month < 1 || month > 12)
            return Console::usage(name(), QStringLiteral("--fiscal-year-start-month must be a month number from 1 to 12."));
        const QString path = verb.positional().first();
        auto file = storage::PlanFile::create(path, month);
        if (!file)
            return Console::fail(file.error());
        Console::out(QStringLiteral("Created %1.\n").arg(path));
        return Done;
    }
};

} // namespace

std::unique_ptr<Verb> makeNewVerb()
{
    return std::make_unique<NewVerb>();
}

} // namespace ys::cli
