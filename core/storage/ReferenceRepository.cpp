// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceRepository.h"

#include "PlanFile.h"
#include "Sql.h"
#include "WriteTransaction.h"

namespace ys::storage {
namespace {

QVariantList pillarRow(const Pillar& p) { return {p.number, p.name}; }
QVariantList pillarGoalRow(const PillarGoal& g) { return {g.pillarId, g.code, g.title}; }
QVariantList agencyRow(const Agency& a)
{
    return {a.code, a.name, a.publicName, code(a.kind), a.active ? 1 : 0, a.submitsPlan ? 1 : 0};
}
QVariantList ownerRow(const PlanOwner& o) { return {o.agencyId, o.name, o.isOffice ? 1 : 0}; }
QVariantList serviceRow(const Service& s)
{
    return {s.number,
            s.code,
            s.name,
            nullableId(s.agencyId),
            nullableId(s.ownerId),
            nullableId(s.pillarId),
            s.description,
            s.kind == Service::Kind::Administrative ? QStringLiteral("administrative") : QStringLiteral("performance"),
            s.active ? 1 : 0};
}

Agency agencyFrom(const QSqlQuery& q)
{
    Agency a;
    a.id = q.value(0).toLongLong();
    a.code = q.value(1).toString();
    a.name = q.value(2).toString();
    a.publicName = q.value(3).toString();
    a.kind = fromCode<AgencyKind>(q.value(4).toString()).value_or(AgencyKind::MayoralAgency);
    a.active = q.value(5).toBool();
    a.submitsPlan = q.value(6).toBool();
    return a;
}

Service serviceFrom(const QSqlQuery& q)
{
    Service s;
    s.id = q.value(0).toLongLong();
    s.number = q.value(1).toInt();
    s.code = q.value(2).toString();
    s.name = q.value(3).toString();
    s.agencyId = q.value(4).toLongLong();
    s.ownerId = q.value(5).toLongLong();
    s.pillarId = q.value(6).toLongLong();
    s.description = q.value(7).toString();
    s.kind = q.value(8).toString() == QLatin1String("administrative") ? Service::Kind::Administrative
                                                                        : Service::Kind::Performance;
    s.active = q.value(9).toBool();
    return s;
}

} // namespace

ReferenceRepository::ReferenceRepository(const PlanFile& file)
    : m_file(file),
      m_audit(file.connection(), file.userName()),
      m_pillars(file.connection(), m_audit, QStringLiteral("pillar"), {QStringLiteral("number"), QStringLiteral("name")}),
      m_pillarGoals(file.connection(), m_audit, QStringLiteral("pillar_goal"),
                    {QStringLiteral("pillar_id"), QStringLiteral("code"), QStringLiteral("title")}),
      m_agencies(file.connection(), m_audit, QStringLiteral("agency"),
                 {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("public_name"), QStringLiteral("kind"),
                  QStringLiteral("active"), QStringLiteral("submits_plan")}),
      m_owners(file.connection(), m_audit, QStringLiteral("plan_owner"),
               {QStringLiteral("agency_id"), QStringLiteral("name"), QStringLiteral("is_office")}),
      m_services(file.connection(), m_audit, QStringLiteral("service"),
                 {QStringLiteral("number"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("agency_id"),
                  QStringLiteral("owner_id"), QStringLiteral("pillar_id"), QStringLiteral("description"),
                  QStringLiteral("kind"), QStringLiteral("active")})
{
}

Result<std::vector<Pillar>> ReferenceRepository::pillars() const
{
    return readAll<Pillar>(m_file, m_pillars.selectSql() + QStringLiteral(" ORDER BY number"), {},
                           [](const QSqlQuery& q) {
                               return Pillar{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString()};
                           });
}

Result<RowId> ReferenceRepository::addPillar(const Pillar& pillar)
{
    return writeTransaction(m_file, [&] { return m_pillars.insert(pillarRow(pillar), pillar.name); });
}

Status ReferenceRepository::updatePillar(const Pillar& pillar)
{
    return writeTransaction(m_file, [&] { return m_pillars.update(pillar.id, pillarRow(pillar)); });
}

Result<std::vector<PillarGoal>> ReferenceRepository::pillarGoals() const
{
    return readAll<PillarGoal>(m_file, m_pillarGoals.selectSql() + QStringLiteral(" ORDER BY code"), {},
                               [](const QSqlQuery& q) {
                                   return PillarGoal{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                                     q.value(2).toString(), q.value(3).toString()};
                               });
}

Result<RowId> ReferenceRepository::addPillarGoal(const PillarGoal& goal)
{
    return writeTransaction(m_file, [&] { return m_pillarGoals.insert(pillarGoalRow(goal), goal.code); });
}

Status ReferenceRepository::updatePillarGoal(const PillarGoal& goal)
{
    return writeTransaction(m_file, [&] { return m_pillarGoals.update(goal.id, pillarGoalRow(goal)); });
}

Result<std::vector<Agency>> ReferenceRepository::agencies() const
{
    return readAll<Agency>(m_file, m_agencies.selectSql() + QStringLiteral(" ORDER BY code"), {}, agencyFrom);
}

Result<std::optional<Agency>> ReferenceRepository::agencyByCode(const QString& code) const
{
    auto found = readAll<Agency>(m_file, m_agencies.selectSql() + QStringLiteral(" WHERE code = ?"), {code}, agencyFrom);
    if (!found)
        return found.error();
    return found->empty() ? std::optional<Agency>() : std::optional<Agency>(found->front());
}

Result<RowId> ReferenceRepository::addAgency(const Agency& agency)
{
    return writeTransaction(m_file, [&] { return m_agencies.insert(agencyRow(agency), agency.code); });
}

Status ReferenceRepository::updateAgency(const Agency& agency)
{
    return writeTransaction(m_file, [&] { return m_agencies.update(agency.id, agencyRow(agency)); });
}

Result<std::vector<PlanOwner>> ReferenceRepository::owners() const
{
    return readAll<PlanOwner>(m_file, m_owners.selectSql() + QStringLiteral(" ORDER BY name"), {},
                              [](const QSqlQuery& q) {
                                  return PlanOwner{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                                   q.value(2).toString(), q.value(3).toBool()};
                              });
}

Result<RowId> ReferenceRepository::addOwner(const PlanOwner& owner)
{
    return writeTransaction(m_file, [&] { return m_owners.insert(ownerRow(owner), owner.name); });
}

Status ReferenceRepository::updateOwner(const PlanOwner& owner)
{
    return writeTransaction(m_file, [&] { return m_owners.update(owner.id, ownerRow(owner)); });
}

Result<std::vector<Service>> ReferenceRepository::services() const
{
    return readAll<Service>(m_file, m_services.selectSql() + QStringLiteral(" ORDER BY number"), {}, serviceFrom);
}

Result<std::optional<Service>> ReferenceRepository::serviceByNumber(int number) const
{
    auto found =
        readAll<Service>(m_file, m_services.selectSql() + QStringLiteral(" WHERE number = ?"), {number}, serviceFrom);
    if (!found)
        return found.error();
    return found->empty() ? std::optional<Service>() : std::optional<Service>(found->front());
}

Result<RowId> ReferenceRepository::addService(const Service& service)
{
    return writeTransaction(m_file, [&] { return m_services.insert(serviceRow(service), service.displayName()); });
}

Status ReferenceRepository::updateService(const Service& service)
{
    return writeTransaction(m_file, [&] { return m_services.update(service.id, serviceRow(service)); });
}

} // namespace ys::storage
