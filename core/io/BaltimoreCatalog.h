// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BaltimoreRecord.h"
#include "ImportReport.h"

#include <QSet>
#include <QString>

#include <map>
#include <vector>

namespace ys::io {

// BaltimoreCatalog: the reference data one workbook holds, gathered from all its rows: budget agencies
// ("Agency ID"), plan owners ("Agency"), services ("Service ID") and plans (owner x "Fiscal Year").
// Where rows disagree it keeps one reading and reports the other (a service under two names, an owner
// under two agencies).
struct BaltimoreCatalog
{
    struct AgencyEntry
    {
        QString code;
        QString name;
    };
    struct OwnerEntry
    {
        QString name;       // as the latest row writes it
        QString agencyCode; // of the latest plan cycle's rows
        bool isOffice = false;
        QSet<int> cycles;
    };
    struct ServiceEntry
    {
        int number = 0;
        QString code;
        QString name; // the first name in the sheet
        QString agencyCode;
        QString description;
        QSet<QString> ownerKeys;
    };

    std::map<QString, AgencyEntry> agencies; // by code
    std::map<QString, OwnerEntry> owners;    // by BaltimoreNames::key(name)
    std::map<int, ServiceEntry> services;    // by number

    int planCount() const;

    static BaltimoreCatalog gather(const std::vector<BaltimoreRecord>& records, const QString& sheet,
                                   const QString& serviceColumn, const QString& agencyColumn, ImportReport& report);
};

} // namespace ys::io
