// SPDX-License-Identifier: GPL-3.0-or-later
#include "TargetStatusRule.h"

#include "RuleText.h"

#include <algorithm>
#include <cmath>

namespace ys::rules {
namespace {

constexpr double RelativeEpsilon = 1e-9;

double epsilonFor(double a, double b)
{
    return RelativeEpsilon * std::max({1.0, std::abs(a), std::abs(b)});
}

} // namespace

double statusBand(Direction direction, double target, double tolerance)
{
    const double t = std::isfinite(tolerance) ? std::max(0.0, tolerance) : 0.0;
    if (direction == Direction::Maintain && target == 0.0)
        return t;
    return t * std::abs(target);
}

TargetStatus targetStatus(Direction direction, std::optional<double> target, std::optional<double> actual,
                          double tolerance)
{
    target = finiteOrNone(target);
    actual = finiteOrNone(actual);
    if (!target || !actual)
        return TargetStatus::NoData;

    const double t = *target;
    const double a = *actual;
    const double band = statusBand(direction, t, tolerance);
    const double eps = epsilonFor(t, a) + RelativeEpsilon * band;

    switch (direction) {
    case Direction::Increase:
        if (a >= t - eps)
            return TargetStatus::Met;
        if (a >= t - band - eps)
            return TargetStatus::Near;
        return TargetStatus::Missed;
    case Direction::Decrease:
        if (a <= t + eps)
            return TargetStatus::Met;
        if (a <= t + band + eps)
            return TargetStatus::Near;
        return TargetStatus::Missed;
    case Direction::Maintain:
        return std::abs(a - t) <= band + eps ? TargetStatus::Met : TargetStatus::Missed;
    case Direction::NotApplicable:
    case Direction::Unspecified:
        break;
    }
    return TargetStatus::NoData;
}

} // namespace ys::rules
