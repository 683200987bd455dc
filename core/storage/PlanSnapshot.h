// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Agency.h"
#include "domain/Measure.h"
#include "domain/Plan.h"
#include "domain/Result.h"
#include "domain/Service.h"
#include "domain/Value.h"

#include <QHash>

#include <vector>

namespace ys::storage {

class PlanFile;

// Everything a screen, a check or a report reads about the file's measures, loaded at once in a
// handful of queries: agencies, owners, services, plans, measures, their values and which plans
// they belong to. A read model: it is not written back.
struct PlanSnapshot
{
    std::vector<Agency> agencies;
    std::vector<PlanOwner> owners;
    std::vector<Service> services;
    std::vector<Plan> plans;
    std::vector<Measure> measures;
    QHash<RowId, std::vector<Value>> values;       // by measure id
    QHash<RowId, std::vector<RowId>> plansOfMeasure; // measure id -> plan ids
    int fiscalYearStartMonth = 7;
    double defaultTolerance = 0.10;

    static Result<PlanSnapshot> load(const PlanFile& file);

    // Keeping the snapshot in step with edits made through the repositories (no reload).
    void upsertMeasure(const Measure& measure);
    void removeMeasure(RowId id);
    void setValue(const Value& value);
    void upsertPlan(const Plan& plan);
    void upsertService(const Service& service);

    const Measure* measure(RowId id) const;
    const Agency* agency(RowId id) const;
    const PlanOwner* owner(RowId id) const;
    const Service* service(RowId id) const;
    const Plan* plan(RowId id) const;
    const std::vector<Value>& valuesOf(RowId measureId) const;
    // The latest plan cycle the measure belongs to (end year), 0 when it is in no plan.
    int latestCycleOf(RowId measureId) const;

private:
    QHash<RowId, int> m_agencyIndex, m_ownerIndex, m_serviceIndex, m_planIndex, m_measureIndex;
    void index();
};

} // namespace ys::storage
