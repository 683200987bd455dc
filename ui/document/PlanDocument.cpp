// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDocument.h"

#include "review/EditGuard.h"
#include "storage/FileSettings.h"
#include "storage/MeasureRepository.h"
#include "storage/PlanRepository.h"
#include "storage/ReferenceRepository.h"

#include <QUndoStack>

namespace ys::ui {

PlanDocument::PlanDocument(std::unique_ptr<storage::PlanFile> file, storage::PlanSnapshot snapshot)
    : m_file(std::move(file)), m_snapshot(std::move(snapshot)), m_undo(new QUndoStack(this))
{
}

PlanDocument::~PlanDocument() = default;

Result<std::unique_ptr<PlanDocument>> PlanDocument::open(const QString& path, const QString& user)
{
    auto file = storage::PlanFile::open(path, {storage::PlanFile::Access::ReadWrite, true, user});
    if (!file)
        return file.error();
    auto snapshot = storage::PlanSnapshot::load(**file);
    if (!snapshot)
        return snapshot.error();
    return std::unique_ptr<PlanDocument>(new PlanDocument(std::move(*file), std::move(*snapshot)));
}

Result<std::unique_ptr<PlanDocument>> PlanDocument::create(const QString& path, int fiscalYearStartMonth)
{
    NewFileOptions options;
    options.fiscalYearStartMonth = fiscalYearStartMonth;
    return create(path, options);
}

Result<std::unique_ptr<PlanDocument>> PlanDocument::create(const QString& path, const NewFileOptions& options)
{
    auto file = storage::PlanFile::create(path, options.fiscalYearStartMonth, options.user);
    if (!file)
        return file.error();
    if (auto status = storage::FileSettings((*file)->connection()).setDefaultTolerance(options.defaultTolerance);
        !status)
        return status.error();
    auto snapshot = storage::PlanSnapshot::load(**file);
    if (!snapshot)
        return snapshot.error();
    return std::unique_ptr<PlanDocument>(new PlanDocument(std::move(*file), std::move(*snapshot)));
}

int PlanDocument::currentCycle() const
{
    int cycle = 0;
    for (const Plan& plan : m_snapshot.plans)
        cycle = std::max(cycle, plan.cycle);
    return cycle;
}

template <typename T>
T PlanDocument::announce(T result)
{
    if (!result)
        emit writeFailed(result.error().describe());
    return result;
}

Status PlanDocument::writeMeasure(const Measure& measure)
{
    // An approved plan's measures are locked (review::EditGuard).
    if (auto allowed = review::EditGuard::mayEditMeasure(m_snapshot, measure.id); !allowed)
        return announce(Status(allowed.error()));
    auto status = announce(storage::MeasureRepository(*m_file).updateMeasure(measure));
    if (status) {
        m_snapshot.upsertMeasure(measure);
        emit measureChanged(measure.id);
    }
    return status;
}

Result<RowId> PlanDocument::addMeasure(const Measure& measure, const std::vector<RowId>& planIds)
{
    storage::MeasureRepository repo(*m_file);
    auto id = announce(repo.addMeasure(measure, planIds));
    if (id) {
        auto stored = repo.measure(*id);
        if (stored)
            m_snapshot.upsertMeasure(*stored);
        m_snapshot.plansOfMeasure[*id] = planIds;
        emit measureAdded(*id);
    }
    return id;
}

Status PlanDocument::removeMeasure(RowId id)
{
    auto status = announce(storage::MeasureRepository(*m_file).removeMeasure(id));
    if (status) {
        m_snapshot.removeMeasure(id);
        emit measureRemoved(id);
    }
    return status;
}

Status PlanDocument::restoreMeasure(const Measure& measure, const std::vector<RowId>& planIds,
                                    const std::vector<Value>& values)
{
    auto status = announce(storage::MeasureRepository(*m_file).restoreMeasure(measure, planIds, values));
    if (status) {
        m_snapshot.upsertMeasure(measure);
        m_snapshot.plansOfMeasure[measure.id] = planIds;
        for (const Value& value : values)
            m_snapshot.setValue(value);
        emit measureAdded(measure.id);
    }
    return status;
}

Status PlanDocument::writeValue(const Value& value)
{
    Value before;
    before.measureId = value.measureId;
    before.fiscalYear = value.fiscalYear;
    before.period = value.period;
    for (const Value& v : m_snapshot.valuesOf(value.measureId))
        if (v.fiscalYear == value.fiscalYear && v.period == value.period)
            before = v;
    if (auto allowed = review::EditGuard::mayEditValue(m_snapshot, before, value); !allowed)
        return announce(Status(allowed.error()));
    auto status = announce(storage::MeasureRepository(*m_file).setValue(value));
    if (status) {
        m_snapshot.setValue(value);
        emit valuesChanged(value.measureId);
    }
    return status;
}

Status PlanDocument::writePlan(const Plan& plan)
{
    auto status = announce(storage::PlanRepository(*m_file).updatePlan(plan));
    if (status) {
        m_snapshot.upsertPlan(plan);
        emit planChanged(plan.id);
    }
    return status;
}

Status PlanDocument::writeService(const Service& service)
{
    auto status = announce(storage::ReferenceRepository(*m_file).updateService(service));
    if (status) {
        m_snapshot.upsertService(service);
        emit serviceChanged(service.id);
    }
    return status;
}

Result<std::vector<Goal>> PlanDocument::goals(RowId planId) const
{
    return storage::PlanRepository(*m_file).goals(planId);
}

Result<std::vector<Initiative>> PlanDocument::initiatives(RowId goalId) const
{
    return storage::PlanRepository(*m_file).initiatives(goalId);
}

Result<std::vector<Risk>> PlanDocument::risks(RowId planId) const
{
    return storage::PlanRepository(*m_file).risks(planId);
}

Result<std::vector<KeyPerson>> PlanDocument::personnel(RowId planId) const
{
    return storage::PlanRepository(*m_file).personnel(planId);
}

Result<RowId> PlanDocument::addGoal(const Goal& goal)
{
    auto id = announce(storage::PlanRepository(*m_file).addGoal(goal));
    if (id)
        emit sectionsChanged(goal.planId);
    return id;
}

Status PlanDocument::writeGoal(const Goal& goal)
{
    auto status = announce(storage::PlanRepository(*m_file).updateGoal(goal));
    if (status)
        emit sectionsChanged(goal.planId);
    return status;
}

Status PlanDocument::removeGoal(RowId id)
{
    const RowId planId = storage::PlanRepository(*m_file).planOfGoal(id);
    auto status = announce(storage::PlanRepository(*m_file).removeGoal(id));
    if (status)
        emit sectionsChanged(planId);
    return status;
}

Result<RowId> PlanDocument::addInitiative(const Initiative& initiative)
{
    const RowId planId = storage::PlanRepository(*m_file).planOfGoal(initiative.goalId);
    auto id = announce(storage::PlanRepository(*m_file).addInitiative(initiative));
    if (id)
        emit sectionsChanged(planId);
    return id;
}

Status PlanDocument::writeInitiative(const Initiative& initiative)
{
    const RowId planId = storage::PlanRepository(*m_file).planOfGoal(initiative.goalId);
    auto status = announce(storage::PlanRepository(*m_file).updateInitiative(initiative));
    if (status)
        emit sectionsChanged(planId);
    return status;
}

Status PlanDocument::removeInitiative(RowId id)
{
    auto status = announce(storage::PlanRepository(*m_file).removeInitiative(id));
    if (status)
        emit sectionsChanged(0);
    return status;
}

Result<RowId> PlanDocument::addRisk(const Risk& risk)
{
    auto id = announce(storage::PlanRepository(*m_file).addRisk(risk));
    if (id)
        emit sectionsChanged(risk.planId);
    return id;
}

Status PlanDocument::writeRisk(const Risk& risk)
{
    auto status = announce(storage::PlanRepository(*m_file).updateRisk(risk));
    if (status)
        emit sectionsChanged(risk.planId);
    return status;
}

Status PlanDocument::removeRisk(RowId id)
{
    auto status = announce(storage::PlanRepository(*m_file).removeRisk(id));
    if (status)
        emit sectionsChanged(0);
    return status;
}

Result<RowId> PlanDocument::addKeyPerson(const KeyPerson& person)
{
    auto id = announce(storage::PlanRepository(*m_file).addKeyPerson(person));
    if (id)
        emit sectionsChanged(person.planId);
    return id;
}

Status PlanDocument::writeKeyPerson(const KeyPerson& person)
{
    auto status = announce(storage::PlanRepository(*m_file).updateKeyPerson(person));
    if (status)
        emit sectionsChanged(person.planId);
    return status;
}

Status PlanDocument::removeKeyPerson(RowId id)
{
    auto status = announce(storage::PlanRepository(*m_file).removeKeyPerson(id));
    if (status)
        emit sectionsChanged(0);
    return status;
}

Status PlanDocument::restoreGoal(const Goal& goal)
{
    auto status = announce(storage::PlanRepository(*m_file).restoreGoal(goal));
    if (status)
        emit sectionsChanged(goal.planId);
    return status;
}

Status PlanDocument::restoreInitiative(const Initiative& initiative)
{
    auto status = announce(storage::PlanRepository(*m_file).restoreInitiative(initiative));
    if (status)
        emit sectionsChanged(storage::PlanRepository(*m_file).planOfGoal(initiative.goalId));
    return status;
}

Status PlanDocument::restoreRisk(const Risk& risk)
{
    auto status = announce(storage::PlanRepository(*m_file).restoreRisk(risk));
    if (status)
        emit sectionsChanged(risk.planId);
    return status;
}

Status PlanDocument::restoreKeyPerson(const KeyPerson& person)
{
    auto status = announce(storage::PlanRepository(*m_file).restoreKeyPerson(person));
    if (status)
        emit sectionsChanged(person.planId);
    return status;
}

Status PlanDocument::reload()
{
    auto snapshot = storage::PlanSnapshot::load(*m_file);
    if (!snapshot)
        return snapshot.error();
    m_snapshot = std::move(*snapshot);
    m_undo->clear();
    emit reloaded();
    return {};
}

} // namespace ys::ui
