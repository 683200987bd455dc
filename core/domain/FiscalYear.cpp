// SPDX-License-Identifier: GPL-3.0-or-later
#include "FiscalYear.h"

#include <QRegularExpression>

namespace ys {

FiscalYear::FiscalYear(int endYear, int startMonth)
    : m_endYear(endYear), m_startMonth(startMonth >= 1 && startMonth <= 12 ? startMonth : DefaultStartMonth)
{
}

QDate FiscalYear::firstDay() const
{
    // A year starting in January is the calendar year itself; otherwise it began the year before.
    const int year = m_startMonth == 1 ? m_endYear : m_endYear - 1;
    return QDate(year, m_startMonth, 1);
}

QDate FiscalYear::lastDay() const
{
    return firstDay().addYears(1).addDays(-1);
}

QDate FiscalYear::quarterFirstDay(int quarter) const
{
    return firstDay().addMonths(3 * (quarter - 1));
}

QDate FiscalYear::quarterLastDay(int quarter) const
{
    return quarterFirstDay(quarter).addMonths(3).addDays(-1);
}

bool FiscalYear::contains(const QDate& date) const
{
    return date >= firstDay() && date <= lastDay();
}

QString FiscalYear::label() const
{
    return QStringLiteral("FY%1").arg(m_endYear % 100, 2, 10, QLatin1Char('0'));
}

FiscalYear FiscalYear::containing(const QDate& date, int startMonth)
{
    if (startMonth == 1)
        return FiscalYear(date.year(), startMonth);
    return FiscalYear(date.month() >= startMonth ? date.year() + 1 : date.year(), startMonth);
}

std::optional<FiscalYear> FiscalYear::parse(const QString& text, int startMonth)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(?:FY|Fiscal(?:\s+Year)?)?\s*'?(\d{2}|\d{4})\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString digits = match.captured(1);
    int year = digits.toInt();
    if (digits.size() == 2)
        year += 2000;
    if (year < 1900 || year > 2200)
        return std::nullopt;
    return FiscalYear(year, startMonth);
}

} // namespace ys
