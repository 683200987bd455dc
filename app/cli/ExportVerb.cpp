// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick export FILE (--csv OUT | --xlsx OUT) [--agency ID] [--cycle FY27]: measures to a spreadsheet.
#include "Console.h"
#include "ExitCode.h"
#include "OpenPlan.h"
#include "VerbParser.h"
#include "Verbs.h"
#include "io/CsvExporter.h"
#include "io/MeasureExportTable.h"
#include "io/XlsxExporter.h"

#include <QFileInfo>

#include <functional>
#include <vector>

namespace ys::cli {
namespace {

// One output format of the verb: its option ("--csv OUT") and how it writes the selected measures
// (returning how many it wrote).
struct ExportFormat
{
    QString option;
    QString description;
    std::function<Result<int>(const storage::PlanSnapshot&, const io::ExportFilter&, const QString& out)>
        write;
};

template <typename Writer>
Result<int> writeTable(const storage::PlanSnapshot& snapshot, const io::ExportFilter& filter,
                       const QString& out)
{
    const io::ExportTable table = io::MeasureExportTable::build(snapshot, filter);
    if (auto status = Writer::write(table, out); !status)
        return status.error();
    return int(table.rows.size());
}

const std::vector<ExportFormat>& exportFormats()
{
    static const std::vector<ExportFormat> formats{
        {QStringLiteral("csv"), QStringLiteral("Write the measures as CSV (UTF-8) to OUT."),
         &writeTable<io::CsvExporter>},
        {QStringLiteral("xlsx"), QStringLiteral("Write the measures as an Excel workbook to OUT."),
         &writeTable<io::XlsxExporter>},
        // The publication PDF (--pdf OUT) joins this table with its own writer (report/).
    };
    return formats;
}

// Formats the design names that this build does not write yet: a clear sentence, not "unknown option".
const QStringList PlannedFormats{QStringLiteral("pdf")};

class ExportVerb : public Verb
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return QStringLiteral("export measures to CSV or Excel"); }

    int run(const QStringList& arguments) override
    {
        for (const QString& planned : PlannedFormats)
            if (arguments.contains(QStringLiteral("--") + planned) || arguments.contains(u'-' + planned))
                return Console::usage(name(),
                                      QStringLiteral("--%1 is not available in this version; use --csv OUT "
                                                     "or --xlsx OUT.")
                                          .arg(planned));
        VerbParser verb(
            name(),
            QStringLiteral("Writes the measures of the plan file FILE to a spreadsheet: one row per measure "
                           "with its agency, owner, service, title, type, direction and unit, then per "
                           "fiscal year its target and actual (numbers as numbers; missing values' "
                           "reasons and notes in their own columns). A CSV export imports back with "
                           "'yardstick import NEW FILE.csv --format csv'. Works on read-only and locked "
                           "files. Exit code 4 when OUT cannot be written."),
            QStringLiteral("FILE (--csv OUT | --xlsx OUT)"));
        std::vector<QCommandLineOption> outputs;
        for (const ExportFormat& format : exportFormats())
            outputs.emplace_back(format.option, format.description, QStringLiteral("OUT"));
        const QCommandLineOption agency(
            QStringLiteral("agency"),
            QStringLiteral("Only this agency (its id, e.g. AGC7900) or plan owner (its name)."),
            QStringLiteral("ID"));
        const QCommandLineOption cycle(
            QStringLiteral("cycle"),
            QStringLiteral("Only the measures of this plan cycle, e.g. FY27 (all their "
                           "years' values)."),
            QStringLiteral("FY"));
        for (const auto& option : outputs)
            verb.parser().addOption(option);
        verb.parser().addOptions({agency, cycle});
        if (auto stop = verb.parse(arguments, 1, 1))
            return *stop;

        const ExportFormat* chosen = nullptr;
        QString out;
        for (size_t i = 0; i < outputs.size(); ++i) {
            if (!verb.parser().isSet(outputs[i]))
                continue;
            if (chosen)
                return Console::usage(name(),
                                      QStringLiteral("name one output at a time: --csv OUT or --xlsx OUT."));
            chosen = &exportFormats()[i];
            out = verb.parser().value(outputs[i]);
        }
        if (!chosen)
            return Console::usage(name(), QStringLiteral("name the output: --csv OUT or --xlsx OUT."));
        const auto year = verb.fiscalYearOption(QStringLiteral("cycle"));
        if (!year)
            return Console::usage(name(), QStringLiteral("--cycle must be a fiscal year such as FY27."));
        const QString planPath = verb.positional().first();
        if (QFileInfo(out).absoluteFilePath() == QFileInfo(planPath).absoluteFilePath() ||
            (QFileInfo::exists(out) &&
             QFileInfo(out).canonicalFilePath() == QFileInfo(planPath).canonicalFilePath()))
            return Console::usage(
                name(), QStringLiteral("%1 is the plan file itself; name another output file.").arg(out));

        auto open = OpenPlan::forReading(planPath);
        if (!open)
            return open.exitCode;
        auto snapshot = storage::PlanSnapshot::load(*open.file);
        if (!snapshot)
            return Console::fail(snapshot.error());
        const io::ExportFilter filter{verb.parser().value(agency), *year};
        const auto written = chosen->write(*snapshot, filter, out);
        if (!written) {
            Console::notice(written.error().describe());
            return WriteRefused;
        }
        if (*written == 0)
            Console::notice(
                QStringLiteral("no measure matches the filter: %1 holds only the header row.").arg(out));
        Console::out(QStringLiteral("%1: %2 measures written.\n").arg(out).arg(*written));
        return Done;
    }
};

} // namespace

std::unique_ptr<Verb> makeExportVerb()
{
    return std::make_unique<ExportVerb>();
}

} // namespace ys::cli
