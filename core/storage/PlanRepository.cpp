// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanRepository.h"

#include "WriteTransaction.h"

#include <QUuid>

namespace ys::storage {
namespace {

QString newUid(const QString& uid)
{
    return uid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : uid;
}

QDate dateFrom(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariantList planRow(const Plan& p)
{
    return {newUid(p.uid), p.ownerId,  p.cycle,       code(p.state), p.version, p.contact, nullableDate(p.planDate),
            p.reviewers,   p.overview, p.vision,      p.visionLink,  p.website, p.illustrative ? 1 : 0};
}

Plan planFrom(const QSqlQuery& q)
{
    Plan p;
    p.id = q.value(0).toLongLong();
    p.uid = q.value(1).toString();
    p.ownerId = q.value(2).toLongLong();
    p.cycle = q.value(3).toInt();
    p.state = fromCode<LifeCycle>(q.value(4).toString()).value_or(LifeCycle::Draft);
    p.version = q.value(5).toInt();
    p.contact = q.value(6).toString();
    p.planDate = dateFrom(q.value(7));
    p.reviewers = q.value(8).toString();
    p.overview = q.value(9).toString();
    p.vision = q.value(10).toString();
    p.visionLink = q.value(11).toString();
    p.website = q.value(12).toString();
    p.illustrative = q.value(13).toBool();
    return p;
}

QVariantList goalRow(const Goal& g)
{
    return {newUid(g.uid), g.planId, g.ordinal, g.statement, nullableId(g.pillarGoalId), g.primaryLink ? 1 : 0};
}

Goal goalFrom(const QSqlQuery& q)
{
    return Goal{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt(),
                q.value(4).toString(),   q.value(5).toLongLong(), q.value(6).toBool()};
}

QVariantList initiativeRow(const Initiative& i)
{
    return {newUid(i.uid),         i.goalId,  i.title, i.description, nullableDate(i.start), nullableDate(i.end),
            i.owner, code(i.status)};
}

Initiative initiativeFrom(const QSqlQuery& q)
{
    Initiative i;
    i.id = q.value(0).toLongLong();
    i.uid = q.value(1).toString();
    i.goalId = q.value(2).toLongLong();
    i.title = q.value(3).toString();
    i.description = q.value(4).toString();
    i.start = dateFrom(q.value(5));
    i.end = dateFrom(q.value(6));
    i.owner = q.value(7).toString();
    i.status = fromCode<InitiativeStatus>(q.value(8).toString()).value_or(InitiativeStatus::Planned);
    return i;
}

QVariantList riskRow(const Risk& r)
{
    return {newUid(r.uid), r.planId, code(r.category), r.description, r.mitigation};
}

Risk riskFrom(const QSqlQuery& q)
{
    return Risk{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                fromCode<RiskCategory>(q.value(3).toString()).value_or(RiskCategory::Other), q.value(4).toString(),
                q.value(5).toString()};
}

QVariantList personRow(const KeyPerson& k)
{
    return {newUid(k.uid), k.planId, nullableId(k.serviceId), code(k.role), k.name, k.title};
}

KeyPerson personFrom(const QSqlQuery& q)
{
    return KeyPerson{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                     keyPersonRoleFromCode(q.value(4).toString()).value_or(KeyPerson::Role::Other),
                     q.value(5).toString(), q.value(6).toString()};
}

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* name : list)
        out << QString::fromLatin1(name);
    return out;
}

} // namespace

PlanRepository::PlanRepository(const PlanFile& file)
    : m_file(file),
      m_audit(file.connection(), file.userName()),
      m_plans(file.connection(), m_audit, QStringLiteral("plan"),
              names({"uid", "owner_id", "cycle", "state", "version", "contact", "plan_date", "reviewers", "overview",
                     "vision", "vision_link", "website", "illustrative"})),
      m_goals(file.connection(), m_audit, QStringLiteral("goal"),
              names({"uid", "plan_id", "ordinal", "statement", "pillar_goal_id", "primary_link"})),
      m_initiatives(file.connection(), m_audit, QStringLiteral("initiative"),
                    names({"uid", "goal_id", "title", "description", "start_date", "end_date", "owner", "status"})),
      m_risks(file.connection(), m_audit, QStringLiteral("risk"),
              names({"uid", "plan_id", "category", "description", "mitigation"})),
      m_personnel(file.connection(), m_audit, QStringLiteral("key_person"),
                  names({"uid", "plan_id", "service_id", "role", "name", "title"}))
{
}

Result<std::vector<Plan>> PlanRepository::plans() const
{
    return readAll<Plan>(m_file, m_plans.selectSql() + QStringLiteral(" ORDER BY cycle, owner_id"), {}, planFrom);
}

Result<Plan> PlanRepository::plan(RowId id) const
{
    auto found = readAll<Plan>(m_file, m_plans.selectSql() + QStringLiteral(" WHERE id = ?"), {id}, planFrom);
    if (!found)
        return found.error();
    if (found->empty())
        return Error::make(Error::Code::NotFound, QStringLiteral("there is no plan with id %1.").arg(id));
    return found->front();
}

Result<std::optional<Plan>> PlanRepository::planOf(RowId ownerId, int cycle) const
{
    auto found = readAll<Plan>(m_file, m_plans.selectSql() + QStringLiteral(" WHERE owner_id = ? AND cycle = ?"),
                               {ownerId, cycle}, planFrom);
    if (!found)
        return found.error();
    return found->empty() ? std::optional<Plan>() : std::optional<Plan>(found->front());
}

Result<RowId> PlanRepository::insertPlanInTransaction(const Plan& plan)
{
    return m_plans.insert(planRow(plan), QStringLiteral("plan for FY%1").arg(plan.cycle % 100, 2, 10, QLatin1Char('0')));
}

Result<RowId> PlanRepository::addPlan(const Plan& plan)
{
    return writeTransaction(m_file, [&] { return insertPlanInTransaction(plan); });
}

Status PlanRepository::updatePlan(const Plan& plan)
{
    return writeTransaction(m_file, [&] { return m_plans.update(plan.id, planRow(plan)); });
}

Result<std::vector<Goal>> PlanRepository::goals(RowId planId) const
{
    return readAll<Goal>(m_file, m_goals.selectSql() + QStringLiteral(" WHERE plan_id = ? ORDER BY ordinal, id"),
                         {planId}, goalFrom);
}

Result<RowId> PlanRepository::addGoal(const Goal& goal)
{
    return writeTransaction(m_file, [&] { return m_goals.insert(goalRow(goal), goal.statement); });
}

Status PlanRepository::updateGoal(const Goal& goal)
{
    return writeTransaction(m_file, [&] { return m_goals.update(goal.id, goalRow(goal)); });
}

Status PlanRepository::removeGoal(RowId id)
{
    return writeTransaction(m_file, [&] { return m_goals.remove(id, {}); });
}

Result<std::vector<Initiative>> PlanRepository::initiatives(RowId goalId) const
{
    return readAll<Initiative>(m_file, m_initiatives.selectSql() + QStringLiteral(" WHERE goal_id = ? ORDER BY id"),
                               {goalId}, initiativeFrom);
}

Status PlanRepository::restoreGoal(const Goal& goal)
{
    return writeTransaction(m_file, [&]() -> Status {
        auto id = m_goals.insertWithId(goal.id, goalRow(goal), goal.statement);
        return id ? Status() : Status(id.error());
    });
}

Status PlanRepository::restoreInitiative(const Initiative& initiative)
{
    return writeTransaction(m_file, [&]() -> Status {
        auto id = m_initiatives.insertWithId(initiative.id, initiativeRow(initiative), initiative.title);
        return id ? Status() : Status(id.error());
    });
}

Status PlanRepository::restoreRisk(const Risk& risk)
{
    return writeTransaction(m_file, [&]() -> Status {
        auto id = m_risks.insertWithId(risk.id, riskRow(risk), risk.description.left(80));
        return id ? Status() : Status(id.error());
    });
}

Status PlanRepository::restoreKeyPerson(const KeyPerson& person)
{
    return writeTransaction(m_file, [&]() -> Status {
        auto id = m_personnel.insertWithId(person.id, personRow(person), person.name);
        return id ? Status() : Status(id.error());
    });
}

RowId PlanRepository::planOfGoal(RowId goalId) const
{
    auto found = readAll<RowId>(m_file, QStringLiteral("SELECT plan_id FROM goal WHERE id = ?"), {goalId},
                                [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    return found && !found->empty() ? found->front() : 0;
}

Result<RowId> PlanRepository::addInitiative(const Initiative& initiative)
{
    return writeTransaction(m_file, [&] { return m_initiatives.insert(initiativeRow(initiative), initiative.title); });
}

Status PlanRepository::updateInitiative(const Initiative& initiative)
{
    return writeTransaction(m_file, [&] { return m_initiatives.update(initiative.id, initiativeRow(initiative)); });
}

Status PlanRepository::removeInitiative(RowId id)
{
    return writeTransaction(m_file, [&] { return m_initiatives.remove(id, {}); });
}

Result<std::vector<Risk>> PlanRepository::risks(RowId planId) const
{
    return readAll<Risk>(m_file, m_risks.selectSql() + QStringLiteral(" WHERE plan_id = ? ORDER BY category, id"),
                         {planId}, riskFrom);
}

Result<RowId> PlanRepository::addRisk(const Risk& risk)
{
    return writeTransaction(m_file, [&] { return m_risks.insert(riskRow(risk), risk.description.left(80)); });
}

Status PlanRepository::updateRisk(const Risk& risk)
{
    return writeTransaction(m_file, [&] { return m_risks.update(risk.id, riskRow(risk)); });
}

Status PlanRepository::removeRisk(RowId id)
{
    return writeTransaction(m_file, [&] { return m_risks.remove(id, {}); });
}

Result<std::vector<KeyPerson>> PlanRepository::personnel(RowId planId) const
{
    return readAll<KeyPerson>(m_file, m_personnel.selectSql() + QStringLiteral(" WHERE plan_id = ? ORDER BY service_id, role, id"),
                              {planId}, personFrom);
}

Result<RowId> PlanRepository::addKeyPerson(const KeyPerson& person)
{
    return writeTransaction(m_file, [&] { return m_personnel.insert(personRow(person), person.name); });
}

Status PlanRepository::updateKeyPerson(const KeyPerson& person)
{
    return writeTransaction(m_file, [&] { return m_personnel.update(person.id, personRow(person)); });
}

Status PlanRepository::removeKeyPerson(RowId id)
{
    return writeTransaction(m_file, [&] { return m_personnel.remove(id, {}); });
}

} // namespace ys::storage
