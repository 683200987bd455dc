// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FiscalYear.h"
#include "Ids.h"
#include "Vocabulary.h"

#include <QDate>
#include <QString>

namespace ys {

// One plan owner's plan for one cycle (FY27), with its header and its first section
// (direction and alignment). The other sections are their own types (PlanSections.h).
struct Plan
{
    RowId id = 0;
    QString uid;
    RowId ownerId = 0;
    int cycle = 0; // end year of the plan's fiscal year: 2027 for FY27
    LifeCycle state = LifeCycle::Draft;
    int version = 1;
    QString contact;
    QDate planDate;
    QString reviewers;
    // Section 1: direction and alignment.
    QString overview;
    QString vision;
    QString visionLink; // how the vision links to the Mayor's Action Plan
    QString website;
    // Text that was written for a sample, not taken from the city's data.
    bool illustrative = false;
};

} // namespace ys
