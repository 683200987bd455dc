// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureMerge.h"

namespace ys::io {

FigureMerge FigureMerge::merge(const Figure& existing, const ImportedFigure& imported)
{
    FigureMerge result;
    result.figure = existing;
    if (!imported.present())
        return result;
    Figure incoming = existing;
    if (imported.hasReading) {
        incoming.number = imported.number;
        incoming.raw = imported.raw;
        incoming.missingReason = imported.missingReason;
    }
    if (imported.hasNote)
        incoming.note = imported.note;
    const bool sameMeaning = incoming.number == existing.number &&
                             incoming.missingReason == existing.missingReason &&
                             incoming.note == existing.note;
    const bool typed = existing.origin == Origin::User && !existing.isEmpty();
    if (sameMeaning && (incoming.raw == existing.raw || typed)) {
        // The same number written differently ("377,000" for a typed 377000) is no reason to touch
        // what a person entered.
        result.outcome = Outcome::Unchanged;
        return result;
    }
    if (typed && !sameMeaning) {
        result.outcome = Outcome::Conflict;
        return result;
    }
    incoming.origin = Origin::Import;
    result.outcome = Outcome::Store;
    result.figure = incoming;
    return result;
}

} // namespace ys::io
