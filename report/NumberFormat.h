// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QString>

#include <optional>

namespace ys::report {

// Numbers as people read them, by unit: "75 %", "$2,360,000", "4,222", "71.25 days". One place
// for screens, charts and print. Percent values are in percent points already.
class NumberFormat
{
public:
    static QString format(double value, Unit unit);
    // The number alone, without the unit sign (for editing and table cells with a unit header).
    static QString plain(double value, Unit unit);
    // The short unit shown on axes and column headers: "%", "$", "count", "days".
    static QString unitSuffix(Unit unit);
    // Reads what a person typed for a unit ("75%", "$1,200", "4,222"); nullopt when not a number.
    static std::optional<double> parse(const QString& text, Unit unit);
};

} // namespace ys::report
