// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaltimoreWorkbookWriter.h"

#include "BaltimoreMeasureWriter.h"
#include "storage/PlanFile.h"
#include "storage/PlanRepository.h"
#include "storage/PlanSnapshot.h"

namespace ys::io {

BaltimoreWorkbookWriter::BaltimoreWorkbookWriter(storage::PlanFile& file, QString sheet,
                                                 const BaltimoreColumns& columns, ImportReport& report)
    : m_file(file), m_sheet(std::move(sheet)), m_columns(columns), m_report(report), m_index(file)
{
}

Status BaltimoreWorkbookWriter::write(const BaltimoreCatalog& catalog, const std::vector<BaltimoreMeasure>& measures,
                                      const std::function<bool(int)>& progress)
{
    const auto cancelled = [] {
        return Error::make(Error::Code::Usage, QStringLiteral("the import was cancelled; nothing was written."));
    };
    if (auto status = m_index.load(); !status)
        return status;
    for (auto step : {&BaltimoreWorkbookWriter::writeAgencies, &BaltimoreWorkbookWriter::writeOwners,
                      &BaltimoreWorkbookWriter::writeServices})
        if (auto status = (this->*step)(catalog); !status)
            return status;
    // One read of everything the file already holds: measures, values, plans and their links.
    auto snapshot = storage::PlanSnapshot::load(m_file);
    if (!snapshot)
        return snapshot.error();
    if (auto status = writePlans(catalog, snapshot->plans); !status)
        return status;
    if (progress && !progress(5))
        return cancelled();

    BaltimoreMeasureWriter writer(m_file, *snapshot, m_sheet, m_columns, m_report);
    std::vector<BaltimoreMeasurePlacement> placements;
    placements.reserve(measures.size());
    for (const BaltimoreMeasure& measure : measures) {
        BaltimoreMeasurePlacement p{&measure, m_ownerIds.value(measure.ownerKey), m_serviceIds.value(measure.serviceNumber), {}};
        for (int cycle : measure.cycles)
            p.planIds.push_back(m_planIds.at({p.ownerId, cycle}));
        placements.push_back(std::move(p));
    }
    const std::vector<RowId> existing = writer.match(placements);
    for (size_t i = 0; i < placements.size(); ++i) {
        if (auto status = writer.write(placements[i], existing[i]); !status)
            return status;
        if (progress && (i + 1) % 50 == 0 && !progress(5 + int(95 * (i + 1) / placements.size())))
            return cancelled();
    }
    if (auto status = writer.flush(); !status)
        return status;
    if (progress && !progress(100))
        return cancelled();
    return {};
}

Status BaltimoreWorkbookWriter::writeAgencies(const BaltimoreCatalog& catalog)
{
    for (const auto& [code, entry] : catalog.agencies) {
        if (const Agency* existing = m_index.agency(code)) {
            m_agencyIds.insert(code, existing->id);
            continue;
        }
        Agency agency;
        agency.code = code;
        agency.name = entry.name.isEmpty() ? code : entry.name;
        auto id = m_index.addAgency(agency);
        if (!id)
            return id.error();
        m_agencyIds.insert(code, *id);
    }
    m_report.agencies = int(catalog.agencies.size());
    return {};
}

Status BaltimoreWorkbookWriter::writeOwners(const BaltimoreCatalog& catalog)
{
    // Same names first, so that a name contained in another ("Legal Aid") never takes an owner that
    // another row names exactly.
    QSet<RowId> claimed;
    std::vector<std::pair<QString, const BaltimoreCatalog::OwnerEntry*>> unmatched;
    for (const auto& [key, entry] : catalog.owners) {
        const RowId agencyId = m_agencyIds.value(entry.agencyCode);
        const PlanOwner* existing = m_index.owner(entry.name, agencyId, claimed);
        if (existing && BaltimoreNames::key(existing->name) == key) {
            claimed.insert(existing->id);
            m_ownerIds.insert(key, existing->id);
        } else {
            unmatched.emplace_back(key, &entry);
        }
    }
    for (const auto& [key, entry] : unmatched) {
        const RowId agencyId = m_agencyIds.value(entry->agencyCode);
        if (const PlanOwner* like = m_index.owner(entry->name, agencyId, claimed)) {
            // The workbook's name is the one its plans use ("Legal Aid Bureau" for "Legal Aid").
            PlanOwner renamed = *like;
            renamed.name = entry->name;
            claimed.insert(like->id);
            m_ownerIds.insert(key, like->id);
            if (auto updated = m_index.updateOwner(renamed); !updated)
                return updated.error();
            continue;
        }
        auto id = m_index.addOwner(PlanOwner{0, agencyId, entry->name, entry->isOffice});
        if (!id)
            return id.error();
        claimed.insert(*id);
        m_ownerIds.insert(key, *id);
    }
    m_report.owners = int(catalog.owners.size());
    return {};
}

Status BaltimoreWorkbookWriter::writeServices(const BaltimoreCatalog& catalog)
{
    for (const auto& [number, entry] : catalog.services) {
        // The owner that reports the service, when only one does.
        const RowId soleOwner = entry.ownerKeys.size() == 1 ? m_ownerIds.value(*entry.ownerKeys.begin()) : 0;
        const Service* existing = m_index.service(number);
        if (!existing) {
            Service service;
            service.number = number;
            service.code = entry.code;
            service.name = entry.name.isEmpty() ? entry.code : entry.name;
            service.agencyId = m_agencyIds.value(entry.agencyCode);
            service.ownerId = soleOwner;
            service.description = entry.description;
            auto id = m_index.addService(service);
            if (!id)
                return id.error();
            m_serviceIds.insert(number, *id);
            continue;
        }
        // Reference lists name services, their agency and owner; the workbook only fills what is blank.
        Service service = *existing;
        if (service.description.isEmpty())
            service.description = entry.description;
        if (service.agencyId == 0)
            service.agencyId = m_agencyIds.value(entry.agencyCode);
        if (service.ownerId == 0)
            service.ownerId = soleOwner;
        if (auto updated = m_index.updateService(service); !updated)
            return updated.error();
        m_serviceIds.insert(number, existing->id);
    }
    m_report.services = int(catalog.services.size());
    return {};
}

Status BaltimoreWorkbookWriter::writePlans(const BaltimoreCatalog& catalog, const std::vector<Plan>& existing)
{
    for (const Plan& plan : existing)
        m_planIds[{plan.ownerId, plan.cycle}] = plan.id;
    storage::PlanRepository plans(m_file);
    for (const auto& [key, entry] : catalog.owners) {
        const RowId ownerId = m_ownerIds.value(key);
        for (int cycle : entry.cycles) {
            if (m_planIds.count({ownerId, cycle}))
                continue;
            Plan plan;
            plan.ownerId = ownerId;
            plan.cycle = cycle;
            auto id = plans.insertPlanInTransaction(plan);
            if (!id)
                return id.error();
            m_planIds[{ownerId, cycle}] = *id;
        }
    }
    m_report.plans = catalog.planCount();
    return {};
}

} // namespace ys::io
