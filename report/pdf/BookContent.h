// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Pillar.h"
#include "domain/PlanSections.h"
#include "domain/Result.h"
#include "storage/PlanSnapshot.h"

#include <QString>

#include <vector>

namespace ys::storage {
class PlanFile;
}

namespace ys::report::pdf {

// What to publish: one plan cycle, and the whole city or one agency (its code, e.g. AGC7900) or
// plan owner (its name).
struct BookScope
{
    int cycle = 0;  // end year (2027 for FY27); 0: the latest cycle in the file
    QString agency; // empty: the whole city's book
};

struct GoalContent
{
    Goal goal;
    QString pillarGoal; // "1.2 Safe neighbourhoods" or empty
    std::vector<Initiative> initiatives;
    std::vector<RowId> kpis; // goal-level measures linked to this goal
};

struct ServiceContent
{
    Service service;
    std::vector<RowId> measures; // in the plan's order
};

// One plan owner's plan for the cycle, in the order of the city's plan structure.
struct PlanContent
{
    Plan plan;
    PlanOwner owner;
    Agency agency;
    std::vector<GoalContent> goals;
    std::vector<RowId> otherKpis; // goal-level measures linked to no goal of the plan
    std::vector<ServiceContent> services;
    std::vector<Risk> risks;
    std::vector<KeyPerson> people;

    bool approved() const;
    int measureCount() const;
};

// The publication's content read from a plan file: plain data, no layout.
struct BookContent
{
    storage::PlanSnapshot snapshot; // measures and values, by id
    int cycle = 0;
    bool cityBook = true;
    std::vector<PlanContent> plans; // ordered by agency, then plan owner

    // Reads the plans of the scope; an error names what is missing (no plan in that cycle, no
    // such agency).
    static Result<BookContent> read(const storage::PlanFile& file, const BookScope& scope);
    bool allApproved() const;
    int measureCount() const;
};

} // namespace ys::report::pdf
