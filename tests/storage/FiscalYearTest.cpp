// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/FiscalYear.h"

#include <catch2/catch.hpp>

using ys::FiscalYear;

TEST_CASE("storage: FY27 runs from July 2026 to June 2027 by default")
{
    const FiscalYear fy27(2027);
    CHECK(fy27.label() == QStringLiteral("FY27"));
    CHECK(fy27.firstDay() == QDate(2026, 7, 1));
    CHECK(fy27.lastDay() == QDate(2027, 6, 30));
    CHECK(fy27.quarterFirstDay(1) == QDate(2026, 7, 1));
    CHECK(fy27.quarterLastDay(1) == QDate(2026, 9, 30));
    CHECK(fy27.quarterFirstDay(4) == QDate(2027, 4, 1));
    CHECK(FiscalYear::containing(QDate(2026, 11, 25)) == fy27);
    CHECK(FiscalYear::containing(QDate(2026, 6, 30)).endYear() == 2026);
}

TEST_CASE("storage: the fiscal year's start month is configurable")
{
    const FiscalYear calendar(2027, 1);
    CHECK(calendar.firstDay() == QDate(2027, 1, 1));
    CHECK(calendar.lastDay() == QDate(2027, 12, 31));
    const FiscalYear october(2027, 10);
    CHECK(october.firstDay() == QDate(2026, 10, 1));
    CHECK(october.quarterLastDay(2) == QDate(2027, 3, 31));
    CHECK(FiscalYear::containing(QDate(2026, 10, 1), 10).endYear() == 2027);
    CHECK(FiscalYear::containing(QDate(2026, 9, 30), 10).endYear() == 2026);
}

TEST_CASE("storage: fiscal years are read as people write them")
{
    struct Row
    {
        const char* text;
        int year; // 0: not a fiscal year
    };
    const Row rows[] = {{"FY27", 2027}, {"FY 25", 2025}, {"fy2024", 2024}, {"2026", 2026},
                        {"Fiscal 2023", 2023}, {" FY 21 ", 2021}, {"FY", 0}, {"Q3", 0}, {"FY 25 Q3", 0}, {"", 0}};
    for (const Row& row : rows) {
        INFO(row.text);
        const auto parsed = FiscalYear::parse(QString::fromLatin1(row.text));
        CHECK(parsed.has_value() == (row.year != 0));
        if (parsed)
            CHECK(parsed->endYear() == row.year);
    }
}
