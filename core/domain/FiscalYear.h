// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace ys {

// A fiscal year, named by the calendar year in which it ends (FY27 ends in 2027).
// The start month is a setting of the plan file; with the default July, FY27 runs
// 1 July 2026 to 30 June 2027 and its Q1 is July-September.
class FiscalYear
{
public:
    static constexpr int DefaultStartMonth = 7;

    FiscalYear() = default;
    explicit FiscalYear(int endYear, int startMonth = DefaultStartMonth);

    bool isValid() const { return m_endYear > 0; }
    int endYear() const { return m_endYear; }
    int startMonth() const { return m_startMonth; }

    QDate firstDay() const;
    QDate lastDay() const;
    // Quarter 1..4: its first and last day.
    QDate quarterFirstDay(int quarter) const;
    QDate quarterLastDay(int quarter) const;
    bool contains(const QDate& date) const;

    // "FY27"
    QString label() const;
    FiscalYear next() const { return FiscalYear(m_endYear + 1, m_startMonth); }
    FiscalYear previous() const { return FiscalYear(m_endYear - 1, m_startMonth); }

    // The fiscal year a date falls in.
    static FiscalYear containing(const QDate& date, int startMonth = DefaultStartMonth);
    // Reads "FY27", "FY 27", "fy2027", "2027", "Fiscal 2027"; nullopt when the text names no year.
    static std::optional<FiscalYear> parse(const QString& text, int startMonth = DefaultStartMonth);

    auto operator<=>(const FiscalYear& other) const { return m_endYear <=> other.m_endYear; }
    bool operator==(const FiscalYear& other) const { return m_endYear == other.m_endYear; }

private:
    int m_endYear = 0;
    int m_startMonth = DefaultStartMonth;
};

} // namespace ys
