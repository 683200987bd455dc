// SPDX-License-Identifier: GPL-3.0-or-later
// The workbook's headers and words, read without the workbook.
#include "io/BaltimoreHeader.h"
#include "io/BaltimoreNames.h"
#include "io/BaltimoreVocabulary.h"

#include <catch2/catch.hpp>

using ys::Direction;
using ys::Interval;
using ys::MeasureType;
using ys::Period;
using ys::io::BaltimoreHeader;
using ys::io::BaltimoreNames;
using ys::io::BaltimoreVocabulary;
using Kind = BaltimoreHeader::Kind;

namespace {

void checkHeader(const char* text, int year, Period period, Kind kind)
{
    INFO(text);
    const auto header = BaltimoreHeader::parse(QString::fromUtf8(text));
    REQUIRE(header.has_value());
    CHECK(header->fiscalYear == year);
    CHECK(header->period == period);
    CHECK(header->kind == kind);
}

} // namespace

TEST_CASE("import: Baltimore headers say fiscal year, period and kind")
{
    checkHeader("FY 25 Q3", 2025, Period::Q3, Kind::Actual);
    checkHeader("FY 24 Target", 2024, Period::Annual, Kind::Target);
    checkHeader("FY 21 Actual", 2021, Period::Annual, Kind::Actual);
    checkHeader("FY 25 Actual Explanation", 2025, Period::Annual, Kind::ActualNote);
    checkHeader("Notes: FY25 Target Explanation", 2025, Period::Annual, Kind::TargetNote);
    checkHeader("FY 26 Quarterly Context", 2026, Period::Annual, Kind::QuarterlyContext);
    checkHeader("FY 26 Target Explanation", 2026, Period::Annual, Kind::TargetNote);
    // A later export with more columns needs no code change.
    checkHeader("FY 28 Q1", 2028, Period::Q1, Kind::Actual);
    checkHeader("fy2029  target", 2029, Period::Annual, Kind::Target);
    checkHeader("FY 27 Q2 Target", 2027, Period::Q2, Kind::Target);
    checkHeader("FY 27 Q4 Explanation", 2027, Period::Q4, Kind::ActualNote);
    checkHeader("FY\u00a030\nActual", 2030, Period::Annual, Kind::Actual);
    for (const char* other : {"Fiscal Year", "FY 25", "FY 25 Notes", "FY 25 Budget", "Measure ID", "FY 25 Q5",
                              "FY 25 Target Actual", "FY 25 2 Actual"}) {
        INFO(other);
        CHECK_FALSE(BaltimoreHeader::parse(QString::fromUtf8(other)).has_value());
    }
}

TEST_CASE("import: Baltimore words read whatever the spacing and case, misspellings with a warning")
{
    for (const char* written : {"Output", "Output ", "Output\u00a0", "Output\n", "OUTPUT"}) {
        const auto type = BaltimoreVocabulary::type(QString::fromUtf8(written));
        CHECK(type.value == MeasureType::Output);
        CHECK(type.warning.isEmpty());
    }
    const auto ouput = BaltimoreVocabulary::type(QStringLiteral("Ouput"));
    CHECK(ouput.value == MeasureType::Output);
    CHECK(ouput.guessed);
    CHECK(ouput.warning.contains(QStringLiteral("\"Ouput\" read as Output")));
    for (const auto& [written, type] : {std::pair{"Input", MeasureType::Input}, std::pair{"Demand", MeasureType::Demand},
                                        std::pair{"quality ", MeasureType::Quality}}) {
        const auto reading = BaltimoreVocabulary::type(QString::fromUtf8(written));
        CHECK(reading.value == type);
        CHECK(reading.warning.contains(QStringLiteral("not one of the four types")));
    }
    CHECK_FALSE(BaltimoreVocabulary::type(QStringLiteral("\u00a0")).value.has_value());
    CHECK(BaltimoreVocabulary::direction(QStringLiteral("increase")).value == Direction::Increase);
    CHECK_FALSE(BaltimoreVocabulary::direction(QString()).value.has_value());
    CHECK(BaltimoreVocabulary::interval(QStringLiteral("Cumalitve")).value == Interval::Cumulative);
    const auto monthly = BaltimoreVocabulary::interval(QStringLiteral("Monthly"));
    CHECK(monthly.value == Interval::Unspecified);
    CHECK(monthly.warning.contains(QStringLiteral("update frequency")));
    CHECK(BaltimoreVocabulary::yesNo(QStringLiteral("Yes ")).value == true);
    CHECK(BaltimoreVocabulary::yesNo(QStringLiteral("no")).value == false);
}

TEST_CASE("import: Baltimore ids and names compare by their words")
{
    const auto agency = BaltimoreNames::coded(QStringLiteral("AGC7900 Municipal and Zoning Appeals"), QStringLiteral("AGC"));
    REQUIRE(agency.has_value());
    CHECK(agency->code == QStringLiteral("AGC7900"));
    CHECK(agency->name == QStringLiteral("Municipal and Zoning Appeals"));
    const auto service = BaltimoreNames::coded(QStringLiteral("SRV0185 Board of Municipal and Zoning Appeals"),
                                               QStringLiteral("SRV"));
    REQUIRE(service.has_value());
    CHECK(service->number == 185);
    CHECK(service->code == QStringLiteral("SRV0185"));
    CHECK_FALSE(BaltimoreNames::coded(QStringLiteral("Board of Appeals"), QStringLiteral("SRV")).has_value());
    CHECK(BaltimoreNames::key(QStringLiteral("% of total costs spent on maintenance & repair")) ==
          BaltimoreNames::key(QStringLiteral("Percentage of total costs spent on maintenance and repair ")));
    CHECK(BaltimoreNames::key(QStringLiteral("Mayor's Office")) == BaltimoreNames::key(QStringLiteral("MAYORS  office")));
    CHECK(BaltimoreNames::contains(BaltimoreNames::key(QStringLiteral("Legal Aid Bureau")),
                                   BaltimoreNames::key(QStringLiteral("Legal Aid"))));
    CHECK_FALSE(BaltimoreNames::contains(BaltimoreNames::key(QStringLiteral("Legal Aid Bureau")),
                                         BaltimoreNames::key(QStringLiteral("Aid Bureaus"))));
    CHECK(BaltimoreNames::joinIds(QStringLiteral("1851"), {QStringLiteral("1851"), QStringLiteral("AM01")}) ==
          QStringLiteral("1851, AM01"));
}
