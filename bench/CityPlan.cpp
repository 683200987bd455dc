// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityPlan.h"

#include "BenchRegistry.h"

#include "io/Importers.h"
#include "storage/MeasureRepository.h"
#include "storage/PlanRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/Transaction.h"

#include <QFileInfo>

#include <vector>

namespace ys::bench {
namespace {

// 56 plan owners (some agencies with three), 150 services, 1,500 measures with seven years of values.
bool generate(storage::PlanFile& file)
{
    storage::Transaction tx(file.connection());
    storage::ReferenceRepository reference(file);
    storage::MeasureRepository measures(file);
    std::vector<RowId> owners, plans, services;
    for (int a = 0; a < 40; ++a) {
        auto agency = reference.addAgency(Agency{0, QStringLiteral("AGC%1").arg(1000 + a), QStringLiteral("Agency %1").arg(a)});
        if (!agency)
            return false;
        for (int o = 0; o < (a < 8 ? 3 : 1); ++o) {
            auto owner = reference.addOwner(PlanOwner{0, *agency, QStringLiteral("Owner %1.%2").arg(a).arg(o), o > 0});
            Plan plan;
            plan.ownerId = owner ? *owner : 0;
            plan.cycle = 2027;
            auto planId = storage::PlanRepository(file).addPlan(plan);
            if (!owner || !planId)
                return false;
            owners.push_back(*owner);
            plans.push_back(*planId);
        }
    }
    for (int s = 0; s < 150; ++s) {
        Service service;
        service.number = 100 + s * 5;
        service.code = QStringLiteral("SRV%1").arg(service.number, 4, 10, QLatin1Char('0'));
        service.name = QStringLiteral("Service area %1").arg(s);
        service.ownerId = owners[size_t(s) % owners.size()];
        auto id = reference.addService(service);
        if (!id)
            return false;
        services.push_back(*id);
    }
    const QStringList titles{QStringLiteral("days to close"), QStringLiteral("percent of residents"),
                             QStringLiteral("number of inspections"), QStringLiteral("cost per permit"),
                             QStringLiteral("average response time"), QStringLiteral("calls answered")};
    for (int i = 0; i < 1500; ++i) {
        const size_t service = size_t(i) % services.size();
        Measure m;
        m.ownerId = owners[service % owners.size()];
        m.serviceId = services[service];
        m.title = QStringLiteral("%1 %2").arg(titles[i % titles.size()]).arg(i);
        m.type = MeasureType(i % 4);
        m.direction = Direction(i % 3);
        m.unit = Unit(i % 7);
        auto id = measures.addMeasure(m, {plans[service % owners.size()]});
        if (!id)
            return false;
        for (int year = 2021; year <= 2027; ++year) {
            Value v{*id, year, Period::Annual};
            v.target.number = 100.0 + i % 17;
            if (year < 2026)
                v.actual.number = 80.0 + (i * year) % 41;
            if (!measures.setValue(v))
                return false;
        }
    }
    return tx.commit().ok();
}

} // namespace

// The plan the figures are measured on, and what it is ("the Baltimore workbook, 835 measures").
std::unique_ptr<ui::PlanDocument> cityPlan(const QString& path, QString& what)
{
    auto created = ui::PlanDocument::create(path);
    if (!created) {
        what = QStringLiteral("failed: %1").arg(created.error().describe());
        return nullptr;
    }
    std::unique_ptr<ui::PlanDocument> doc = std::move(*created);
    const QString workbook = sharedData(QStringLiteral("baltimore/Performance_Data.xlsx"));
    const io::ImportFormat* baltimore = io::importFormat(QStringLiteral("baltimore-xlsx"));
    if (baltimore && QFileInfo::exists(workbook)) {
        auto report = baltimore->run(doc->file(), workbook, io::ImportOptions{});
        what = report ? QStringLiteral("the Baltimore workbook") : QStringLiteral("failed: %1").arg(report.error().describe());
    } else {
        what = generate(doc->file()) ? QStringLiteral("synthetic") : QStringLiteral("failed: the synthetic plan");
    }
    if (what.startsWith(QLatin1String("failed")) || !doc->reload())
        return nullptr;
    what += QStringLiteral(", %1 measures, %2 plan owners").arg(doc->snapshot().measures.size()).arg(doc->snapshot().owners.size());
    return doc;
}

} // namespace ys::bench
