// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QString>

#include <optional>

namespace ys::io {

// UnitText: reads the unit column as agencies fill it in ("Percent", "count", "%", "$", "dollars")
// into ys::Unit. Case-insensitive, blank-tolerant (non-breaking spaces included); nullopt for
// anything else, so the importer can report the cell instead of filing the measure under a wrong unit.
class UnitText
{
public:
    static std::optional<Unit> parse(const QString& text);
};

} // namespace ys::io
