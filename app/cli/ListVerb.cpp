// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick list FILE [--agency ID] [--json]: the measures with their ids and values.
#include "Console.h"
#include "ExitCode.h"
#include "OpenPlan.h"
#include "VerbParser.h"
#include "Verbs.h"
#include "domain/FiscalYear.h"
#include "io/MeasureListJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ys::cli {
namespace {

class ListVerb : public Verb
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return QStringLiteral("list measures with their ids and values"); }

    int run(const QStringList& arguments) override
    {
        VerbParser verb(name(), QStringLiteral("Lists the measures of a plan file with their ids and values."),
                        QStringLiteral("FILE"));
        const QCommandLineOption agency(QStringLiteral("agency"),
                                        QStringLiteral("Only this agency (its id, e.g. AGC7900) or plan owner (its name)."),
                                        QStringLiteral("ID"));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
        verb.parser().addOption(agency);
        verb.parser().addOption(json);
        if (auto stop = verb.parse(arguments, 1, 1))
            return *stop;
        auto open = OpenPlan::forReading(verb.positional().first());
        if (!open)
            return open.exitCode;
        auto snapshot = storage::PlanSnapshot::load(*open.file);
        if (!snapshot)
            return Console::fail(snapshot.error());
        const QString filter = verb.parser().value(agency);
        const QJsonArray measures = io::MeasureListJson::measures(*snapshot, filter);
        if (!filter.isEmpty() && measures.isEmpty())
            Console::notice(QStringLiteral("no measure belongs to an agency or plan owner \"%1\".").arg(filter));
        if (verb.parser().isSet(json)) {
            Console::out(QString::fromUtf8(QJsonDocument(measures).toJson(QJsonDocument::Indented)));
            return Done;
        }
        QString text;
        for (const auto& value : measures) {
            const QJsonObject m = value.toObject();
            text += QStringLiteral("%1\t%2\tService %3\t%4\t%5\t%6\n")
                        .arg(m.value(QStringLiteral("id")).toInteger())
                        .arg(m.value(QStringLiteral("agency")).toString())
                        .arg(m.value(QStringLiteral("service")).toInt())
                        .arg(m.value(QStringLiteral("type")).toString(), m.value(QStringLiteral("direction")).toString(),
                             m.value(QStringLiteral("title")).toString());
        }
        text += QStringLiteral("%1 measures\n").arg(measures.size());
        Console::out(text);
        return Done;
    }
};

} // namespace

std::unique_ptr<Verb> makeListVerb()
{
    return std::make_unique<ListVerb>();
}

} // namespace ys::cli
