// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Measure.h"
#include "domain/Vocabulary.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace ys::io {

// One target or actual as a row gives it. A blank cell gives nothing (and so overwrites nothing).
struct ImportedFigure
{
    bool hasReading = false; // a number, or a reason why there is none
    std::optional<double> number;
    QString raw;
    QString missingReason;
    bool hasNote = false;
    QString note;
    QString column; // the column it came from, for the report

    bool present() const { return hasReading || hasNote; }
};

struct ImportedValue
{
    int fiscalYear = 0;
    Period period = Period::Annual;
    ImportedFigure target;
    ImportedFigure actual;
};

// One measure as one row of a source gives it, read and checked but not yet matched against the
// plan file: what a format reader hands to ImportWriter. Optional fields are those the row leaves
// blank or the mapping does not name: they never overwrite what the file holds.
struct ImportedRow
{
    int line = 0; // 1-based line (row) in the source
    QString agencyCode;
    QString agencyName;
    QString ownerName; // empty: the agency itself writes the plan
    int serviceNumber = 0;
    QString serviceCode;
    QString serviceName;
    bool noService = false; // a goal-level KPI without a service
    QString title;
    std::optional<MeasureType> type;
    QString sourceType; // the type as written, when it had to be read
    std::optional<Direction> direction;
    std::optional<Unit> unit;
    std::optional<Interval> interval;
    std::optional<MeasureLevel> level;
    std::array<std::optional<QString>, ElementCount> elements;
    QString sourceId;
    std::optional<double> baseline;
    std::optional<int> baselineYear;
    std::vector<int> cycles; // plan cycles (end years) the measure belongs to
    std::vector<ImportedValue> values;
};

} // namespace ys::io
