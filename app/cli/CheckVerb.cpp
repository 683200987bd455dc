// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick check FILE [--agency ID] [--cycle FY27] [--json]: completeness, SMART, status, publish gate.
#include "Console.h"
#include "ExitCode.h"
#include "OpenPlan.h"
#include "VerbParser.h"
#include "Verbs.h"
#include "io/CheckReport.h"

#include <QJsonDocument>

namespace ys::cli {
namespace {

class CheckVerb : public Verb
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return QStringLiteral("check measures and the publish gate"); }

    int run(const QStringList& arguments) override
    {
        VerbParser verb(name(),
                        QStringLiteral("Lists per measure its status, missing elements and SMART findings, and per "
                                       "plan whether it passes the publish gate (exit code 1 when one does not)."),
                        QStringLiteral("FILE"));
        const QCommandLineOption agency(QStringLiteral("agency"), QStringLiteral("Only this agency or plan owner."),
                                        QStringLiteral("ID"));
        const QCommandLineOption cycle(QStringLiteral("cycle"),
                                       QStringLiteral("The plan cycle to check (default: each owner's latest)."),
                                       QStringLiteral("FY"));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON object."));
        verb.parser().addOptions({agency, cycle, json});
        if (auto stop = verb.parse(arguments, 1, 1))
            return *stop;
        const auto year = verb.fiscalYearOption(QStringLiteral("cycle"));
        if (!year)
            return Console::usage(name(), QStringLiteral("--cycle must be a fiscal year such as FY27."));
        auto open = OpenPlan::forReading(verb.positional().first());
        if (!open)
            return open.exitCode;
        auto snapshot = storage::PlanSnapshot::load(*open.file);
        if (!snapshot)
            return Console::fail(snapshot.error());
        const auto report = io::CheckReport::build(*snapshot, verb.parser().value(agency), *year);
        if (verb.parser().isSet(json))
            Console::out(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
        else
            Console::out(report.toText());
        return report.passesGate() ? Done : Findings;
    }
};

} // namespace

std::unique_ptr<Verb> makeCheckVerb()
{
    return std::make_unique<CheckVerb>();
}

} // namespace ys::cli
