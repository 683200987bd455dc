// SPDX-License-Identifier: GPL-3.0-or-later
// UnitText: the unit column as agencies and other cities fill it in.
#include "io/values/UnitText.h"

#include <catch2/catch.hpp>

using ys::Unit;
using ys::io::UnitText;

TEST_CASE("import: unit names are read case-insensitively, and unknown ones are refused")
{
    struct Row
    {
        const char* text;
        Unit unit;
    };
    const Row rows[] = {
        {"percent", Unit::Percent},
        {"Percent", Unit::Percent},
        {" PERCENT\xC2\xA0", Unit::Percent},
        {"%", Unit::Percent},
        {"Percentage", Unit::Percent},                  // DC
        {"Percentage Change Over Time", Unit::Percent}, // DC
        {"count", Unit::Count},
        {"Count", Unit::Count},
        {"Raw\xC2\xA0Number", Unit::Count}, // DC, with a non-breaking space
        {"currency", Unit::Currency},
        {"Currency", Unit::Currency},
        {"$", Unit::Currency},
        {"dollars", Unit::Currency},
        {"Dollar  Amount", Unit::Currency}, // DC, with a doubled space
        {"days", Unit::Days},
        {"Days\n", Unit::Days},
        {"rate", Unit::Rate},
        {"Score", Unit::Score},
        {"decimal", Unit::Decimal},
        {"Ratio", Unit::Decimal}, // DC: averages and per-unit figures
    };
    for (const Row& row : rows) {
        INFO("unit: [" << row.text << "]");
        const std::optional<Unit> unit = UnitText::parse(QString::fromUtf8(row.text));
        REQUIRE(unit.has_value());
        CHECK(*unit == row.unit);
    }
    // Every stable code reads back as its unit.
    for (const QString& c : ys::allCodes<Unit>()) {
        INFO("code: " << c.toStdString());
        const std::optional<Unit> unit = UnitText::parse(c);
        REQUIRE(unit.has_value());
        CHECK(ys::code(*unit) == c);
    }
    for (const char* text :
         {"", "\xC2\xA0", "percentages", "counts of things", "N/A", "per cent age", "%%"}) {
        INFO("unit: [" << text << "]");
        CHECK_FALSE(UnitText::parse(QString::fromUtf8(text)).has_value());
    }
}
