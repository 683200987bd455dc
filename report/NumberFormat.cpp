// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberFormat.h"

#include <QLocale>

#include <cmath>

namespace ys::report {
namespace {

// Up to two decimals, without trailing zeros; thousands grouped.
QString grouped(double value, int maxDecimals)
{
    QLocale locale(QLocale::English, QLocale::UnitedStates);
    const double rounded = std::round(value * std::pow(10.0, maxDecimals)) / std::pow(10.0, maxDecimals);
    int decimals = 0;
    while (decimals < maxDecimals &&
           std::abs(rounded * std::pow(10.0, decimals) - std::round(rounded * std::pow(10.0, decimals))) > 1e-9)
        ++decimals;
    return locale.toString(rounded, 'f', decimals);
}

} // namespace

QString NumberFormat::plain(double value, Unit unit)
{
    switch (unit) {
    case Unit::Currency: return grouped(value, std::abs(value) >= 1000 ? 0 : 2);
    case Unit::Percent: return grouped(value, 2);
    case Unit::Count: return grouped(value, 2);
    default: return grouped(value, 2);
    }
}

QString NumberFormat::format(double value, Unit unit)
{
    switch (unit) {
    case Unit::Percent: return plain(value, unit) + QStringLiteral(" %");
    case Unit::Currency:
        return value < 0 ? QStringLiteral("-$") + plain(-value, unit) : QStringLiteral("$") + plain(value, unit);
    case Unit::Days: return plain(value, unit) + (std::abs(value) == 1 ? QStringLiteral(" day") : QStringLiteral(" days"));
    default: return plain(value, unit);
    }
}

QString NumberFormat::unitSuffix(Unit unit)
{
    switch (unit) {
    case Unit::Percent: return QStringLiteral("%");
    case Unit::Currency: return QStringLiteral("$");
    case Unit::Days: return QStringLiteral("days");
    case Unit::Count: return QStringLiteral("count");
    case Unit::Rate: return QStringLiteral("rate");
    case Unit::Score: return QStringLiteral("score");
    case Unit::Decimal: return QStringLiteral("number");
    }
    return {};
}

std::optional<double> NumberFormat::parse(const QString& text, Unit unit)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(','));
    t.remove(QLatin1Char('$'));
    t.remove(QChar(0x00A0));
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    if (unit == Unit::Days && t.endsWith(QLatin1String("days"), Qt::CaseInsensitive))
        t.chop(4);
    t = t.trimmed();
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace ys::report
