// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BaltimoreColumns.h"
#include "BaltimoreRecord.h"
#include "ImportReport.h"
#include "domain/Value.h"

#include <map>
#include <tuple>
#include <vector>

namespace ys::io {

// One figure of a measure: fiscal year, period, and true for the target (false for the actual).
using BaltimoreSlot = std::tuple<int, Period, bool>;

// Where the reading a figure kept came from, for the messages of a later step (a re-import conflict).
struct BaltimoreFigureSource
{
    int row = 0;
    QString column;
    QString raw;
};
using BaltimoreFigureSources = std::map<BaltimoreSlot, BaltimoreFigureSource>;

// BaltimoreValueMerger: the values of ONE measure from all the rows it has in the workbook (one per
// plan cycle). Percent values are put into percent points over all the measure's cells together
// (PercentScale); then each fiscal year x period x target/actual takes one reading:
//   - a blank never replaces a reading;
//   - the same number written differently ("377,000" / "377000", "96%" / "0.96") is one reading, silently;
//   - numbers that differ only by rounding (71.25 / 71: the less precise is the more precise rounded to
//     its decimals) keep the more precise, reported as Rounding;
//   - numbers that really differ: the later plan cycle wins, reported as Conflict;
//   - a number against a reason ("55" / "N/A"): the number is kept, reported as Conflict.
// Notes follow the same order (the later non-blank note wins). A "Quarterly Context" becomes the note
// of the last quarter of that year the row reports an actual for, or, when the row reports no quarter,
// of the year's annual actual ("Quarterly context: ...").
class BaltimoreValueMerger
{
public:
    BaltimoreValueMerger(const QString& sheet, const BaltimoreColumns& columns, ImportReport& report);

    // `rows`: the measure's records, oldest plan cycle first (rows of one cycle in sheet order).
    // The values carry Origin::Import and no measure id; `sources` receives where each number came from.
    std::vector<Value> merge(const std::vector<const BaltimoreRecord*>& rows, Unit unit,
                             BaltimoreFigureSources* sources = nullptr);

private:
    struct Reading;
    void readNumbers(std::vector<Reading>& readings, Unit unit);
    const Reading* mergeSlot(const std::vector<const Reading*>& slot);
    void report(ImportIssue::Kind kind, const Reading& at, const QString& reason, const QString& topic);

    QString m_sheet;
    const BaltimoreColumns& m_columns;
    ImportReport& m_report;
};

} // namespace ys::io
