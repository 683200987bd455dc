// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaltimoreReferenceImporter.h"

#include "BaltimoreReferenceWriter.h"
#include "storage/PlanFile.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>

#include <optional>

namespace ys::io {
namespace {

struct ListFile
{
    const char* name;
    QStringList columns; // required
    bool required;
};

} // namespace

Result<ImportReport> BaltimoreReferenceImporter::importFile(storage::PlanFile& file, const QString& directory,
                                                            const ImportOptions& options)
{
    ImportReport report;
    report.source = directory;
    report.format = QStringLiteral("baltimore-reference");
    report.dryRun = options.dryRun;
    const auto progress = [&](int percent) { return !options.progress || options.progress(percent); };
    if (auto status = file.requireWritable(); !status)
        return status.error();
    if (!QFileInfo(directory).isDir()) {
        Error error = Error::make(Error::Code::Invalid,
                                  QStringLiteral("is not a folder: baltimore-reference reads agency.csv, service.csv "
                                                 "and the other reference lists from a folder"));
        error.file = directory;
        return error;
    }

    const ListFile lists[] = {
        {"agency.csv",
         {QStringLiteral("agency_id"), QStringLiteral("agency_name"), QStringLiteral("public_name"),
          QStringLiteral("deputy_mayor_pillar"), QStringLiteral("submit_plan"), QStringLiteral("is_quasi"),
          QStringLiteral("active")},
         true},
        {"service.csv",
         {QStringLiteral("service_id"), QStringLiteral("service_name"), QStringLiteral("agency_id"),
          QStringLiteral("service_type"), QStringLiteral("pillar_id"), QStringLiteral("pillar_name"),
          QStringLiteral("active")},
         true},
        {"service_descriptions.csv", {QStringLiteral("service_id"), QStringLiteral("service_description")}, false},
        {"plan_entity.csv",
         {QStringLiteral("entity_id"), QStringLiteral("parent_agency_id"), QStringLiteral("public_name"),
          QStringLiteral("entity_type"), QStringLiteral("has_own_plan"), QStringLiteral("active")},
         false},
        {"plan_entity_service.csv",
         {QStringLiteral("entity_id"), QStringLiteral("service_id"), QStringLiteral("is_primary")},
         false},
    };
    // Every list is read, and refused with the columns it lacks, before anything is written.
    std::vector<std::optional<BaltimoreReferenceTable>> tables;
    const QDir dir(directory);
    for (const ListFile& list : lists) {
        const QString path = dir.filePath(QLatin1String(list.name));
        if (!QFileInfo::exists(path)) {
            if (list.required) {
                Error error = Error::make(Error::Code::Invalid,
                                          QStringLiteral("has no %1: the reference lists need at least agency.csv "
                                                         "and service.csv")
                                              .arg(QLatin1String(list.name)));
                error.file = directory;
                return error;
            }
            report.add(ImportIssue::Kind::Warning, QLatin1String(list.name), 0, {}, {},
                       QStringLiteral("not in the folder: skipped"), QStringLiteral("reference list missing"));
            tables.emplace_back();
            continue;
        }
        auto table = BaltimoreReferenceTable::read(path, list.columns);
        if (!table)
            return table.error();
        report.rowsRead += int(table->records().size());
        tables.emplace_back(std::move(*table));
    }
    if (!progress(20))
        return Error::make(Error::Code::Usage, QStringLiteral("the import was cancelled; nothing was written."));

    storage::Transaction tx(file.connection());
    if (!tx.isOpen())
        return tx.error();
    BaltimoreReferenceWriter writer(file, report);
    if (auto status = writer.load(); !status)
        return status.error();
    using Step = Status (BaltimoreReferenceWriter::*)(const BaltimoreReferenceTable&);
    const Step steps[] = {&BaltimoreReferenceWriter::writeAgencies, &BaltimoreReferenceWriter::writeServices,
                          &BaltimoreReferenceWriter::writeDescriptions, &BaltimoreReferenceWriter::writeEntities,
                          &BaltimoreReferenceWriter::writeEntityServices};
    for (size_t i = 0; i < tables.size(); ++i) {
        if (tables[i])
            if (auto status = (writer.*steps[i])(*tables[i]); !status)
                return status.error(); // rolled back: nothing written
        if (!progress(20 + int(i + 1) * 16))
            return Error::make(Error::Code::Usage, QStringLiteral("the import was cancelled; nothing was written."));
    }
    if (!options.dryRun)
        if (auto status = tx.commit(); !status)
            return status.error();
    return report;
}

} // namespace ys::io
