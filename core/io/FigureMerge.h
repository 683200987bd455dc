// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportedRow.h"
#include "domain/Value.h"

namespace ys::io {

// FigureMerge: what an import does with one target or actual the file already holds. A blank in the
// source changes nothing; the same reading is left alone; a different one replaces an imported
// figure but never one a person typed in Yardstick (origin User): that is a conflict to report.
struct FigureMerge
{
    enum class Outcome
    {
        Nothing,
        Unchanged,
        Store,
        Conflict
    };

    Outcome outcome = Outcome::Nothing;
    Figure figure; // what the file should hold afterwards

    static FigureMerge merge(const Figure& existing, const ImportedFigure& imported);
};

} // namespace ys::io
