// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

namespace ys::storage {

class PlanFile;

// How much a plan file holds: the counts `yardstick info` prints.
struct FileStatistics
{
    int agencies = 0; // budget agencies
    int owners = 0;
    int plans = 0;    // plan owner x cycle
    int services = 0;
    int measures = 0;
    int values = 0;   // stored value rows (measure x fiscal year x period)
    int reviewItems = 0;
    int auditEntries = 0;

    static Result<FileStatistics> of(const PlanFile& file);
};

} // namespace ys::storage
