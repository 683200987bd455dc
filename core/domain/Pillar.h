// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QString>

namespace ys {

// A priority area of the Mayor's Action Plan (about six of them).
struct Pillar
{
    RowId id = 0;
    int number = 0;
    QString name;
};

// A numbered goal inside a pillar ("1.1 Disrupt violent networks ...").
struct PillarGoal
{
    RowId id = 0;
    RowId pillarId = 0;
    QString code; // "1.1"
    QString title;
};

} // namespace ys
