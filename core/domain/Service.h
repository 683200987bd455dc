// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QString>

namespace ys {

// A budget service: the unit of work the budget funds ("SRV0609" is Service 609).
struct Service
{
    enum class Kind { Performance, Administrative };

    RowId id = 0;
    int number = 0;
    QString code; // "SRV0609"
    QString name;
    RowId agencyId = 0;
    RowId ownerId = 0;  // the plan owner that reports it; 0 when unknown
    RowId pillarId = 0; // 0 when not linked
    QString description;
    Kind kind = Kind::Performance;
    bool active = true;

    // "Service 609: Emergency Medical Services"
    QString displayName() const { return QStringLiteral("Service %1: %2").arg(number).arg(name); }
};

} // namespace ys
