// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "TableGateway.h"
#include "domain/Plan.h"
#include "domain/PlanSections.h"
#include "domain/Result.h"

#include <optional>
#include <vector>

namespace ys::storage {

class PlanFile;

// Plans (owner x cycle) with their header and sections: goals with initiatives, risks, key
// personnel. Measures have their own repository.
class PlanRepository
{
public:
    explicit PlanRepository(const PlanFile& file);

    Result<std::vector<Plan>> plans() const;
    Result<Plan> plan(RowId id) const;
    Result<std::optional<Plan>> planOf(RowId ownerId, int cycle) const;
    Result<RowId> addPlan(const Plan& plan);
    Status updatePlan(const Plan& plan);

    Result<std::vector<Goal>> goals(RowId planId) const;
    Result<RowId> addGoal(const Goal& goal);
    Status updateGoal(const Goal& goal);
    Status removeGoal(RowId id);

    Result<std::vector<Initiative>> initiatives(RowId goalId) const;
    // The plan a goal belongs to (0 when the goal does not exist).
    RowId planOfGoal(RowId goalId) const;
    Result<RowId> addInitiative(const Initiative& initiative);
    Status updateInitiative(const Initiative& initiative);
    Status removeInitiative(RowId id);

    Result<std::vector<Risk>> risks(RowId planId) const;
    Result<RowId> addRisk(const Risk& risk);
    Status updateRisk(const Risk& risk);
    Status removeRisk(RowId id);

    Result<std::vector<KeyPerson>> personnel(RowId planId) const;
    Result<RowId> addKeyPerson(const KeyPerson& person);
    Status updateKeyPerson(const KeyPerson& person);
    Status removeKeyPerson(RowId id);

    // Bring back removed rows with their ids (undo of a deletion), so later steps still find them.
    Status restoreGoal(const Goal& goal);
    Status restoreInitiative(const Initiative& initiative);
    Status restoreRisk(const Risk& risk);
    Status restoreKeyPerson(const KeyPerson& person);

    // Without their own transaction, for importers that batch (see MeasureRepository).
    Result<RowId> insertPlanInTransaction(const Plan& plan);

private:
    const PlanFile& m_file;
    mutable AuditLog m_audit;
    TableGateway m_plans;
    TableGateway m_goals;
    TableGateway m_initiatives;
    TableGateway m_risks;
    TableGateway m_personnel;
};

} // namespace ys::storage
