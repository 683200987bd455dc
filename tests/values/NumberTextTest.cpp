// SPDX-License-Identifier: GPL-3.0-or-later
// NumberText: spreadsheet cells to numbers, table-driven; every row keeps what the agency wrote.
#include "io/values/NumberText.h"

#include <catch2/catch.hpp>

#include <cmath>

using ys::io::NumberText;
using ys::io::ParsedNumber;

namespace {

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

struct NumberRow
{
    const char* text;
    double value;
    bool percentSign;
    bool currency;
};

void checkNumbers(const std::vector<NumberRow>& rows)
{
    for (const NumberRow& row : rows) {
        INFO("cell: [" << row.text << "]");
        const ParsedNumber n = NumberText::parse(u8(row.text));
        REQUIRE(n.kind == ParsedNumber::Kind::Number);
        CHECK(n.value == Approx(row.value).epsilon(1e-12));
        CHECK(n.percentSign == row.percentSign);
        CHECK(n.currency == row.currency);
        CHECK(n.raw == u8(row.text));
        CHECK(n.missingReason.isEmpty());
        CHECK(n.warnings.isEmpty());
    }
}

// Each text must be Missing with the trimmed text as the reason, and carry no number.
void checkMissing(const std::vector<const char*>& texts)
{
    for (const char* text : texts) {
        INFO("cell: [" << text << "]");
        const ParsedNumber n = NumberText::parse(u8(text));
        REQUIRE(n.kind == ParsedNumber::Kind::Missing);
        CHECK(n.missingReason == NumberText::trimmed(u8(text)));
        CHECK(n.value == 0);
        CHECK_FALSE(n.percentSign);
        CHECK_FALSE(n.currency);
        CHECK(n.raw == u8(text));
    }
}

} // namespace

TEST_CASE("import: blank cells are empty, never missing and never zero")
{
    const char* blanks[] = {"",
                            " ",
                            "   ",
                            "\xC2\xA0",
                            "\xE2\x80\x8B",
                            "\n",
                            "\t\r\n",
                            "\xC2\xA0\xE2\x80\x8B \n",
                            "\xEF\xBB\xBF",
                            "\xE2\x80\xAF"};
    for (const char* text : blanks) {
        INFO("cell: [" << text << "]");
        const ParsedNumber n = NumberText::parse(u8(text));
        CHECK(n.kind == ParsedNumber::Kind::Empty);
        CHECK(n.missingReason.isEmpty());
        CHECK(n.raw == u8(text));
    }
    // A zero-width space next to a real character is not blank.
    CHECK(NumberText::parse(u8("\xE2\x80\x8B"
                               "0"))
              .kind == ParsedNumber::Kind::Number);

    // The same notion of blank trims labels read from the file ("Output\u00a0"); inner blanks stay.
    CHECK(NumberText::trimmed(u8("Output\xC2\xA0")) == QStringLiteral("Output"));
    CHECK(NumberText::trimmed(u8("\xE2\x80\x8B"
                                 "Outcome\n")) == QStringLiteral("Outcome"));
    CHECK(NumberText::trimmed(u8(" No\xC2\xA0"
                                 "Data ")) == u8("No\xC2\xA0"
                                                 "Data")); // inner kept
    CHECK(NumberText::trimmed(u8("\xEF\xBB\xBF\xC2\xA0")).isEmpty());
}

TEST_CASE("import: numbers with separators, currency, exponents, signs and parentheses are read as written")
{
    checkNumbers({
        {"4,222", 4222, false, false},
        {"$2,360,000", 2360000, false, true},
        {"1.15977e+007", 11597700, false, false},
        {"1E5", 100000, false, false},
        {"-0.15", -0.15, false, false},
        {" 71.25 ", 71.25, false, false},
        {"+3", 3, false, false},
        {".5", 0.5, false, false},
        {"5.", 5, false, false},
        {"1,234.5", 1234.5, false, false},
        {"\xC2\xA0"
         "1,650\xC2\xA0",
         1650, false, false},
        {"$ 12.47", 12.47, false, true},
        {"-$5", -5, false, true},
        {"$-5", -5, false, true},
        {"\xE2\x82\xAC"
         "3",
         3, false, true}, // €3
        {"0", 0, false, false},
        {"1,000,000,000", 1e9, false, false},
    });
    // Negatives: accounting parentheses and the minus signs word processors substitute.
    checkNumbers({
        {"(1,234)", -1234, false, false},
        {"( 1,234 )", -1234, false, false},
        {"($1,234)", -1234, false, true},
        {"$(1,234)", -1234, false, true},
        {"(5%)", -5, true, false},
        {"(5)%", -5, true, false},
        {"\xE2\x88\x92"
         "5",
         -5, false, false}, // U+2212 minus sign
        {"\xE2\x80\x93"
         "5",
         -5, false, false}, // U+2013 en dash, as autocorrect writes "-5"
        {"- 5", -5, false, false},
    });
    // "-0" is zero, not a negative zero that would print as "-0".
    const ParsedNumber zero = NumberText::parse(QStringLiteral("-0"));
    REQUIRE(zero.isNumber());
    CHECK_FALSE(std::signbit(zero.value));
}

TEST_CASE("import: a percent sign is remembered and the value stays in percent points")
{
    checkNumbers({
        {"75%", 75, true, false},
        {"75 %", 75, true, false},
        {"75\xC2\xA0%", 75, true, false},
        {"0.50%", 0.5, true, false},
        {"103.3%", 103.3, true, false},
        {"-3%", -3, true, false},
        {"0%", 0, true, false},
        {"75\xEF\xBC\x85", 75, true, false}, // fullwidth percent sign
        {"75 percent", 75, true, false},
        {"75 Percent", 75, true, false},
    });
    // Without the sign the same digits are not marked: the scale is PercentScale's decision.
    CHECK_FALSE(NumberText::parse(QStringLiteral("0.75")).percentSign);
}

TEST_CASE("import: N/A stays a missing value, never a zero")
{
    checkMissing({
        "N/A",
        "n/a",
        "N/a",
        "NA",
        "N\\A",
        "No Data",
        "No data ",
        "New",
        "-",
        " - ",
        "TBD",
        "Not available",
        "New Target for FY 25",
        "New for Fiscal 25",
        "N/A (New KPI)",
        "*Submitted after December*",
        "\xE2\x80\x94", // em dash alone
        "\xE2\x88\x92", // minus sign alone
        "Data will be available in Q3\nonce the vendor reports",
    });
    // The reason is the text exactly as written, only trimmed.
    CHECK(NumberText::parse(u8("\xC2\xA0No Data\n")).missingReason == QStringLiteral("No Data"));
    // And "0" is a real zero.
    const ParsedNumber zero = NumberText::parse(QStringLiteral("0"));
    CHECK(zero.kind == ParsedNumber::Kind::Number);
    CHECK(zero.value == 0);
}

TEST_CASE("import: ranges and malformed numbers are missing rather than guessed")
{
    checkMissing({
        "6500-7000", // a range
        "6500 - 7000",
        "6500\xE2\x80\x93"
        "7000", // a range with an en dash
        "5 to 10",
        "1.2.3",
        "1,2", // a decimal comma or a typo: unknowable
        "12,34",
        "0,5",
        "1,2345",
        ",5",
        "1,",
        "1 234", // a space separator, or two numbers
        ">95%",  // a comparison, not a value
        "<5",
        "~12",
        "approx. 12",
        "$5%", // money and a share at once
        "(5",
        "5)",
        "(-5)", // negated twice, or once?
        "-(5)",
        "--5",
        "+-5",
        "2.3M", // a multiplier would be ignored by a guess: 2.3 instead of 2,300,000
        "5 million",
        "12 pending", // an unknown word may change the meaning
        "1e",
        "e5",
        ".",
        "75% percent",
        "5%%",
    });
}

TEST_CASE("import: NaN and infinity are never numbers")
{
    checkMissing(
        {"nan", "NaN", "inf", "-inf", "Infinity", "+INF", "1e999", "-1e999", "1.5E+400", "#NUM!", "#DIV/0!"});
}

TEST_CASE("import: a known unit word after a number is ignored with a warning")
{
    struct Row
    {
        const char* text;
        double value;
        const char* warning;
    };
    const Row rows[] = {
        {"12 days", 12, "unit text \"days\" ignored"},
        {"45 min", 45, "unit text \"min\" ignored"},
        {"3.5 hrs.", 3.5, "unit text \"hrs.\" ignored"},
        {"1 Day", 1, "unit text \"Day\" ignored"},
        {"2,500 residents", 2500, "unit text \"residents\" ignored"},
        {"$40 dollars", 40, "unit text \"dollars\" ignored"},
    };
    for (const Row& row : rows) {
        INFO("cell: [" << row.text << "]");
        const ParsedNumber n = NumberText::parse(u8(row.text));
        REQUIRE(n.kind == ParsedNumber::Kind::Number);
        CHECK(n.value == row.value);
        CHECK_FALSE(n.percentSign);
        REQUIRE(n.warnings.size() == 1);
        CHECK(n.warnings.first() == u8(row.warning));
    }
}

TEST_CASE("import: real cells of the Baltimore file read as the agency meant")
{
    // Copied from Performance_Data.xlsx, trailing spaces and non-breaking spaces included.
    checkNumbers({
        {"$2,500,000 ", 2500000, false, true},
        {"375,000\xC2\xA0", 375000, false, false},
        {"\xC2\xA0"
         "12,534,000,000",
         12534000000.0, false, false},
        {" 2,844 ", 2844, false, false},
        {"4.5999999999999999E-2", 0.046, false, false},
        {"0.55000000000000004", 0.55, false, false},
        {".90", 0.9, false, false},
        {"$33,788.22 ", 33788.22, false, true},
        {"9.80%", 9.8, true, false},
        {"59.20%", 59.2, true, false},
        {"58380951.34", 58380951.34, false, false},
    });
    checkMissing({"N/A", "No Data", "New", "-", "6500-7000", "N\\A", "NA"});
}
