// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Agency.h"
#include "domain/Pillar.h"
#include "domain/Result.h"
#include "domain/Service.h"
#include "storage/ReferenceRepository.h"

#include <QSet>

#include <map>

namespace ys::storage {
class PlanFile;
}

namespace ys::io {

// BaltimoreReferenceIndex: the plan file's agencies, plan owners, services and pillars, read once and
// found by the keys both Baltimore importers share (agency code, owner name, service number, pillar
// number), so that the workbook and the reference lists merge into the same rows in either order.
// Writes go through ReferenceRepository (audited) and only when something really changed.
class BaltimoreReferenceIndex
{
public:
    explicit BaltimoreReferenceIndex(const storage::PlanFile& file);

    Status load();

    const Agency* agency(const QString& code) const;
    const Agency* agencyById(RowId id) const;
    Result<RowId> addAgency(const Agency& agency);
    // Writes `agency` over the stored one of the same id when they differ; true when it wrote.
    Result<bool> updateAgency(const Agency& agency);

    // The plan owner called `name`: the same name (BaltimoreNames::key) under any agency, preferring
    // `agencyId`; else the only owner of `agencyId` whose name contains this one or is contained in it
    // ("Legal Aid" and "Legal Aid Bureau"), leaving out the owners in `claimed`.
    const PlanOwner* owner(const QString& name, RowId agencyId, const QSet<RowId>& claimed = {}) const;
    const PlanOwner* ownerById(RowId id) const;
    Result<RowId> addOwner(const PlanOwner& owner);
    Result<bool> updateOwner(const PlanOwner& owner);

    const Service* service(int number) const;
    Result<RowId> addService(const Service& service);
    Result<bool> updateService(const Service& service);

    const Pillar* pillar(int number) const;
    Result<RowId> addPillar(const Pillar& pillar);
    Result<bool> updatePillar(const Pillar& pillar);

private:
    storage::ReferenceRepository m_repository;
    std::map<QString, Agency> m_agencies; // by code
    std::map<RowId, PlanOwner> m_owners;  // by id
    std::map<int, Service> m_services;    // by number
    std::map<int, Pillar> m_pillars;      // by number
};

} // namespace ys::io
