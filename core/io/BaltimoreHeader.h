// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QString>

#include <optional>

namespace ys::io {

// BaltimoreHeader: what one value column of the city's workbook holds, read from its header text
// alone ("FY 25 Q3", "FY 24 Target", "FY 25 Actual Explanation", "Notes: FY25 Target Explanation",
// "FY 26 Quarterly Context"), so that a later export with more years or quarters imports with no
// code change. Headers that name no fiscal year, or mix words it does not know, are not value columns.
struct BaltimoreHeader
{
    enum class Kind
    {
        Target,
        Actual,
        TargetNote,
        ActualNote,
        QuarterlyContext, // a note on the fiscal year's quarterly actuals
    };

    int fiscalYear = 0; // end year: 2025 for "FY 25"
    Period period = Period::Annual;
    Kind kind = Kind::Actual;

    bool isNumber() const { return kind == Kind::Target || kind == Kind::Actual; }
    bool isTarget() const { return kind == Kind::Target || kind == Kind::TargetNote; }

    // Reads a header; nullopt when it is not a value or note column.
    //   "FY 25 Q3", "FY25 Q3 Actual"         -> FY25 Q3 actual (a bare quarter is an actual)
    //   "FY 24 Target", "FY 2024 Targets"     -> FY24 annual target
    //   "FY 24 Actual"                        -> FY24 annual actual
    //   "FY 25 Q3 Target"                     -> FY25 Q3 target
    //   "FY 25 Actual Explanation"            -> note on the FY25 annual actual
    //   "Notes: FY25 Target Explanation"      -> note on the FY25 annual target
    //   "FY 25 Q2 Explanation"                -> note on the FY25 Q2 actual
    //   "FY 26 Quarterly Context"             -> note on FY26's quarterly actuals
    //   "FY 25", "FY 25 Budget", "Fiscal Year"-> nullopt (no kind, or an unknown word)
    static std::optional<BaltimoreHeader> parse(const QString& header);

    // "FY25 Q3 actual", "FY24 target note": how the report names a column's meaning.
    QString describe() const;
};

} // namespace ys::io
