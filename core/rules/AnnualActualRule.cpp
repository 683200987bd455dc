// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnualActualRule.h"

#include "RuleText.h"
#include "ValueLookup.h"

#include <algorithm>
#include <cmath>

namespace ys::rules {
namespace {

constexpr double RelativeAgreement = 0.005;
constexpr int MaxDecimals = 6;

// Half a unit of the last decimal the number is written with (0.5 for 71, 0.005 for 0.75).
double halfUnitOfLastDecimal(double value)
{
    double scale = 1.0;
    for (int decimals = 0; decimals <= MaxDecimals; ++decimals) {
        const double scaled = value * scale;
        if (std::abs(scaled - std::round(scaled)) <= 1e-9 * std::max(1.0, std::abs(scaled)))
            return 0.5 / scale;
        scale *= 10.0;
    }
    return 0.5 / scale;
}

} // namespace

bool actualsAgree(double entered, double fromQuarters)
{
    const double difference = std::abs(entered - fromQuarters);
    const double relative = RelativeAgreement * std::max(std::abs(entered), std::abs(fromQuarters));
    const double allowed = std::max(halfUnitOfLastDecimal(entered), relative);
    return difference <= allowed * (1.0 + 1e-9);
}

AnnualActual annualActual(Interval interval, std::optional<double> entered, const QuarterActuals& quarters)
{
    AnnualActual result;
    result.entered = finiteOrNone(entered);

    double sum = 0.0;
    std::optional<double> last;
    for (const auto& quarter : quarters) {
        if (const auto number = finiteOrNone(quarter)) {
            ++result.quartersReported;
            sum += *number;
            last = number;
        }
    }
    const bool allFour = result.quartersReported == 4;

    if (result.quartersReported > 0) {
        switch (interval) {
        case Interval::Cumulative:
            result.fromQuarters = sum;
            result.quartersComplete = allFour;
            break;
        case Interval::Snapshot:
            result.fromQuarters = last;
            result.quartersComplete = finiteOrNone(quarters[3]).has_value();
            break;
        case Interval::Period:
            result.fromQuarters = sum / result.quartersReported;
            result.quartersComplete = allFour;
            break;
        case Interval::Unspecified:
            break;
        }
    }

    if (result.entered) {
        result.value = result.entered;
        result.mismatch = result.fromQuarters && result.quartersComplete &&
                          !actualsAgree(*result.entered, *result.fromQuarters);
    } else if (result.fromQuarters) {
        result.value = result.fromQuarters;
        result.derived = true;
    }
    return result;
}

AnnualActual annualActual(Interval interval, const std::vector<Value>& values, int fiscalYear)
{
    std::optional<double> entered;
    if (const Value* annual = findValue(values, fiscalYear, Period::Annual))
        entered = annual->actual.number;
    QuarterActuals quarters;
    const Period periods[] = {Period::Q1, Period::Q2, Period::Q3, Period::Q4};
    for (int i = 0; i < 4; ++i)
        if (const Value* quarter = findValue(values, fiscalYear, periods[i]))
            quarters[static_cast<std::size_t>(i)] = quarter->actual.number;
    return annualActual(interval, entered, quarters);
}

} // namespace ys::rules
