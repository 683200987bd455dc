// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick import FILE SOURCE --format NAME [--cycle FY27] [--mapping MAP.json] [--dry-run] [--report OUT.json]
#include "Console.h"
#include "ExitCode.h"
#include "OpenPlan.h"
#include "VerbParser.h"
#include "Verbs.h"
#include "io/Importers.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace ys::cli {
namespace {

class ImportVerb : public Verb
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return QStringLiteral("import measures from a workbook, CSV or plan JSON"); }

    int run(const QStringList& arguments) override
    {
        QString formats;
        for (const auto& f : io::importFormats())
            formats += QStringLiteral("\n  %1: %2").arg(f.name, f.description);
        VerbParser verb(name(),
                        QStringLiteral("Imports SOURCE into the plan file FILE and reports everything it could not "
                                       "use. Formats:%1")
                            .arg(formats),
                        QStringLiteral("FILE SOURCE"));
        const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("The source's format (see above)."),
                                        QStringLiteral("NAME"));
        const QCommandLineOption cycle(QStringLiteral("cycle"), QStringLiteral("The plan cycle, e.g. FY27."),
                                       QStringLiteral("FY"));
        const QCommandLineOption mapping(QStringLiteral("mapping"), QStringLiteral("The column mapping (csv)."),
                                         QStringLiteral("MAP.json"));
        const QCommandLineOption encoding(QStringLiteral("encoding"),
                                          QStringLiteral("The source's encoding when not UTF-8, e.g. latin1."),
                                          QStringLiteral("NAME"));
        const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Read and report; write nothing."));
        const QCommandLineOption report(QStringLiteral("report"), QStringLiteral("Write the full report as JSON."),
                                        QStringLiteral("OUT.json"));
        verb.parser().addOptions({format, cycle, mapping, encoding, dryRun, report});
        if (auto stop = verb.parse(arguments, 2, 2))
            return *stop;
        if (!verb.parser().isSet(format))
            return Console::usage(name(), QStringLiteral("name the source's format with --format."));
        const io::ImportFormat* chosen = io::importFormat(verb.parser().value(format));
        if (!chosen)
            return Console::usage(name(), QStringLiteral("unknown format \"%1\".").arg(verb.parser().value(format)));
        const auto year = verb.fiscalYearOption(QStringLiteral("cycle"));
        if (!year)
            return Console::usage(name(), QStringLiteral("--cycle must be a fiscal year such as FY27."));

        auto open = OpenPlan::forWriting(verb.positional().at(0));
        if (!open)
            return open.exitCode;
        io::ImportOptions options;
        options.cycle = *year;
        options.dryRun = verb.parser().isSet(dryRun);
        options.mappingPath = verb.parser().value(mapping);
        options.encoding = verb.parser().value(encoding);
        options.progress = [](int percent) {
            Console::progress(QStringLiteral("Importing"), percent);
            return true;
        };
        auto result = chosen->run(*open.file, verb.positional().at(1), options);
        if (!result) {
            Error error = result.error();
            // The source is at fault, not the plan: the plan was left untouched.
            Console::notice(error.describe() + QStringLiteral(" Nothing was imported."));
            return error.code == Error::Code::WriteRefused ? WriteRefused
                   : error.code == Error::Code::NotAPlan   ? NotReadable
                                                           : WrongUsage;
        }
        Console::out(result->toText());
        if (verb.parser().isSet(report)) {
            QSaveFile out(verb.parser().value(report));
            if (!out.open(QIODevice::WriteOnly) ||
                out.write(QJsonDocument(result->toJson()).toJson(QJsonDocument::Indented)) < 0 || !out.commit()) {
                Console::notice(QStringLiteral("%1: the report could not be written (%2).")
                                    .arg(verb.parser().value(report), out.errorString()));
                return NotReadable;
            }
        }
        return Done;
    }
};

} // namespace

std::unique_ptr<Verb> makeImportVerb()
{
    return std::make_unique<ImportVerb>();
}

} // namespace ys::cli
