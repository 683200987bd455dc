// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaltimoreCatalog.h"

#include "domain/FiscalYear.h"

#include <QHash>

namespace ys::io {
namespace {

// An agency's own plan owner is the one named like it ("Baltimore City Department of Housing and
// Community Development" for "AGC3100 Housing and Community Development"); the others under the same
// agency are offices inside it (the Mayoralty's offices, the quasi-agencies funded through "M-R" ids).
bool namedLikeAgency(const QString& ownerKey, const QString& agencyName)
{
    QString agencyKey = BaltimoreNames::key(agencyName);
    if (agencyKey.startsWith(QLatin1String("m r ")))
        agencyKey = agencyKey.mid(4);
    if (agencyKey.isEmpty())
        return false;
    return (QLatin1Char(' ') + ownerKey + QLatin1Char(' ')).contains(QLatin1Char(' ') + agencyKey + QLatin1Char(' '));
}

} // namespace

int BaltimoreCatalog::planCount() const
{
    int n = 0;
    for (const auto& [key, owner] : owners)
        n += int(owner.cycles.size());
    return n;
}

BaltimoreCatalog BaltimoreCatalog::gather(const std::vector<BaltimoreRecord>& records, const QString& sheet,
                                          const QString& serviceColumn, const QString& agencyColumn,
                                          ImportReport& report)
{
    BaltimoreCatalog catalog;
    QHash<QString, int> ownerCycle; // the cycle the owner's agency was taken from
    QHash<int, int> serviceCycle;   // the same for a service
    QSet<QString> reportedNames;
    QHash<QString, QSet<QString>> ownerAgencies;
    for (const BaltimoreRecord& r : records) {
        auto& agency = catalog.agencies[r.agency.code];
        agency.code = r.agency.code;
        if (agency.name.isEmpty())
            agency.name = r.agency.name;

        const QString& ownerKey = r.ownerKey;
        auto& owner = catalog.owners[ownerKey];
        ownerAgencies[ownerKey].insert(r.agency.code);
        if (owner.name.isEmpty() || r.cycle >= ownerCycle.value(ownerKey)) {
            owner.name = r.owner;
            owner.agencyCode = r.agency.code;
            ownerCycle.insert(ownerKey, r.cycle);
        }
        owner.cycles.insert(r.cycle);

        auto& service = catalog.services[r.service.number];
        if (service.number == 0) {
            service.number = r.service.number;
            service.code = r.service.code;
            service.name = r.service.name;
        } else if (!r.service.name.isEmpty() && r.service.name != service.name &&
                   BaltimoreNames::key(r.service.name) != BaltimoreNames::key(service.name)) {
            const QString clash = QStringLiteral("%1|%2").arg(r.service.number).arg(BaltimoreNames::key(r.service.name));
            if (!reportedNames.contains(clash)) {
                reportedNames.insert(clash);
                report.add(ImportIssue::Kind::Warning, sheet, r.row, serviceColumn,
                           QStringLiteral("%1 %2").arg(r.service.code, r.service.name),
                           QStringLiteral("service %1 (%2) also appears as \"%3\": one service, kept under its first "
                                          "name \"%4\"")
                               .arg(r.service.number)
                               .arg(service.code, r.service.name, service.name),
                           QStringLiteral("one service under two names"));
            }
        }
        if (service.agencyCode.isEmpty() || r.cycle >= serviceCycle.value(r.service.number)) {
            service.agencyCode = r.agency.code;
            serviceCycle.insert(r.service.number, r.cycle);
        }
        if (service.description.isEmpty())
            service.description = r.serviceDescription;
        service.ownerKeys.insert(ownerKey);
    }

    // Owners filed under two budget agencies (an office that became its own agency): the latest cycle's.
    for (auto it = ownerAgencies.cbegin(); it != ownerAgencies.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        const OwnerEntry& owner = catalog.owners[it.key()];
        QStringList others;
        for (const QString& code : it.value())
            if (code != owner.agencyCode)
                others.append(code);
        others.sort();
        int row = 0;
        for (const BaltimoreRecord& r : records)
            if (r.ownerKey == it.key() && r.agency.code == owner.agencyCode)
                row = row == 0 ? r.row : row;
        report.add(ImportIssue::Kind::Warning, sheet, row, agencyColumn, owner.agencyCode,
                   QStringLiteral("plan owner \"%1\" appears under agencies %2 and %3: filed under %3, the agency of "
                                  "its latest plan cycle")
                       .arg(owner.name, others.join(QStringLiteral(", ")), owner.agencyCode),
                   QStringLiteral("plan owner under two agencies"));
    }

    QHash<QString, int> ownersPerAgency;
    for (const auto& [key, owner] : catalog.owners)
        ++ownersPerAgency[owner.agencyCode];
    for (auto& [key, owner] : catalog.owners)
        owner.isOffice = ownersPerAgency.value(owner.agencyCode) > 1 &&
                         !namedLikeAgency(key, catalog.agencies[owner.agencyCode].name);
    return catalog;
}

} // namespace ys::io
