// SPDX-License-Identifier: GPL-3.0-or-later
// PercentScale: the values of one percent measure into percent points, per value, by its neighbours.
// Rows marked "real" are copied from Baltimore's Performance_Data.xlsx (one measure row, FY21-FY27).
#include "io/values/PercentScale.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

using ys::io::NumberText;
using ys::io::ParsedNumber;
using ys::io::PercentReading;
using ys::io::PercentScale;
using ys::io::PercentScaleResult;
using Scale = ys::io::PercentReading::Scale;

namespace {

std::vector<ParsedNumber> cells(const std::vector<const char*>& texts)
{
    std::vector<ParsedNumber> out;
    for (const char* text : texts)
        out.push_back(NumberText::parse(QString::fromUtf8(text)));
    return out;
}

// The exact double a person means by this text: what 57 % must compare equal to.
double number(const char* text)
{
    return QString::fromLatin1(text).toDouble();
}

bool warnsAbout(const PercentReading& r, const QString& needle)
{
    for (const QString& w : r.warnings) {
        if (w.contains(needle))
            return true;
    }
    return false;
}

std::string show(const PercentReading& r)
{
    return (r.points ? QString::number(*r.points) : QStringLiteral("none")).toStdString() + " [" +
           r.warnings.join(QStringLiteral(" | ")).toStdString() + "]";
}

} // namespace

TEST_CASE("import: a percent measure written in fractions is read in points, exactly and silently")
{
    const std::vector<const char*> texts{"0.75", "0.71",  "0.57",   "0.29", "0.07",
                                         "0",    ".9995", "0.0014", "-0.15"};
    const std::vector<const char*> points{"75", "71", "57", "29", "7", "0", "99.95", "0.14", "-15"};
    const PercentScaleResult result = PercentScale::toPoints(cells(texts));
    REQUIRE(result.values.size() == texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) {
        INFO("cell: " << texts[i] << " -> " << show(result.values[i]));
        REQUIRE(result.values[i].points.has_value());
        CHECK(*result.values[i].points == number(points[i])); // exact: no 56.99999999999999
        CHECK(result.values[i].warnings.isEmpty());
        CHECK(result.values[i].scale == (std::string(texts[i]) == "0" ? Scale::Points : Scale::Fraction));
    }
    CHECK_FALSE(result.mixedScales);
}

TEST_CASE("import: a bare 1 among fractions is 100 and warned as ambiguous")
{
    SECTION("real: % of grass mowing service completed on time, without its one \"90%\"")
    {
        const PercentScaleResult r = PercentScale::toPoints(cells({"0.95", "1", "0.95", "1", "0.796"}));
        for (std::size_t i : {1, 3}) {
            INFO(show(r.values[i]));
            CHECK(r.values[i].points == 100.0);
            CHECK(r.values[i].scale == Scale::Fraction);
            REQUIRE(r.values[i].warnings.size() == 1);
            CHECK(r.values[i].warnings.first() ==
                  QStringLiteral(
                      "ambiguous percent \"1\": read as 100 % because the measure's other values are "
                      "fractions"));
        }
        CHECK(r.values[4].points == 79.6);
        CHECK(r.values[4].warnings.isEmpty());
    }
    SECTION("real: % of treasury reports submitted on time, every value a bare 1")
    {
        const PercentScaleResult r = PercentScale::toPoints(cells({"1", "1", "1", "1"}));
        for (const PercentReading& v : r.values) {
            CHECK(v.points == 100.0);
            CHECK(warnsAbout(v, QStringLiteral("ambiguous percent \"1\"")));
        }
    }
    SECTION("a lone 1 says there was nothing to compare it with")
    {
        const PercentScaleResult r = PercentScale::toPoints(cells({"1", "N/A", "0"}));
        CHECK(r.values[0].points == 100.0);
        REQUIRE(r.values[0].warnings.size() == 1);
        CHECK(r.values[0].warnings.first().contains(QStringLiteral("no other value")));
    }
    SECTION("a bare value just above 1 among fractions is over 100 %, and warned")
    {
        // real: "Completion % for employees enrolled in virtual learning courses" has 1.05 among 0.7s.
        const PercentScaleResult r = PercentScale::toPoints(cells({"0.74", "0.63", "1.05", "0.7"}));
        CHECK(r.values[2].points == 105.0);
        CHECK(warnsAbout(r.values[2], QStringLiteral("ambiguous percent \"1.05\": read as 105 %")));
    }
}

TEST_CASE("import: appeals upheld by judicial review reads its bare 1s as 100 and warns")
{
    SECTION("real: the FY27-cycle row")
    {
        // FY21, FY22, FY23, FY24 target, FY24 actual, FY25 target, Q1-Q4, FY25 actual, FY26 and FY27 target.
        const std::vector<const char*> texts{"0.75", "0.75", "0.71", "0.75", "89%",  "0.75", "1",
                                             "1",    "1",    "0",    "1",    "0.75", "75"};
        const std::vector<double> expected{75, 75, 71, 75, 89, 75, 100, 100, 100, 0, 100, 75, 75};
        const PercentScaleResult r = PercentScale::toPoints(cells(texts));
        REQUIRE(r.values.size() == expected.size());
        for (std::size_t i = 0; i < texts.size(); ++i) {
            INFO("cell " << i << ": " << texts[i] << " -> " << show(r.values[i]));
            REQUIRE(r.values[i].points.has_value());
            CHECK(*r.values[i].points == expected[i]);
            const bool bareOne = QString::fromLatin1(texts[i]) == QStringLiteral("1");
            CHECK(warnsAbout(r.values[i], QStringLiteral("ambiguous percent \"1\": read as 100 %")) ==
                  bareOne);
        }
        // "89%", "75" and "0" are certain: nothing to warn about.
        CHECK(r.values[4].warnings.isEmpty());
        CHECK(r.values[9].warnings.isEmpty());
        CHECK(r.values[12].warnings.isEmpty());
        CHECK(r.mixedScales);
    }
    SECTION("real: the FY26-cycle row, with \"100\" for FY26 Q1")
    {
        const PercentScaleResult r = PercentScale::toPoints(
            cells({"0.75", "0.75", "0.71", "0.75", "89%", "0.75", "1", "1", "1", "0", "0.75", "100"}));
        CHECK(r.values[6].points == 100.0);
        CHECK(r.values[11].points == 100.0);
        CHECK(r.values[11].scale == Scale::Points);
    }
    SECTION("the same measure typed in points, with bare 1s for the quarters")
    {
        const PercentScaleResult r =
            PercentScale::toPoints(cells({"75", "75", "71", "75", "89%", "75", "1", "1"}));
        CHECK(r.values[6].points == 100.0);
        CHECK(warnsAbout(r.values[6], QStringLiteral("percent points near 75")));
        CHECK(r.values[0].points == 75.0);
        CHECK(r.values[0].warnings.isEmpty());
    }
}

TEST_CASE("import: a fraction beside percent points is read as a fraction and warned")
{
    const PercentScaleResult r = PercentScale::toPoints(cells({"95%", "97%", "0.96"}));
    CHECK(r.values[2].points == 96.0);
    CHECK(r.values[2].scale == Scale::Fraction);
    REQUIRE(r.values[2].warnings.size() == 1);
    CHECK(r.values[2].warnings.first() ==
          QStringLiteral("fraction \"0.96\" read as 96 % beside values written in percent points"));
    CHECK(r.values[0].warnings.isEmpty());
    CHECK(r.mixedScales);

    // real: % of employees using direct deposit mixes "81%", "0.99" and "96.88" in one row.
    const PercentScaleResult deposit = PercentScale::toPoints(
        cells({"New", "New", "81%", "0.99", "0.99", "0.90", "96.88", "97.48", "97", "0.9794"}));
    const std::vector<std::optional<double>> expected{std::nullopt, std::nullopt, 81,    99, 99,
                                                      90,           96.88,        97.48, 97, 97.94};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("cell " << i << " -> " << show(deposit.values[i]));
        CHECK(deposit.values[i].points == expected[i]);
    }
}

TEST_CASE("import: a small bare value beside small percent points stays in points, with a warning")
{
    // real: "Revenue forecast accuracy": anchors 9.80%, 4%, 2% and 1.9 (median 3); 0.4 is 0.4 %, not 40 %,
    // while 0.008 and 0.02 are fractions (0.8 %, 2 %), in line with the anchors.
    const PercentScaleResult r = PercentScale::toPoints(cells(
        {"0.008", "9.80%", "4%", "2%", "0.02", "0.02", "0.005", "0.01", "0.016", "0.02", "0.4", "1.9", "0"}));
    const std::vector<double> expected{0.8, 9.8, 4, 2, 2, 2, 0.5, 1, 1.6, 2, 0.4, 1.9, 0};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("cell " << i << " -> " << show(r.values[i]));
        CHECK(r.values[i].points == expected[i]);
    }
    CHECK(r.values[10].scale == Scale::Points);
    REQUIRE(r.values[10].warnings.size() == 1);
    CHECK(r.values[10].warnings.first() ==
          QStringLiteral(
              "ambiguous percent \"0.4\": read as 0.4 % because the measure's other values are small "
              "percent points near 3"));
    CHECK(r.values[0].scale == Scale::Fraction);
    CHECK(warnsAbout(r.values[0], QStringLiteral("fraction \"0.008\" read as 0.8 %")));

    // real: "% of Missed Pick-ups": "0.50%" targets beside fractions of a percent.
    const PercentScaleResult pickups = PercentScale::toPoints(cells({"0.0014", "0.50%", "0.0001", "0.50%"}));
    CHECK(pickups.values[0].points == 0.14);
    CHECK(pickups.values[2].points == 0.01);
}

TEST_CASE("import: the percent scale decision table")
{
    struct Row
    {
        std::vector<const char*> measure; // the measure's values; the first one is judged
        double points;
        Scale scale;
        bool warned;
    };
    const Row rows[] = {
        // a percent sign: as written, whatever the neighbours
        {{"75%", "0.75", "0.8"}, 75, Scale::PercentSign, false},
        {{"0.5%", "0.2", "0.3"}, 0.5, Scale::PercentSign, false},
        {{"100%", "1", "1"}, 100, Scale::PercentSign, false},
        // zero is zero on either scale
        {{"0", "0.75"}, 0, Scale::Points, false},
        {{"0", "75%"}, 0, Scale::Points, false},
        // a bare value above 1.5 is points
        {{"75", "0.75", "0.8"}, 75, Scale::Points, false},
        {{"1.6", "0.75"}, 1.6, Scale::Points, false},
        {{"122", "100%"}, 122, Scale::Points, false},
        // no anchors: fractions; silent below 1, warned from 1 up to 1.5
        {{"0.75", "0.8"}, 75, Scale::Fraction, false},
        {{"1", "0.8"}, 100, Scale::Fraction, true},
        {{"1.5", "0.8"}, 150, Scale::Fraction, true},
        // anchors with median m >= 10 |x|: fraction, warned
        {{"0.96", "95%", "97%"}, 96, Scale::Fraction, true},
        {{"1", "89%"}, 100, Scale::Fraction, true},
        {{"1", "10%"}, 100, Scale::Fraction, true}, // the tie reads as a fraction
        {{"0.3", "3%"}, 30, Scale::Fraction, true}, // a tie too, though 10 * 0.3 > 3 in binary
        {{"1", "85", "90", "100"}, 100, Scale::Fraction, true},
        // anchors with median m < 10 |x|: points, warned
        {{"1", "9%"}, 1, Scale::Points, true},
        {{"0.4", "2%", "4%"}, 0.4, Scale::Points, true},
        {{"1.2", "2", "3"}, 1.2, Scale::Points, true},
        // negative values are judged by their size
        {{"-0.15", "20%", "-30%"}, -15, Scale::Fraction, true},
        {{"-0.15", "0.2"}, -15, Scale::Fraction, false},
    };
    for (const Row& row : rows) {
        const PercentScaleResult r = PercentScale::toPoints(cells(row.measure));
        const PercentReading& v = r.values.front();
        INFO("judged " << row.measure.front() << " among " << row.measure.size() - 1 << " others -> "
                       << show(v));
        REQUIRE(v.points.has_value());
        CHECK(*v.points == Approx(row.points).epsilon(1e-12));
        CHECK(v.scale == row.scale);
        CHECK(v.warnings.isEmpty() != row.warned);
    }
}

TEST_CASE("import: empty and missing values pass through percent scaling and are no neighbours")
{
    const PercentScaleResult r =
        PercentScale::toPoints(cells({"", "N/A", "\xC2\xA0", "No Data", "0.75", "6500-7000", "1"}));
    REQUIRE(r.values.size() == 7);
    for (std::size_t i : {0, 1, 2, 3, 5}) {
        INFO("cell " << i);
        CHECK(r.values[i].scale == Scale::None);
        CHECK_FALSE(r.values[i].points.has_value());
        CHECK(r.values[i].warnings.isEmpty());
    }
    // "6500-7000" must not act as a points anchor that would turn 0.75 into 0.75 %.
    CHECK(r.values[4].points == 75.0);
    CHECK(r.values[6].points == 100.0);
    CHECK(PercentScale::toPoints({}).values.empty());
}
