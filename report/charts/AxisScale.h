// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QString>

#include <vector>

namespace ys::charts {

// A y axis: its range and its tick step, chosen so that ticks fall on round numbers (1, 2, 2.5
// or 5 times a power of ten) and every value shown lies inside. Non-negative data starts at zero
// unless that would flatten it (all values within the top half of the range); percentages stop
// at 100 when nothing exceeds it.
struct AxisScale
{
    double min = 0;
    double max = 1;
    double step = 0.25;

    static AxisScale of(const std::vector<double>& values, Unit unit);

    std::vector<double> ticks() const;
    // Where a value lies between min (0) and max (1).
    double fraction(double value) const { return max > min ? (value - min) / (max - min) : 0.5; }
    // A tick's label, short enough for an axis at print size: "250", "2.5K", "$1.2M", "75".
    QString label(double value, Unit unit) const;

    bool operator==(const AxisScale& other) const = default;
};

} // namespace ys::charts
