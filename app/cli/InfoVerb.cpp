// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick info FILE [--json]: what a plan file holds.
#include "Console.h"
#include "ExitCode.h"
#include "OpenPlan.h"
#include "VerbParser.h"
#include "Verbs.h"
#include "storage/FileSettings.h"
#include "storage/FileStatistics.h"
#include "storage/Schema.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ys::cli {
namespace {

class InfoVerb : public Verb
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override { return QStringLiteral("count what a plan file holds"); }

    int run(const QStringList& arguments) override
    {
        VerbParser verb(name(), QStringLiteral("Counts the agencies, plans, services, measures and values of a plan file."),
                        QStringLiteral("FILE"));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON object."));
        verb.parser().addOption(json);
        if (auto stop = verb.parse(arguments, 1, 1))
            return *stop;
        auto open = OpenPlan::forReading(verb.positional().first());
        if (!open)
            return open.exitCode;
        auto stats = storage::FileStatistics::of(*open.file);
        if (!stats)
            return Console::fail(stats.error());
        const storage::FileSettings settings(open.file->connection());
        if (verb.parser().isSet(json)) {
            QJsonObject o;
            o.insert(QStringLiteral("agencies"), stats->agencies);
            o.insert(QStringLiteral("plans"), stats->plans);
            o.insert(QStringLiteral("services"), stats->services);
            o.insert(QStringLiteral("measures"), stats->measures);
            o.insert(QStringLiteral("values"), stats->values);
            o.insert(QStringLiteral("owners"), stats->owners);
            o.insert(QStringLiteral("review_items"), stats->reviewItems);
            o.insert(QStringLiteral("audit_entries"), stats->auditEntries);
            o.insert(QStringLiteral("file_version"), open.file->fileVersion());
            o.insert(QStringLiteral("fiscal_year_start_month"), settings.fiscalYearStartMonth());
            o.insert(QStringLiteral("read_only"), open.file->lockHolder().has_value() || open.file->isNewerVersion());
            Console::out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
            return Done;
        }
        Console::out(QStringLiteral("%1\n  agencies %2, plan owners %3, plans %4\n  services %5, measures %6, values %7\n"
                                    "  review items %8, audit entries %9\n  file version %10 (this program writes %11), "
                                    "fiscal year starts in month %12\n")
                         .arg(open.file->path())
                         .arg(stats->agencies)
                         .arg(stats->owners)
                         .arg(stats->plans)
                         .arg(stats->services)
                         .arg(stats->measures)
                         .arg(stats->values)
                         .arg(stats->reviewItems)
                         .arg(stats->auditEntries)
                         .arg(open.file->fileVersion())
                         .arg(storage::Schema::currentVersion())
                         .arg(settings.fiscalYearStartMonth()));
        return Done;
    }
};

} // namespace

std::unique_ptr<Verb> makeInfoVerb()
{
    return std::make_unique<InfoVerb>();
}

} // namespace ys::cli
