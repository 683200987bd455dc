// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanSnapshot.h"

#include "FileSettings.h"
#include "MeasureRepository.h"
#include "PlanFile.h"
#include "PlanRepository.h"
#include "ReferenceRepository.h"
#include "Sql.h"

namespace ys::storage {

Result<PlanSnapshot> PlanSnapshot::load(const PlanFile& file)
{
    PlanSnapshot snapshot;
    ReferenceRepository reference(file);
    PlanRepository plans(file);
    MeasureRepository measures(file);
    auto agencies = reference.agencies();
    if (!agencies)
        return agencies.error();
    auto owners = reference.owners();
    if (!owners)
        return owners.error();
    auto services = reference.services();
    if (!services)
        return services.error();
    auto planList = plans.plans();
    if (!planList)
        return planList.error();
    auto measureList = measures.measures();
    if (!measureList)
        return measureList.error();
    auto values = measures.allValues();
    if (!values)
        return values.error();
    snapshot.agencies = std::move(*agencies);
    snapshot.owners = std::move(*owners);
    snapshot.services = std::move(*services);
    snapshot.plans = std::move(*planList);
    snapshot.measures = std::move(*measureList);
    snapshot.values = std::move(*values);

    QSqlQuery query(file.connection().database());
    query.setForwardOnly(true);
    if (auto status = run(query, QStringLiteral("SELECT measure_id, plan_id FROM plan_measure"), {}, file.path()); !status)
        return status.error();
    while (query.next())
        snapshot.plansOfMeasure[query.value(0).toLongLong()].push_back(query.value(1).toLongLong());

    FileSettings settings(file.connection());
    snapshot.fiscalYearStartMonth = settings.fiscalYearStartMonth();
    snapshot.defaultTolerance = settings.defaultTolerance();
    snapshot.index();
    return snapshot;
}

void PlanSnapshot::index()
{
    for (int i = 0; i < int(agencies.size()); ++i)
        m_agencyIndex.insert(agencies[i].id, i);
    for (int i = 0; i < int(owners.size()); ++i)
        m_ownerIndex.insert(owners[i].id, i);
    for (int i = 0; i < int(services.size()); ++i)
        m_serviceIndex.insert(services[i].id, i);
    for (int i = 0; i < int(plans.size()); ++i)
        m_planIndex.insert(plans[i].id, i);
    m_measureIndex.clear();
    for (int i = 0; i < int(measures.size()); ++i)
        m_measureIndex.insert(measures[i].id, i);
}

const Measure* PlanSnapshot::measure(RowId id) const
{
    const auto it = m_measureIndex.constFind(id);
    return it == m_measureIndex.cend() ? nullptr : &measures[*it];
}

void PlanSnapshot::upsertMeasure(const Measure& measure)
{
    const auto it = m_measureIndex.constFind(measure.id);
    if (it != m_measureIndex.cend()) {
        measures[*it] = measure;
        return;
    }
    m_measureIndex.insert(measure.id, int(measures.size()));
    measures.push_back(measure);
}

void PlanSnapshot::removeMeasure(RowId id)
{
    const auto it = m_measureIndex.constFind(id);
    if (it == m_measureIndex.cend())
        return;
    measures.erase(measures.begin() + *it);
    values.remove(id);
    plansOfMeasure.remove(id);
    index();
}

void PlanSnapshot::setValue(const Value& value)
{
    auto& list = values[value.measureId];
    const auto same = [&value](const Value& v) { return v.fiscalYear == value.fiscalYear && v.period == value.period; };
    const auto it = std::find_if(list.begin(), list.end(), same);
    if (value.isEmpty()) {
        if (it != list.end())
            list.erase(it);
        return;
    }
    if (it != list.end()) {
        *it = value;
        return;
    }
    list.push_back(value);
    std::sort(list.begin(), list.end(), [](const Value& a, const Value& b) {
        return std::pair(a.fiscalYear, int(a.period)) < std::pair(b.fiscalYear, int(b.period));
    });
}

void PlanSnapshot::upsertPlan(const Plan& plan)
{
    const auto it = m_planIndex.constFind(plan.id);
    if (it != m_planIndex.cend()) {
        plans[*it] = plan;
        return;
    }
    m_planIndex.insert(plan.id, int(plans.size()));
    plans.push_back(plan);
}

void PlanSnapshot::upsertService(const Service& service)
{
    const auto it = m_serviceIndex.constFind(service.id);
    if (it != m_serviceIndex.cend()) {
        services[*it] = service;
        return;
    }
    m_serviceIndex.insert(service.id, int(services.size()));
    services.push_back(service);
}

const Agency* PlanSnapshot::agency(RowId id) const
{
    const auto it = m_agencyIndex.constFind(id);
    return it == m_agencyIndex.cend() ? nullptr : &agencies[*it];
}

const PlanOwner* PlanSnapshot::owner(RowId id) const
{
    const auto it = m_ownerIndex.constFind(id);
    return it == m_ownerIndex.cend() ? nullptr : &owners[*it];
}

const Service* PlanSnapshot::service(RowId id) const
{
    const auto it = m_serviceIndex.constFind(id);
    return it == m_serviceIndex.cend() ? nullptr : &services[*it];
}

const Plan* PlanSnapshot::plan(RowId id) const
{
    const auto it = m_planIndex.constFind(id);
    return it == m_planIndex.cend() ? nullptr : &plans[*it];
}

const std::vector<Value>& PlanSnapshot::valuesOf(RowId measureId) const
{
    static const std::vector<Value> none;
    const auto it = values.constFind(measureId);
    return it == values.cend() ? none : *it;
}

int PlanSnapshot::latestCycleOf(RowId measureId) const
{
    int latest = 0;
    for (RowId planId : plansOfMeasure.value(measureId))
        if (const Plan* p = plan(planId))
            latest = std::max(latest, p->cycle);
    return latest;
}

} // namespace ys::storage
