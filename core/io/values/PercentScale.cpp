// SPDX-License-Identifier: GPL-3.0-or-later
#include "PercentScale.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ys::io {
namespace {

// Above this a bare value is percent points whatever its neighbours say (see the header).
constexpr double MaxFraction = 1.5;

// True when the median m of the anchors is nearer (by ratio) to 100 |x| than to |x|; a tie counts as
// nearer, the fraction being the file's commoner style. The slack keeps decimal ties ties: 10 * 0.3 is
// 3.0000000000000004 in binary, which must not outweigh an anchor of exactly 3.
bool nearerAsFraction(double m, double x)
{
    return m >= 10 * x * (1 - 1e-12);
}

QString shortest(double v)
{
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

// The text the warning names: what the agency wrote, or the number if the caller kept no text.
QString written(const ParsedNumber& n)
{
    const QString text = NumberText::trimmed(n.raw);
    return text.isEmpty() ? shortest(n.value) : text;
}

std::optional<double> median(std::vector<double> v)
{
    if (v.empty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const std::size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

} // namespace

double PercentScale::fractionToPoints(double fraction)
{
    // Shifting the decimal exponent of the shortest exact text rounds once, where x * 100 in binary
    // gives 0.57 -> 56.99999999999999 and 0.07 -> 7.000000000000001.
    bool ok = false;
    const double points = QLocale::c().toDouble(shortest(fraction) + QStringLiteral("e2"), &ok);
    return ok ? points : fraction * 100;
}

PercentScaleResult PercentScale::toPoints(const std::vector<ParsedNumber>& values)
{
    std::vector<double> anchors;
    for (const ParsedNumber& n : values) {
        if (!n.isNumber() || n.value == 0)
            continue;
        if (n.percentSign || std::abs(n.value) > MaxFraction)
            anchors.push_back(std::abs(n.value));
    }
    const std::optional<double> m = median(anchors);

    PercentScaleResult result;
    result.values.reserve(values.size());
    bool anyFraction = false;
    bool anyPoints = false;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const ParsedNumber& n = values[i];
        PercentReading r;
        if (!n.isNumber()) {
            result.values.push_back(r);
            continue;
        }
        const double x = std::abs(n.value);
        if (n.percentSign) {
            r.scale = PercentReading::Scale::PercentSign;
            r.points = n.value;
            anyPoints = anyPoints || x > 0;
        } else if (x == 0 || x > MaxFraction) {
            r.scale = PercentReading::Scale::Points;
            r.points = n.value;
            anyPoints = anyPoints || x > 0;
        } else if (!m || nearerAsFraction(*m, x)) {
            r.scale = PercentReading::Scale::Fraction;
            r.points = fractionToPoints(n.value);
            anyFraction = true;
            const QString text = written(n);
            const QString reading = shortest(*r.points);
            if (m && x < 1) {
                r.warnings << QStringLiteral(
                                  "fraction \"%1\" read as %2 % beside values written in percent points")
                                  .arg(text, reading);
            } else if (m) {
                r.warnings << QStringLiteral(
                                  "ambiguous percent \"%1\": read as %2 % because the measure's other "
                                  "values are percent points near %3")
                                  .arg(text, reading, shortest(*m));
            } else if (x >= 1) {
                // Among fractions "1" is 100 %; but only the neighbours say so, and 1 % is possible.
                bool others = false;
                for (std::size_t j = 0; j < values.size() && !others; ++j)
                    others = j != i && values[j].isNumber() && values[j].value != 0;
                r.warnings << (others ? QStringLiteral("ambiguous percent \"%1\": read as %2 % because the "
                                                       "measure's other values are fractions")
                                            .arg(text, reading)
                                      : QStringLiteral("ambiguous percent \"%1\": read as %2 % (a fraction); "
                                                       "the measure has no other value to compare")
                                            .arg(text, reading));
            }
        } else {
            r.scale = PercentReading::Scale::Points;
            r.points = n.value;
            anyPoints = true;
            r.warnings << QStringLiteral("ambiguous percent \"%1\": read as %2 % because the measure's other "
                                         "values are small percent points near %3")
                              .arg(written(n), shortest(n.value), shortest(*m));
        }
        result.values.push_back(r);
    }
    result.mixedScales = anyFraction && anyPoints;
    return result;
}

} // namespace ys::io
