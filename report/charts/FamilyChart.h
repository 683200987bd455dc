// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"
#include "domain/Vocabulary.h"
#include "rules/FamilyOfMeasures.h"

#include <QString>

#include <array>
#include <vector>

namespace ys::storage {
struct PlanSnapshot;
}

namespace ys::charts {

// One measure as the family chart shows it: its type and its status.
struct FamilyMember
{
    RowId id = 0;
    QString title;
    MeasureType type = MeasureType::Unspecified;
    TargetStatus status = TargetStatus::NoData;
    int statusYear = 0; // 0 when the measure has no status year
};

// A service's family of measures as data: which of the four types it has (rules::familyOf), each
// type's measures with their status, and the measures outside the four types. Deprecated
// measures do not count, as in the rule.
struct FamilyChart
{
    RowId serviceId = 0;
    QString serviceName; // "Service 609: Emergency Medical Services"
    rules::Family family;
    std::array<std::vector<FamilyMember>, 4> types; // Output, Efficiency, Effectiveness, Outcome
    std::vector<FamilyMember> outside;              // Input, Demand, Quality and untyped
    int deprecatedLeftOut = 0;

    static constexpr std::array<MeasureType, 4> FamilyTypes{MeasureType::Output, MeasureType::Efficiency,
                                                            MeasureType::Effectiveness, MeasureType::Outcome};
    bool has(int type) const { return !types[size_t(type)].empty(); }
    // "Statuses for FY25" (the year most of the service's statuses are for), empty when none.
    QString yearCaption() const;

    // The service's measures in a snapshot (every measure of the service, whatever its plan).
    static FamilyChart of(const storage::PlanSnapshot& snapshot, RowId serviceId);
};

} // namespace ys::charts
