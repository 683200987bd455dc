// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "TableGateway.h"
#include "domain/Agency.h"
#include "domain/Pillar.h"
#include "domain/Result.h"
#include "domain/Service.h"

#include <optional>
#include <vector>

namespace ys::storage {

class PlanFile;

// The city's reference data in a plan file: pillars and their goals, budget agencies, the plan
// owners inside them, and services. One repository for the aggregate "what the city is made of".
class ReferenceRepository
{
public:
    explicit ReferenceRepository(const PlanFile& file);

    Result<std::vector<Pillar>> pillars() const;
    Result<RowId> addPillar(const Pillar& pillar);
    Status updatePillar(const Pillar& pillar);
    Result<std::vector<PillarGoal>> pillarGoals() const;
    Result<RowId> addPillarGoal(const PillarGoal& goal);
    Status updatePillarGoal(const PillarGoal& goal);

    Result<std::vector<Agency>> agencies() const;
    Result<std::optional<Agency>> agencyByCode(const QString& code) const;
    Result<RowId> addAgency(const Agency& agency);
    Status updateAgency(const Agency& agency);

    Result<std::vector<PlanOwner>> owners() const;
    Result<RowId> addOwner(const PlanOwner& owner);
    Status updateOwner(const PlanOwner& owner);

    Result<std::vector<Service>> services() const;
    Result<std::optional<Service>> serviceByNumber(int number) const;
    Result<RowId> addService(const Service& service);
    Status updateService(const Service& service);

private:
    const PlanFile& m_file;
    mutable AuditLog m_audit;
    TableGateway m_pillars;
    TableGateway m_pillarGoals;
    TableGateway m_agencies;
    TableGateway m_owners;
    TableGateway m_services;
};

} // namespace ys::storage
