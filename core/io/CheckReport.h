// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Completeness.h"
#include "rules/MeasureStatus.h"
#include "rules/PublishGate.h"
#include "rules/SmartChecks.h"
#include "storage/PlanSnapshot.h"

#include <QJsonObject>

namespace ys::io {

// The findings of `yardstick check`: per plan, per measure its status, missing elements and SMART
// findings, and the plan's publish gate. Built from the rules over a snapshot of the file.
struct CheckReport
{
    struct MeasureFindings
    {
        const Measure* measure = nullptr;
        rules::MeasureYearStatus status;
        rules::CompletenessReport completeness;
        QList<rules::SmartFinding> smart;
    };
    struct PlanFindings
    {
        const Plan* plan = nullptr;
        QString ownerName;
        QString agencyCode;
        std::vector<MeasureFindings> measures;
        QList<rules::GateBreach> gate;
        bool passesGate() const { return gate.isEmpty(); }
    };

    std::vector<PlanFindings> plans;

    // Checks the plans of `snapshot`: of one agency or owner when `agencyFilter` is set, of one
    // cycle when `cycle` is set, else each owner's latest plan.
    static CheckReport build(const storage::PlanSnapshot& snapshot, const QString& agencyFilter = {}, int cycle = 0);

    bool passesGate() const;
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace ys::io
