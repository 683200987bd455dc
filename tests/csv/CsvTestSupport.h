// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plan files, CSV files and imports for the CSV tests.

#include "TempDir.h"
#include "io/CsvImporter.h"
#include "storage/FileStatistics.h"
#include "storage/PlanFile.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <memory>

inline QString dcCsv()
{
    return sharedData(QStringLiteral("dc/dc_performance_metrics_fy2013.csv"));
}

inline QString dcMapping()
{
    return testData(QStringLiteral("dc-mapping.json"));
}

inline std::unique_ptr<ys::storage::PlanFile>
newPlanFile(const TempDir& dir, const QString& name = QStringLiteral("plan.yardstick"))
{
    auto file = ys::storage::PlanFile::create(dir.path(name));
    REQUIRE(file.ok());
    return std::move(*file);
}

inline std::unique_ptr<ys::storage::PlanFile> openPlanFile(const QString& path)
{
    auto file = ys::storage::PlanFile::open(path);
    REQUIRE(file.ok());
    return std::move(*file);
}

inline void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

inline QByteArray readBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline ys::Result<ys::io::ImportReport> importCsv(ys::storage::PlanFile& file, const QString& csv,
                                                  const QString& mapping, bool dryRun = false,
                                                  const QString& encoding = {})
{
    ys::io::ImportOptions options;
    options.mappingPath = mapping;
    options.dryRun = dryRun;
    options.encoding = encoding;
    return ys::io::CsvImporter::importFile(file, csv, options);
}

inline ys::storage::FileStatistics statistics(const ys::storage::PlanFile& file)
{
    auto stats = ys::storage::FileStatistics::of(file);
    REQUIRE(stats.ok());
    return *stats;
}

namespace ys::storage {
// Equal counts, audit entries included: nothing was written.
inline bool operator==(const FileStatistics& a, const FileStatistics& b)
{
    return a.agencies == b.agencies && a.owners == b.owners && a.plans == b.plans &&
           a.services == b.services && a.measures == b.measures && a.values == b.values &&
           a.reviewItems == b.reviewItems && a.auditEntries == b.auditEntries;
}
} // namespace ys::storage

// A small mapping for hand-written CSV files: agency, service, title, unit, FY25 target and actual.
inline QByteArray smallMapping(const QByteArray& extra = {})
{
    return R"({
  "agency": {"code": "Agency"},
  "service": {"name": "Program"},
  "cycle": "FY25",
  "measure": {"title": "Measure", "unit": "Unit"},
  "values": [{"fiscal_year": "FY25", "target": "Target", "actual": "Actual"}])" +
           extra + "\n}\n";
}

#include "domain/FiscalYear.h"
#include "storage/PlanSnapshot.h"

#include <QStringList>

// Everything a plan file says about its measures, one sorted line per measure, without row ids,
// uids, raw texts and origins: two files with equal dumps hold equal plans.
inline QStringList planDump(const ys::storage::PlanFile& file)
{
    using namespace ys;
    auto snapshot = storage::PlanSnapshot::load(file);
    REQUIRE(snapshot.ok());
    const auto number = [](const std::optional<double>& v) {
        return v ? QString::number(*v, 'g', 17) : QStringLiteral("-");
    };
    QStringList lines;
    for (const Measure& m : snapshot->measures) {
        const PlanOwner* owner = snapshot->owner(m.ownerId);
        const Agency* agency = owner ? snapshot->agency(owner->agencyId) : nullptr;
        const Service* service = snapshot->service(m.serviceId);
        QStringList cycles;
        for (RowId planId : snapshot->plansOfMeasure.value(m.id))
            cycles << FiscalYear(snapshot->plan(planId)->cycle).label();
        cycles.sort();
        QStringList parts{
            agency ? agency->code + u'/' + agency->name : QString(),
            owner ? owner->name + (owner->isOffice ? QStringLiteral(" (office)") : QString()) : QString(),
            service ? QStringLiteral("%1/%2/%3").arg(service->number).arg(service->code, service->name)
                    : QStringLiteral("no service"),
            code(m.level),
            m.title,
            code(m.type),
            code(m.direction),
            code(m.unit),
            code(m.interval),
            cycles.join(u' '),
            m.sourceIds,
            number(m.baseline),
            QString::number(m.baselineYear)};
        for (const QString& e : m.elements)
            parts << e;
        for (const Value& v : snapshot->valuesOf(m.id))
            for (const Figure* f : {&v.target, &v.actual})
                parts << QStringLiteral("%1 %2 %3 [%4] {%5}")
                             .arg(v.fiscalYear)
                             .arg(code(v.period), number(f->number), f->missingReason, f->note);
        lines << parts.join(QStringLiteral(" | "));
    }
    lines.sort();
    return lines;
}
