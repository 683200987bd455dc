// SPDX-License-Identifier: GPL-3.0-or-later
#include "AxisScale.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ys::charts {
namespace {

constexpr int TargetTicks = 5;

// The round step nearest above span / (ticks - 1): 1, 2, 2.5 or 5 times a power of ten.
double roundStep(double span)
{
    const double rough = span / (TargetTicks - 1);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (factor * power >= rough * (1 - 1e-9))
            return factor * power;
    return 10.0 * power;
}

int decimalsOf(double step)
{
    int decimals = 0;
    while (decimals < 6 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    return decimals;
}

} // namespace

AxisScale AxisScale::of(const std::vector<double>& values, Unit unit)
{
    std::vector<double> finite;
    for (double v : values)
        if (std::isfinite(v))
            finite.push_back(v);
    if (finite.empty())
        return unit == Unit::Percent ? AxisScale{0, 100, 25} : AxisScale{0, 1, 0.25};
    double lo = *std::min_element(finite.begin(), finite.end());
    double hi = *std::max_element(finite.begin(), finite.end());
    if (lo >= 0 && lo <= hi * 0.5)
        lo = 0; // counts, percentages and money read best from zero
    if (hi <= 0 && hi >= lo * 0.5)
        hi = 0;
    if (hi - lo < 1e-12) {
        // One value (or all equal): a range around it.
        const double pad = std::abs(hi) > 0 ? std::abs(hi) * 0.5 : 1.0;
        lo = lo >= 0 && lo - pad < 0 ? 0 : lo - pad;
        hi += pad;
    }
    const double step = roundStep(hi - lo);
    AxisScale scale{std::floor(lo / step + 1e-9) * step, std::ceil(hi / step - 1e-9) * step, step};
    if (scale.max <= scale.min)
        scale.max = scale.min + step;
    if (unit == Unit::Percent && hi <= 100 && scale.max > 100)
        scale.max = 100;
    return scale;
}

std::vector<double> AxisScale::ticks() const
{
    std::vector<double> out;
    if (step <= 0 || max <= min)
        return {min};
    for (int i = 0; i <= 1000; ++i) {
        const double tick = min + i * step;
        if (tick > max + step * 1e-6)
            break;
        out.push_back(std::abs(tick) < step * 1e-9 ? 0.0 : tick);
    }
    if (out.back() < max - step * 1e-6)
        out.push_back(max);
    return out;
}

QString AxisScale::label(double value, Unit unit) const
{
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    const double magnitude = std::max(std::abs(min), std::abs(max));
    double shown = value;
    double shownStep = step;
    QString suffix;
    if (magnitude >= 1e9) {
        shown /= 1e9, shownStep /= 1e9, suffix = QStringLiteral("B");
    } else if (magnitude >= 1e6) {
        shown /= 1e6, shownStep /= 1e6, suffix = QStringLiteral("M");
    } else if (magnitude >= 1e4) {
        shown /= 1e3, shownStep /= 1e3, suffix = QStringLiteral("K");
    }
    QString text = locale.toString(shown, 'f', decimalsOf(shownStep)) + suffix;
    if (unit == Unit::Currency)
        text = value < 0 ? QStringLiteral("-$") + text.mid(1) : QStringLiteral("$") + text;
    return text;
}

} // namespace ys::charts
