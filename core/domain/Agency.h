// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "Vocabulary.h"

#include <QString>

namespace ys {

// A budget agency ("AGC7900 Municipal and Zoning Appeals").
struct Agency
{
    RowId id = 0;
    QString code; // "AGC7900"
    QString name;
    QString publicName;
    AgencyKind kind = AgencyKind::MayoralAgency;
    bool active = true;
    bool submitsPlan = true;

    QString displayName() const { return publicName.isEmpty() ? name : publicName; }
};

// Who writes a plan: an agency itself, or an office inside it (several mayoral offices
// share the budget agency "AGC4301 Mayoralty" and each writes its own plan).
struct PlanOwner
{
    RowId id = 0;
    RowId agencyId = 0;
    QString name; // "Baltimore City Board of Municipal and Zoning Appeals"
    bool isOffice = false;
};

} // namespace ys
