// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaltimoreWorkbookImporter.h"

#include "BaltimoreCatalog.h"
#include "BaltimoreColumns.h"
#include "BaltimoreMeasureMerger.h"
#include "BaltimoreRowReader.h"
#include "BaltimoreWorkbookWriter.h"
#include "formats/XlsxWorkbook.h"
#include "storage/PlanFile.h"
#include "storage/Transaction.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace ys::io {
namespace {

using Field = BaltimoreColumns::Field;

Error refused(const QString& path, const QString& message)
{
    Error error = Error::make(Error::Code::Invalid, message);
    error.file = path;
    return error;
}

// A formula is refused, naming its cell: its cached result may be stale, and the file should hold
// what the agency reported, not what a formula computed the last time Excel saved it.
Status refuseFormulas(const XlsxSheet& sheet, const QString& path)
{
    for (const XlsxRow& row : sheet.rows)
        for (int c = 0; c < int(row.cells.size()); ++c)
            if (row.cells[size_t(c)].formula) {
                const XlsxCell& cell = row.cells[size_t(c)];
                const QString formula =
                    cell.formulaText.isEmpty() ? QString() : QStringLiteral(" (=%1)").arg(cell.formulaText.left(80));
                return refused(path, QStringLiteral("sheet \"%1\", cell %2%3 holds a formula%4; the import reads values "
                                                    "only: copy the sheet and paste it as values, then import again")
                                         .arg(sheet.name, XlsxWorkbook::columnName(c))
                                         .arg(row.number)
                                         .arg(formula));
            }
    return {};
}

struct CitySheet
{
    XlsxSheet sheet;
    size_t headerIndex = 0; // into sheet.rows
};

// The sheet whose header row, among its first 20 rows, holds the required headers: each sheet is read
// once (XlsxWorkbook::findSheetByHeader would read the found one twice). When none has it, the
// formats layer's search names the row that came closest and what it lacks.
Result<CitySheet> findCitySheet(const XlsxWorkbook& book)
{
    QStringList required;
    for (const QString& header : BaltimoreColumns::requiredHeaders())
        required.append(XlsxWorkbook::normalizedHeader(header));
    std::optional<Error> unreadable;
    for (int index = 0; index < book.sheetCount(); ++index) {
        auto sheet = book.readSheet(index);
        if (!sheet) {
            if (!unreadable)
                unreadable = sheet.error();
            continue;
        }
        for (size_t r = 0; r < sheet->rows.size() && sheet->rows[r].number <= 20; ++r) {
            QSet<QString> present;
            for (const XlsxCell& cell : sheet->rows[r].cells)
                if (cell.kind != XlsxCell::Kind::Empty)
                    present.insert(XlsxWorkbook::normalizedHeader(cell.text));
            if (std::all_of(required.cbegin(), required.cend(), [&](const QString& h) { return present.contains(h); }))
                return CitySheet{std::move(*sheet), r};
        }
    }
    if (unreadable)
        return *unreadable;
    auto found = book.findSheetByHeader(BaltimoreColumns::requiredHeaders());
    if (!found)
        return found.error();
    return Error::make(Error::Code::Internal, QStringLiteral("the header row was found only on a second search."));
}

} // namespace

Result<ImportReport> BaltimoreWorkbookImporter::importFile(storage::PlanFile& file, const QString& xlsxPath,
                                                           const ImportOptions& options)
{
    ImportReport report;
    report.source = xlsxPath;
    report.format = QStringLiteral("baltimore-xlsx");
    report.dryRun = options.dryRun;
    const auto progress = [&](int percent) { return !options.progress || options.progress(percent); };
    const auto cancelled = [] {
        return Error::make(Error::Code::Usage, QStringLiteral("the import was cancelled; nothing was written."));
    };
    if (auto status = file.requireWritable(); !status)
        return status.error();

    // The formats layer refuses what is not a sound workbook (not a zip, an .xls, damaged XML, a cell
    // beyond Excel's limits) with a sentence naming the file and the part; those pass through as they are.
    auto book = XlsxWorkbook::open(xlsxPath);
    if (!book)
        return book.error();
    auto found = findCitySheet(*book);
    if (!found)
        return found.error();
    const XlsxSheet* sheet = &found->sheet;
    const int headerRow = sheet->rows[found->headerIndex].number;
    if (auto status = refuseFormulas(*sheet, xlsxPath); !status)
        return status.error();
    if (!progress(10))
        return cancelled();

    const BaltimoreColumns columns = BaltimoreColumns::locate(sheet->rows[found->headerIndex]);
    if (!columns.has(Field::FiscalYear) && options.cycle == 0)
        return refused(xlsxPath, QStringLiteral("sheet \"%1\" has no \"Fiscal Year\" column: name the plan cycle "
                                                "with --cycle, e.g. --cycle FY27")
                                     .arg(sheet->name));
    if (columns.valueColumns().empty())
        report.add(ImportIssue::Kind::Warning, sheet->name, headerRow, {}, {},
                   QStringLiteral("no column header names a fiscal year's target or actual (like \"FY 25 Actual\"): "
                                  "measures are imported without values"),
                   QStringLiteral("no value columns"));
    if (!columns.unreadHeaders().isEmpty())
        report.add(ImportIssue::Kind::Warning, sheet->name, headerRow, {},
                   columns.unreadHeaders().join(QStringLiteral(", ")),
                   QStringLiteral("%1 columns are not imported: %2")
                       .arg(columns.unreadHeaders().size())
                       .arg(columns.unreadHeaders().join(QStringLiteral(", "))),
                   QStringLiteral("columns not imported"));

    BaltimoreRowReader reader(columns, sheet->name, options.cycle, report);
    std::vector<BaltimoreRecord> records;
    records.reserve(sheet->rows.size());
    for (size_t r = found->headerIndex + 1; r < sheet->rows.size(); ++r)
        if (auto record = reader.read(sheet->rows[r]))
            records.push_back(std::move(*record));
    if (report.rowsRead == 0)
        return refused(xlsxPath, QStringLiteral("sheet \"%1\" has no measure rows under its header (row %2): there is "
                                                "nothing to import")
                                     .arg(sheet->name)
                                     .arg(headerRow));
    if (!progress(30))
        return cancelled();

    const BaltimoreCatalog catalog =
        BaltimoreCatalog::gather(records, sheet->name, columns.header(columns.column(Field::ServiceId)),
                                 columns.header(columns.column(Field::AgencyId)), report);
    const std::vector<BaltimoreMeasure> measures = BaltimoreMeasureMerger(sheet->name, columns, report).merge(records);
    if (!progress(40))
        return cancelled();

    storage::Transaction tx(file.connection());
    if (!tx.isOpen())
        return tx.error();
    BaltimoreWorkbookWriter writer(file, sheet->name, columns, report);
    if (auto status = writer.write(catalog, measures, [&](int percent) { return progress(40 + percent * 60 / 100); });
        !status)
        return status.error(); // the transaction rolls back: nothing written
    if (!options.dryRun)
        if (auto status = tx.commit(); !status)
            return status.error();
    // In sheet order, so that the list can be worked through beside the workbook.
    std::stable_sort(report.issues.begin(), report.issues.end(),
                     [](const ImportIssue& a, const ImportIssue& b) { return a.row < b.row; });
    return report;
}

} // namespace ys::io
