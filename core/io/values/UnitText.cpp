// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitText.h"

#include "NumberText.h"

#include <utility>

namespace ys::io {

std::optional<Unit> UnitText::parse(const QString& text)
{
    // Spellings seen in the city's file ("Percent or Count"), in the DC file's "Data_Type_Formula"
    // ("Raw Number", "Dollar Amount", "Ratio" for averages and per-unit figures), and the stable codes.
    static const std::pair<const char*, Unit> words[] = {
        {"percent", Unit::Percent},
        {"percentage", Unit::Percent},
        {"percentage change over time", Unit::Percent},
        {"%", Unit::Percent},
        {"pct", Unit::Percent},
        {"count", Unit::Count},
        {"number", Unit::Count},
        {"raw number", Unit::Count},
        {"#", Unit::Count},
        {"currency", Unit::Currency},
        {"$", Unit::Currency},
        {"dollars", Unit::Currency},
        {"dollar", Unit::Currency},
        {"dollar amount", Unit::Currency},
        {"usd", Unit::Currency},
        {"rate", Unit::Rate},
        {"decimal", Unit::Decimal},
        {"ratio", Unit::Decimal},
        {"days", Unit::Days},
        {"day", Unit::Days},
        {"score", Unit::Score},
    };
    // Inner runs of blanks count as one space: "Raw\u00a0Number", "Dollar  Amount".
    const QString key = NumberText::trimmed(text).simplified().toLower();
    for (const auto& [word, unit] : words) {
        if (key == QLatin1String(word))
            return unit;
    }
    return std::nullopt;
}

} // namespace ys::io
