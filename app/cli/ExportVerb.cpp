// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick export FILE (--pdf OUT | --csv OUT | --xlsx OUT) [--agency ID] [--cycle FY27]: the publication
// PDF, or the measures as a spreadsheet.
#include "Console.h"
#include "ExitCode.h"
#include "OpenPlan.h"
#include "PdfExport.h"
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
    };
    return formats;
}

bool sameFile(const QString& out, const QString& planPath)
{
    return QFileInfo(out).absoluteFilePath() == QFileInfo(planPath).absoluteFilePath() ||
           (QFileInfo::exists(out) && QFileInfo(out).canonicalFilePath() == QFileInfo(planPath).canonicalFilePath());
}

class ExportVerb : public Verb
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return QStringLiteral("export the plan as a PDF, or its measures to CSV or Excel"); }
    // The PDF is drawn (offscreen when there is no display).
    bool needsGui(const QStringList& arguments) const override
    {
        return arguments.contains(QStringLiteral("--pdf")) || arguments.contains(QStringLiteral("-pdf")) ||
               arguments.filter(QStringLiteral("--pdf=")).size() > 0;
    }

    int run(const QStringList& arguments) override
    {
        VerbParser verb(
            name(),
            QStringLiteral("Writes the publication PDF of the plan file FILE (--pdf: the whole city's book with "
                           "a cover, contents and one section per plan owner, or with --agency one agency's "
                           "plan), or its measures to a spreadsheet (--csv, --xlsx): one row per measure "
                           "with its agency, owner, service, title, type, direction and unit, then per "
                           "fiscal year its target and actual (numbers as numbers; missing values' "
                           "reasons and notes in their own columns). A CSV export imports back with "
                           "'yardstick import NEW FILE.csv --format csv'. Works on read-only and locked "
                           "files. Exit code 4 when OUT cannot be written."),
            QStringLiteral("FILE (--pdf OUT | --csv OUT | --xlsx OUT)"));
        const QCommandLineOption pdf(QStringLiteral("pdf"),
                                     QStringLiteral("Write the publication PDF to OUT (a temporary file replaces "
                                                    "OUT only when complete)."),
                                     QStringLiteral("OUT"));
        const QCommandLineOption paper(QStringLiteral("paper"), QStringLiteral("PDF paper size: a4 (default) or letter."),
                                       QStringLiteral("SIZE"));
        const QCommandLineOption timestamp(
            QStringLiteral("timestamp"),
            QStringLiteral("The PDF's date, ISO 8601 (e.g. 2026-07-01T09:00:00Z): the same plan and timestamp "
                           "give a byte-identical PDF. Default: now."),
            QStringLiteral("ISO"));
        verb.parser().addOptions({pdf, paper, timestamp});
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

        const auto year = verb.fiscalYearOption(QStringLiteral("cycle"));
        if (!year)
            return Console::usage(name(), QStringLiteral("--cycle must be a fiscal year such as FY27."));
        if (verb.parser().isSet(pdf)) {
            for (const auto& option : outputs)
                if (verb.parser().isSet(option))
                    return Console::usage(name(), QStringLiteral("name one output at a time: --pdf, --csv or --xlsx."));
            const QString planPath = verb.positional().first();
            const QString out = verb.parser().value(pdf);
            if (sameFile(out, planPath))
                return Console::usage(name(), QStringLiteral("%1 is the plan file itself; name another output file.").arg(out));
            return exportPdf(PdfExportRequest{planPath, out, verb.parser().value(agency), *year,
                                              verb.parser().value(paper), verb.parser().value(timestamp)});
        }

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
            return Console::usage(name(), QStringLiteral("name the output: --pdf OUT, --csv OUT or --xlsx OUT."));
        const QString planPath = verb.positional().first();
        if (sameFile(out, planPath))
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
