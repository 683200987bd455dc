// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaltimoreReferenceIndex.h"

#include "BaltimoreNames.h"

namespace ys::io {
namespace {

bool sameAgency(const Agency& a, const Agency& b)
{
    return a.code == b.code && a.name == b.name && a.publicName == b.publicName && a.kind == b.kind &&
           a.active == b.active && a.submitsPlan == b.submitsPlan;
}

bool sameService(const Service& a, const Service& b)
{
    return a.number == b.number && a.code == b.code && a.name == b.name && a.agencyId == b.agencyId &&
           a.ownerId == b.ownerId && a.pillarId == b.pillarId && a.description == b.description && a.kind == b.kind &&
           a.active == b.active;
}

} // namespace

BaltimoreReferenceIndex::BaltimoreReferenceIndex(const storage::PlanFile& file) : m_repository(file) {}

Status BaltimoreReferenceIndex::load()
{
    auto agencies = m_repository.agencies();
    if (!agencies)
        return agencies.error();
    auto owners = m_repository.owners();
    if (!owners)
        return owners.error();
    auto services = m_repository.services();
    if (!services)
        return services.error();
    auto pillars = m_repository.pillars();
    if (!pillars)
        return pillars.error();
    for (const Agency& a : *agencies)
        m_agencies[a.code] = a;
    for (const PlanOwner& o : *owners)
        m_owners[o.id] = o;
    for (const Service& s : *services)
        m_services[s.number] = s;
    for (const Pillar& p : *pillars)
        m_pillars[p.number] = p;
    return {};
}

const Agency* BaltimoreReferenceIndex::agency(const QString& code) const
{
    const auto it = m_agencies.find(code);
    return it == m_agencies.end() ? nullptr : &it->second;
}

const Agency* BaltimoreReferenceIndex::agencyById(RowId id) const
{
    for (const auto& [code, a] : m_agencies)
        if (a.id == id)
            return &a;
    return nullptr;
}

Result<RowId> BaltimoreReferenceIndex::addAgency(const Agency& agency)
{
    auto id = m_repository.addAgency(agency);
    if (!id)
        return id;
    Agency stored = agency;
    stored.id = *id;
    m_agencies[stored.code] = stored;
    return id;
}

Result<bool> BaltimoreReferenceIndex::updateAgency(const Agency& agency)
{
    const Agency* old = agencyById(agency.id);
    if (old && sameAgency(*old, agency))
        return false;
    if (auto status = m_repository.updateAgency(agency); !status)
        return status.error();
    if (old && old->code != agency.code)
        m_agencies.erase(old->code);
    m_agencies[agency.code] = agency;
    return true;
}

const PlanOwner* BaltimoreReferenceIndex::owner(const QString& name, RowId agencyId, const QSet<RowId>& claimed) const
{
    const QString key = BaltimoreNames::key(name);
    const PlanOwner* sameName = nullptr;
    for (const auto& [id, o] : m_owners) {
        if (claimed.contains(id) || BaltimoreNames::key(o.name) != key)
            continue;
        if (!sameName || o.agencyId == agencyId)
            sameName = &o;
    }
    if (sameName)
        return sameName;
    const PlanOwner* like = nullptr;
    for (const auto& [id, o] : m_owners) {
        if (claimed.contains(id) || o.agencyId != agencyId)
            continue;
        const QString other = BaltimoreNames::key(o.name);
        if (BaltimoreNames::contains(other, key) || BaltimoreNames::contains(key, other)) {
            if (like)
                return nullptr; // two candidates: not a match
            like = &o;
        }
    }
    return like;
}

const PlanOwner* BaltimoreReferenceIndex::ownerById(RowId id) const
{
    const auto it = m_owners.find(id);
    return it == m_owners.end() ? nullptr : &it->second;
}

Result<RowId> BaltimoreReferenceIndex::addOwner(const PlanOwner& owner)
{
    auto id = m_repository.addOwner(owner);
    if (!id)
        return id;
    PlanOwner stored = owner;
    stored.id = *id;
    m_owners[stored.id] = stored;
    return id;
}

Result<bool> BaltimoreReferenceIndex::updateOwner(const PlanOwner& owner)
{
    const PlanOwner* old = ownerById(owner.id);
    if (old && old->agencyId == owner.agencyId && old->name == owner.name && old->isOffice == owner.isOffice)
        return false;
    if (auto status = m_repository.updateOwner(owner); !status)
        return status.error();
    m_owners[owner.id] = owner;
    return true;
}

const Service* BaltimoreReferenceIndex::service(int number) const
{
    const auto it = m_services.find(number);
    return it == m_services.end() ? nullptr : &it->second;
}

Result<RowId> BaltimoreReferenceIndex::addService(const Service& service)
{
    auto id = m_repository.addService(service);
    if (!id)
        return id;
    Service stored = service;
    stored.id = *id;
    m_services[stored.number] = stored;
    return id;
}

Result<bool> BaltimoreReferenceIndex::updateService(const Service& service)
{
    const Service* old = this->service(service.number);
    if (old && sameService(*old, service))
        return false;
    if (auto status = m_repository.updateService(service); !status)
        return status.error();
    m_services[service.number] = service;
    return true;
}

const Pillar* BaltimoreReferenceIndex::pillar(int number) const
{
    const auto it = m_pillars.find(number);
    return it == m_pillars.end() ? nullptr : &it->second;
}

Result<RowId> BaltimoreReferenceIndex::addPillar(const Pillar& pillar)
{
    auto id = m_repository.addPillar(pillar);
    if (!id)
        return id;
    Pillar stored = pillar;
    stored.id = *id;
    m_pillars[stored.number] = stored;
    return id;
}

Result<bool> BaltimoreReferenceIndex::updatePillar(const Pillar& pillar)
{
    const Pillar* old = this->pillar(pillar.number);
    if (old && old->name == pillar.name)
        return false;
    if (auto status = m_repository.updatePillar(pillar); !status)
        return status.error();
    m_pillars[pillar.number] = pillar;
    return true;
}

} // namespace ys::io
