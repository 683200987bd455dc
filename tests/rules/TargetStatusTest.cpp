// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/TargetStatusRule.h"

#include "RuleTestData.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <optional>
#include <string>

using namespace ys;
using namespace ys::rules;

namespace {

struct StatusRow
{
    const char* why;
    Direction direction;
    std::optional<double> target;
    std::optional<double> actual;
    double tolerance;
    TargetStatus expected;
};

std::string text(std::optional<double> number)
{
    return number ? std::to_string(*number) : std::string("none");
}

void checkRows(std::initializer_list<StatusRow> rows)
{
    for (const StatusRow& row : rows) {
        INFO(row.why << ": " << code(row.direction).toStdString() << ", target " << text(row.target)
                     << ", actual " << text(row.actual) << ", tolerance " << row.tolerance);
        CHECK(targetStatus(row.direction, row.target, row.actual, row.tolerance) == row.expected);
    }
}

constexpr auto Inc = Direction::Increase;
constexpr auto Dec = Direction::Decrease;
constexpr auto Keep = Direction::Maintain;
constexpr auto Met = TargetStatus::Met;
constexpr auto Near = TargetStatus::Near;
constexpr auto Missed = TargetStatus::Missed;
constexpr auto NoData = TargetStatus::NoData;

} // namespace

TEST_CASE("rules: status of an increase and a decrease with the near band")
{
    checkRows({
        {"above target", Inc, 100.0, 120.0, 0.10, Met},
        {"exactly on target", Inc, 100.0, 100.0, 0.10, Met},
        {"inside the band", Inc, 100.0, 95.0, 0.10, Near},
        {"on the band's edge", Inc, 100.0, 90.0, 0.10, Near},
        {"just below the band", Inc, 100.0, 89.99, 0.10, Missed},
        {"a wider tolerance", Inc, 100.0, 85.0, 0.20, Near},
        {"no tolerance: no near", Inc, 100.0, 99.0, 0.0, Missed},
        {"percent points", Inc, 75.0, 68.0, 0.10, Near},
        {"percent points missed", Inc, 75.0, 67.0, 0.10, Missed},
        {"decrease below target", Dec, 50.0, 40.0, 0.10, Met},
        {"decrease on target", Dec, 50.0, 50.0, 0.10, Met},
        {"decrease inside the band", Dec, 50.0, 54.0, 0.10, Near},
        {"decrease on the band's edge", Dec, 50.0, 55.0, 0.10, Near},
        {"decrease beyond the band", Dec, 50.0, 55.01, 0.10, Missed},
        {"float noise on the edge", Inc, 0.3, 0.1 + 0.2, 0.10, Met},
        {"float noise on the band", Inc, 1.0, 0.9 - 1e-12, 0.10, Near},
        {"a negative tolerance counts as 0", Inc, 100.0, 99.0, -0.5, Missed},
    });
}

TEST_CASE("rules: status with a negative target")
{
    checkRows({
        {"decrease -0.15, actual -0.25: further down, met", Dec, -0.15, -0.25, 0.10, Met},
        {"decrease -0.15, actual -0.15: met", Dec, -0.15, -0.15, 0.10, Met},
        {"decrease -0.15, actual -0.14: inside |target| x t = 0.015", Dec, -0.15, -0.14, 0.10, Near},
        {"decrease -0.15, actual -0.10: missed", Dec, -0.15, -0.10, 0.10, Missed},
        {"increase -10, actual -5: met", Inc, -10.0, -5.0, 0.10, Met},
        {"increase -10, actual -10.5: near (band 1)", Inc, -10.0, -10.5, 0.10, Near},
        {"increase -10, actual -12: missed", Inc, -10.0, -12.0, 0.10, Missed},
        {"maintain -2, actual -2.1: met (band 0.2)", Keep, -2.0, -2.1, 0.10, Met},
        {"maintain -2, actual -2.5: missed", Keep, -2.0, -2.5, 0.10, Missed},
    });
}

TEST_CASE("rules: status with a zero target")
{
    checkRows({
        {"increase 0, actual 0: met", Inc, 0.0, 0.0, 0.10, Met},
        {"increase 0, actual 3: met", Inc, 0.0, 3.0, 0.10, Met},
        {"increase 0, actual -0.01: band is 0, missed", Inc, 0.0, -0.01, 0.10, Missed},
        {"decrease 0, actual 0: met", Dec, 0.0, 0.0, 0.10, Met},
        {"decrease 0 (zero fatalities), actual 1: missed", Dec, 0.0, 1.0, 0.10, Missed},
        {"maintain 0, actual 0.05: inside the absolute band 0.1", Keep, 0.0, 0.05, 0.10, Met},
        {"maintain 0, actual -0.1: on the absolute band", Keep, 0.0, -0.1, 0.10, Met},
        {"maintain 0, actual 0.2: outside the absolute band", Keep, 0.0, 0.2, 0.10, Missed},
    });
    CHECK(statusBand(Direction::Maintain, 0.0, 0.1) == Approx(0.1));
    CHECK(statusBand(Direction::Increase, 0.0, 0.1) == 0.0);
    CHECK(statusBand(Direction::Decrease, -0.15, 0.1) == Approx(0.015));
}

TEST_CASE("rules: maintain is met within the band and has no near")
{
    checkRows({
        {"on target", Keep, 100.0, 100.0, 0.10, Met},
        {"above, inside", Keep, 100.0, 109.0, 0.10, Met},
        {"below, inside", Keep, 100.0, 91.0, 0.10, Met},
        {"above, on the edge", Keep, 100.0, 110.0, 0.10, Met},
        {"above, outside: missed, never near", Keep, 100.0, 111.0, 0.10, Missed},
        {"below, outside: missed, never near", Keep, 100.0, 89.0, 0.10, Missed},
        {"a 5% band", Keep, 100.0, 106.0, 0.05, Missed},
    });
}

TEST_CASE("rules: status has no data when a number or the direction is missing")
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    checkRows({
        {"no actual", Inc, 100.0, std::nullopt, 0.10, NoData},
        {"no target", Inc, std::nullopt, 100.0, 0.10, NoData},
        {"neither", Dec, std::nullopt, std::nullopt, 0.10, NoData},
        {"a NaN actual", Inc, 100.0, nan, 0.10, NoData},
        {"an infinite target", Dec, inf, 1.0, 0.10, NoData},
        {"not applicable", Direction::NotApplicable, 100.0, 100.0, 0.10, NoData},
        {"unspecified direction", Direction::Unspecified, 100.0, 100.0, 0.10, NoData},
    });
}
