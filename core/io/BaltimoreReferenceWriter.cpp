// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaltimoreReferenceWriter.h"

#include "BaltimoreNames.h"
#include "BaltimoreVocabulary.h"

#include <map>
#include <set>

namespace ys::io {
namespace {

using Kind = ImportIssue::Kind;

QString s(const char* text)
{
    return QLatin1String(text);
}

} // namespace

BaltimoreReferenceWriter::BaltimoreReferenceWriter(const storage::PlanFile& file, ImportReport& report)
    : m_index(file), m_report(report)
{
}

void BaltimoreReferenceWriter::add(Kind kind, const BaltimoreReferenceTable& table, const CsvRecord& record,
                                   const QString& column, const QString& raw, const QString& reason, const QString& topic)
{
    m_report.add(kind, table.fileName(), record.line, column, raw, reason, topic);
}

std::optional<bool> BaltimoreReferenceWriter::flag(const BaltimoreReferenceTable& table, const CsvRecord& record,
                                                   const QString& column)
{
    const QString text = table.text(record, column);
    const auto reading = BaltimoreVocabulary::yesNo(text);
    if (!reading.value)
        add(Kind::Warning, table, record, column, text,
            text.isEmpty() ? QStringLiteral("\"%1\" is blank: the plan file's setting is kept").arg(column)
                           : QStringLiteral("\"%1\" is neither true nor false: the plan file's setting is kept").arg(column),
            QStringLiteral("flag neither true nor false"));
    return reading.value;
}

Status BaltimoreReferenceWriter::writeAgencies(const BaltimoreReferenceTable& table)
{
    for (const CsvRecord& record : table.records()) {
        const QString id = table.text(record, s("agency_id"));
        const auto coded = BaltimoreNames::coded(id, QStringLiteral("AGC"));
        if (!coded) {
            add(Kind::Skipped, table, record, s("agency_id"), id, QStringLiteral("not an agency id like \"AGC7900\""),
                QStringLiteral("row not imported"));
            continue;
        }
        Agency agency;
        if (const Agency* existing = m_index.agency(coded->code))
            agency = *existing;
        agency.code = coded->code;
        agency.name = BaltimoreNames::clean(table.text(record, s("agency_name")));
        if (agency.name.isEmpty())
            agency.name = agency.code;
        agency.publicName = BaltimoreNames::clean(table.text(record, s("public_name")));
        const QString pillar = table.text(record, s("deputy_mayor_pillar"));
        const std::optional<bool> quasi = flag(table, record, s("is_quasi"));
        agency.kind = quasi.value_or(false) ? AgencyKind::QuasiAgency
                      : pillar.startsWith(QLatin1String("Independent"), Qt::CaseInsensitive) ? AgencyKind::Independent
                                                                                              : AgencyKind::MayoralAgency;
        if (const auto submits = flag(table, record, s("submit_plan")))
            agency.submitsPlan = *submits;
        if (const auto active = flag(table, record, s("active")))
            agency.active = *active;
        if (agency.id == 0) {
            if (auto id = m_index.addAgency(agency); !id)
                return id.error();
        } else if (auto updated = m_index.updateAgency(agency); !updated) {
            return updated.error();
        }
        ++m_report.agencies;
    }
    return {};
}

Status BaltimoreReferenceWriter::writePillar(const BaltimoreReferenceTable& table, const CsvRecord& record,
                                             RowId* pillarId)
{
    *pillarId = 0;
    const QString number = table.text(record, s("pillar_id"));
    if (number.isEmpty())
        return {};
    bool ok = false;
    const int n = number.toInt(&ok);
    if (!ok || n <= 0) {
        add(Kind::Warning, table, record, s("pillar_id"), number,
            QStringLiteral("not a pillar number: the service is not linked to a pillar"), QStringLiteral("unknown pillar"));
        return {};
    }
    Pillar pillar{0, n, BaltimoreNames::clean(table.text(record, s("pillar_name")))};
    if (const Pillar* existing = m_index.pillar(n)) {
        pillar.id = existing->id;
        if (pillar.name.isEmpty())
            pillar.name = existing->name;
        if (auto updated = m_index.updatePillar(pillar); !updated)
            return updated.error();
    } else {
        if (pillar.name.isEmpty())
            pillar.name = QStringLiteral("Pillar %1").arg(n);
        auto id = m_index.addPillar(pillar);
        if (!id)
            return id.error();
        pillar.id = *id;
    }
    *pillarId = pillar.id;
    return {};
}

Status BaltimoreReferenceWriter::writeServices(const BaltimoreReferenceTable& table)
{
    for (const CsvRecord& record : table.records()) {
        const QString id = table.text(record, s("service_id"));
        const auto coded = BaltimoreNames::coded(id, QStringLiteral("SRV"));
        if (!coded || coded->number <= 0) {
            add(Kind::Skipped, table, record, s("service_id"), id, QStringLiteral("not a service id like \"SRV0185\""),
                QStringLiteral("row not imported"));
            continue;
        }
        Service service;
        if (const Service* existing = m_index.service(coded->number))
            service = *existing;
        service.number = coded->number;
        service.code = coded->code;
        service.name = BaltimoreNames::clean(table.text(record, s("service_name")));
        if (service.name.isEmpty())
            service.name = service.code;
        const QString agencyCode = table.text(record, s("agency_id"));
        const auto agency = BaltimoreNames::coded(agencyCode, QStringLiteral("AGC"));
        const Agency* found = agency ? m_index.agency(agency->code) : nullptr;
        if (found)
            service.agencyId = found->id;
        else
            add(Kind::Warning, table, record, s("agency_id"), agencyCode,
                QStringLiteral("service %1 names an agency that is in no list: its agency is left as it was")
                    .arg(service.number),
                QStringLiteral("unknown agency"));
        const QString kind = BaltimoreVocabulary::folded(table.text(record, s("service_type")));
        service.kind = kind == QLatin1String("administrative") ? Service::Kind::Administrative : Service::Kind::Performance;
        if (!kind.isEmpty() && kind != QLatin1String("administrative") && kind != QLatin1String("performance"))
            add(Kind::Warning, table, record, s("service_type"), table.text(record, s("service_type")),
                QStringLiteral("neither Performance nor Administrative: read as Performance"),
                QStringLiteral("unknown service type"));
        if (auto status = writePillar(table, record, &service.pillarId); !status)
            return status;
        if (const auto active = flag(table, record, s("active")))
            service.active = *active;
        if (service.id == 0) {
            if (auto added = m_index.addService(service); !added)
                return added.error();
        } else if (auto updated = m_index.updateService(service); !updated) {
            return updated.error();
        }
        ++m_report.services;
    }
    return {};
}

Status BaltimoreReferenceWriter::writeDescriptions(const BaltimoreReferenceTable& table)
{
    for (const CsvRecord& record : table.records()) {
        const QString id = table.text(record, s("service_id"));
        const auto coded = BaltimoreNames::coded(id, QStringLiteral("SRV"));
        const Service* existing = coded ? m_index.service(coded->number) : nullptr;
        if (!existing) {
            add(Kind::Skipped, table, record, s("service_id"), id,
                QStringLiteral("the description names a service that is in no list"), QStringLiteral("row not imported"));
            continue;
        }
        const QString description = table.text(record, s("service_description"));
        if (description.isEmpty())
            continue;
        Service service = *existing;
        service.description = description;
        if (auto updated = m_index.updateService(service); !updated)
            return updated.error();
    }
    return {};
}

Status BaltimoreReferenceWriter::writeEntities(const BaltimoreReferenceTable& table)
{
    // Same names first, then names contained in one another ("Legal Aid" / "Legal Aid Bureau").
    struct Entity
    {
        const CsvRecord* record;
        QString id;
        QString name;
        RowId agencyId;
        bool isOffice;
    };
    std::vector<Entity> entities;
    for (const CsvRecord& record : table.records()) {
        const QString parent = table.text(record, s("parent_agency_id"));
        const auto coded = BaltimoreNames::coded(parent, QStringLiteral("AGC"));
        const Agency* agency = coded ? m_index.agency(coded->code) : nullptr;
        const QString name = BaltimoreNames::clean(table.text(record, s("public_name")));
        if (!agency || name.isEmpty()) {
            add(Kind::Skipped, table, record, agency ? s("public_name") : s("parent_agency_id"), agency ? name : parent,
                agency ? QStringLiteral("the plan entity has no name")
                       : QStringLiteral("the plan entity's parent agency is in no list"),
                QStringLiteral("row not imported"));
            continue;
        }
        if (!flag(table, record, s("has_own_plan")).value_or(true) || !flag(table, record, s("active")).value_or(true)) {
            add(Kind::Skipped, table, record, s("has_own_plan"), name,
                QStringLiteral("\"%1\" writes no plan of its own (or is inactive): not a plan owner").arg(name),
                QStringLiteral("plan entity without its own plan"));
            continue;
        }
        const bool isOffice = table.text(record, s("entity_type")).compare(QLatin1String("Agency"), Qt::CaseInsensitive) != 0;
        entities.push_back({&record, table.text(record, s("entity_id")), name, agency->id, isOffice});
    }
    QSet<RowId> claimed;
    std::vector<const Entity*> later;
    for (const Entity& e : entities) {
        const PlanOwner* same = m_index.owner(e.name, e.agencyId, claimed);
        if (same && BaltimoreNames::key(same->name) == BaltimoreNames::key(e.name)) {
            claimed.insert(same->id);
            m_entityOwners.insert(e.id, same->id);
        } else {
            later.push_back(&e);
        }
    }
    for (const Entity* e : later) {
        const PlanOwner* like = m_index.owner(e->name, e->agencyId, claimed);
        if (like) {
            add(Kind::Warning, table, *e->record, s("public_name"), e->name,
                QStringLiteral("plan entity \"%1\" is the plan owner \"%2\" (one name contains the other, same agency)")
                    .arg(e->name, like->name),
                QStringLiteral("plan entity matched to an owner by a shorter name"));
            claimed.insert(like->id);
            m_entityOwners.insert(e->id, like->id);
            continue;
        }
        auto id = m_index.addOwner(PlanOwner{0, e->agencyId, e->name, e->isOffice});
        if (!id)
            return id.error();
        claimed.insert(*id);
        m_entityOwners.insert(e->id, *id);
    }
    // The list says which owners are offices; the owner keeps the name its plans use.
    for (const Entity& e : entities) {
        PlanOwner owner = *m_index.ownerById(m_entityOwners.value(e.id));
        owner.isOffice = e.isOffice;
        if (auto updated = m_index.updateOwner(owner); !updated)
            return updated.error();
        ++m_report.owners;
    }
    return {};
}

Status BaltimoreReferenceWriter::writeEntityServices(const BaltimoreReferenceTable& table)
{
    std::map<int, std::set<RowId>> primaryOwners;
    std::map<int, const CsvRecord*> firstRecord;
    for (const CsvRecord& record : table.records()) {
        const QString id = table.text(record, s("service_id"));
        const auto coded = BaltimoreNames::coded(id, QStringLiteral("SRV"));
        const RowId owner = m_entityOwners.value(table.text(record, s("entity_id")));
        if (!coded || !m_index.service(coded->number) || owner == 0) {
            add(Kind::Skipped, table, record, owner == 0 ? s("entity_id") : s("service_id"),
                owner == 0 ? table.text(record, s("entity_id")) : id,
                owner == 0 ? QStringLiteral("its plan entity was not imported")
                           : QStringLiteral("the service is in no list"),
                QStringLiteral("row not imported"));
            continue;
        }
        if (!flag(table, record, s("is_primary")).value_or(true)) {
            add(Kind::Warning, table, record, s("is_primary"), id,
                QStringLiteral("a secondary link of %1 is not kept: a service has one owner in the plan file").arg(coded->code),
                QStringLiteral("secondary service link not kept"));
            continue;
        }
        primaryOwners[coded->number].insert(owner);
        firstRecord.emplace(coded->number, &record);
    }
    for (const auto& [number, owners] : primaryOwners) {
        if (owners.size() > 1) {
            QStringList names;
            for (RowId id : owners)
                names.append(QStringLiteral("\"%1\"").arg(m_index.ownerById(id)->name));
            add(Kind::Warning, table, *firstRecord.at(number), s("service_id"), m_index.service(number)->code,
                QStringLiteral("service %1 is shared by %2: its owner is left as it was, each office keeps its own "
                               "measures")
                    .arg(number)
                    .arg(names.join(QStringLiteral(", "))),
                QStringLiteral("service shared by several plan entities"));
            continue;
        }
        Service service = *m_index.service(number);
        service.ownerId = *owners.begin();
        if (auto updated = m_index.updateService(service); !updated)
            return updated.error();
    }
    return {};
}

} // namespace ys::io
