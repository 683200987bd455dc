// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VerbParser.h"
#include "storage/PlanSnapshot.h"

#include <QCommandLineOption>

#include <optional>

namespace ys::cli {

// The "--plan OWNER [--cycle FY27]" options of the review verbs, and the plan they name.
class PlanChoice
{
public:
    explicit PlanChoice(VerbParser& verb);

    bool isSet() const;
    // The plan named, else the latest plan of `measureId` when given; nullptr with the exit code in
    // `exitCode` (the message printed) when none can be chosen.
    const Plan* resolve(const storage::PlanSnapshot& snapshot, int& exitCode, RowId measureId = 0) const;

private:
    VerbParser& m_verb;
    QCommandLineOption m_plan;
    QCommandLineOption m_cycle;
};

// Reads "--measure ID"-style options: the id, or nullopt when absent; prints and sets `exitCode`
// when not a positive whole number.
std::optional<RowId> idOption(VerbParser& verb, const QString& option, int& exitCode);

} // namespace ys::cli
