// SPDX-License-Identifier: GPL-3.0-or-later
// The city's real workbook, imported once through the real binary; real values asserted through
// `yardstick list --json` and the import report.
#include "BaltimoreFixture.h"

#include <QRegularExpression>

namespace {

// A value's number, or NaN when it has none (so that CHECK shows it).
double actualOf(const QJsonObject& measure, const char* year, const char* period = "annual")
{
    const QJsonValue v = valueOf(measure, QLatin1String(year), QLatin1String(period)).value(QStringLiteral("actual"));
    return v.isDouble() ? v.toDouble() : std::nan("");
}

double targetOf(const QJsonObject& measure, const char* year, const char* period = "annual")
{
    const QJsonValue v = valueOf(measure, QLatin1String(year), QLatin1String(period)).value(QStringLiteral("target"));
    return v.isDouble() ? v.toDouble() : std::nan("");
}

QString rawOf(const QJsonObject& measure, const char* year, const char* side, const char* period = "annual")
{
    return valueOf(measure, QLatin1String(year), QLatin1String(period))
        .value(QStringLiteral("raw"))
        .toObject()
        .value(QLatin1String(side))
        .toString();
}

// What a person would call a number: digits with optional sign, thousands commas, point, exponent, and
// a "%" or "$" (independent of NumberText, to check it).
bool looksNumeric(const QString& raw)
{
    static const QRegularExpression number(QStringLiteral(R"(^\s*\(?[-+]?\$?\s*[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?)"
                                                          R"(([eE][-+]?\d+)?\s*%?\)?\s*$)"));
    const QString trimmed = raw.trimmed();
    return !trimmed.isEmpty() && trimmed.contains(QRegularExpression(QStringLiteral("\\d"))) &&
           number.match(trimmed).hasMatch();
}

} // namespace

TEST_CASE("import: Baltimore workbook holds 37 agencies, 56 plan owners and 206 services")
{
    const auto& f = BaltimoreFixture::get();
    CHECK(f.info.value(QStringLiteral("agencies")).toInt() == 37);
    CHECK(f.info.value(QStringLiteral("owners")).toInt() == 56);
    CHECK(f.info.value(QStringLiteral("services")).toInt() == 206);
    // One plan per owner and cycle: the FY26 and FY27 plans of the owners that have rows in each.
    CHECK(f.info.value(QStringLiteral("plans")).toInt() == f.counts().value(QStringLiteral("plans")).toInt());
    CHECK(f.info.value(QStringLiteral("measures")).toInt() == f.counts().value(QStringLiteral("measures_created")).toInt());
    CHECK(f.info.value(QStringLiteral("measures")).toInt() == int(f.measures.size()));
    CHECK(f.info.value(QStringLiteral("values")).toInt() > 5000);

    const QJsonObject counts = f.counts();
    CHECK(counts.value(QStringLiteral("rows_read")).toInt() == 1465);
    CHECK(counts.value(QStringLiteral("agencies")).toInt() == 37);
    CHECK(counts.value(QStringLiteral("owners")).toInt() == 56);
    CHECK(counts.value(QStringLiteral("services")).toInt() == 206);
    // Most measures appear in both cycles: far fewer measures than rows, never more.
    CHECK(f.measures.size() < 1465);
    CHECK(f.measures.size() > 1465 / 2);
}

TEST_CASE("import: every row of the Baltimore workbook is in a measure or listed as skipped")
{
    const auto& f = BaltimoreFixture::get();
    // The real file has no row without a title or a service: all 1,465 rows are measures' rows, each
    // measure linked to the plan of every cycle its rows appear in.
    CHECK(f.issues(QStringLiteral("skipped")).empty());
    int fy26 = 0;
    int fy27 = 0;
    for (const auto& m : f.measures)
        for (const auto& cycle : m.toObject().value(QStringLiteral("cycles")).toArray()) {
            fy26 += cycle.toString() == QLatin1String("FY26") ? 1 : 0;
            fy27 += cycle.toString() == QLatin1String("FY27") ? 1 : 0;
        }
    CHECK(fy26 == 791);
    CHECK(fy27 == 674);
}

TEST_CASE("import: zoning appeal days keep 71.25 over the FY27 row's rounded 71")
{
    const auto& f = BaltimoreFixture::get();
    const QJsonObject m = f.measure(QStringLiteral("Average # of days from filing a zoning appeal to a public hearing"), 185);
    REQUIRE_FALSE(m.isEmpty());
    CHECK(m.value(QStringLiteral("direction")).toString() == QStringLiteral("decrease"));
    CHECK(m.value(QStringLiteral("agency")).toString() == QStringLiteral("AGC7900"));
    CHECK(m.value(QStringLiteral("owner")).toString() == QStringLiteral("Baltimore City Board of Municipal and Zoning Appeals"));
    CHECK(m.value(QStringLiteral("cycles")).toArray() == QJsonArray({QStringLiteral("FY26"), QStringLiteral("FY27")}));
    CHECK(actualOf(m, "FY21") == 55);
    CHECK(actualOf(m, "FY22") == 74);
    CHECK(actualOf(m, "FY23") == 88);
    CHECK(actualOf(m, "FY24") == 100);
    CHECK(actualOf(m, "FY25") == 71.25);
    CHECK(targetOf(m, "FY24") == 60);
    CHECK(targetOf(m, "FY25") == 60);
    CHECK(targetOf(m, "FY26") == 75);
    CHECK(targetOf(m, "FY27") == 60);
    CHECK(actualOf(m, "FY25", "Q4") == 56);
    CHECK(actualOf(m, "FY26", "Q1") == 35); // only the FY26 row has it; the FY27 row's blank does not erase it
    CHECK(valueOf(m, "FY26", "Q1").value(QStringLiteral("actual_note")).toString().startsWith(QStringLiteral("TOok sampling")));
    CHECK(valueOf(m, "FY24").value(QStringLiteral("actual_note")).toString().startsWith(
        QStringLiteral("The average number of days between filing an appeal")));

    bool rounding = false;
    for (const auto& issue : f.issues(QStringLiteral("rounding")))
        if (issue.value(QStringLiteral("row")).toInt() == 8 && issue.value(QStringLiteral("raw")).toString() == QStringLiteral("71") &&
            issue.value(QStringLiteral("column")).toString() == QStringLiteral("FY 25 Actual"))
            rounding = issue.value(QStringLiteral("reason")).toString().contains(QStringLiteral("71.25 is kept"));
    CHECK(rounding);
}

TEST_CASE("import: judicial review percentages are percent points whatever the file wrote")
{
    const auto& f = BaltimoreFixture::get();
    const QJsonObject m = f.measure(QStringLiteral("% of appeals upheld by judicial review"), 185);
    REQUIRE_FALSE(m.isEmpty());
    CHECK(m.value(QStringLiteral("unit")).toString() == QStringLiteral("percent"));
    CHECK(actualOf(m, "FY21") == 75);
    CHECK(actualOf(m, "FY22") == 75);
    CHECK(actualOf(m, "FY23") == 71);
    CHECK(actualOf(m, "FY24") == 89);
    CHECK(rawOf(m, "FY24", "actual") == QStringLiteral("89%"));
    CHECK(targetOf(m, "FY24") == 75);
    CHECK(targetOf(m, "FY26") == 75);
    CHECK(targetOf(m, "FY27") == 75);
    CHECK(rawOf(m, "FY27", "target") == QStringLiteral("75"));
    CHECK(rawOf(m, "FY21", "actual") == QStringLiteral("0.75"));
    // Bare "1" beside "89%", "100" and "75": 100 %, warned as ambiguous.
    for (const char* period : {"Q1", "Q2", "Q3", "annual"}) {
        INFO(period);
        CHECK(actualOf(m, "FY25", period) == 100);
        CHECK(rawOf(m, "FY25", "actual", period) == QStringLiteral("1"));
    }
    CHECK(actualOf(m, "FY25", "Q4") == 0);
    QSet<QString> warned;
    for (const auto& issue : f.issues(QStringLiteral("warning"))) {
        const QString reason = issue.value(QStringLiteral("reason")).toString();
        if ((issue.value(QStringLiteral("row")).toInt() == 6 || issue.value(QStringLiteral("row")).toInt() == 10) &&
            reason.contains(QStringLiteral("ambiguous percent \"1\": read as 100 %")))
            warned.insert(issue.value(QStringLiteral("column")).toString());
    }
    CHECK(warned == QSet<QString>{QStringLiteral("FY 25 Q1"), QStringLiteral("FY 25 Q2"), QStringLiteral("FY 25 Q3"),
                                  QStringLiteral("FY 25 Actual")});
}

TEST_CASE("import: N/A in a number cell is a missing value with its reason, never a zero")
{
    const auto& f = BaltimoreFixture::get();
    const QJsonObject m = f.measure(
        QStringLiteral("% of Climate Action Plan (CAP) recommendations completed or progressed annually"), 765);
    REQUIRE_FALSE(m.isEmpty());
    for (const char* year : {"FY22", "FY23"}) {
        INFO(year);
        const QJsonObject v = valueOf(m, QLatin1String(year));
        CHECK(v.value(QStringLiteral("actual")).isNull());
        CHECK(v.value(QStringLiteral("actual_missing_reason")).toString() == QStringLiteral("N/A"));
        CHECK(v.value(QStringLiteral("raw")).toObject().value(QStringLiteral("actual")).toString() == QStringLiteral("N/A"));
    }
}

TEST_CASE("import: a service under two names is one service, and the report names both")
{
    const auto& f = BaltimoreFixture::get();
    QStringList clashes;
    for (const auto& issue : f.issues(QStringLiteral("warning")))
        if (issue.value(QStringLiteral("topic")).toString() == QStringLiteral("one service under two names"))
            clashes.append(issue.value(QStringLiteral("raw")).toString());
    clashes.sort();
    CHECK(clashes == QStringList{QStringLiteral("SRV0385 Legal Aid"), QStringLiteral("SRV0651 Recreation for Seniors")});
}

TEST_CASE("import: 99% of numeric cells are numbers and no text is stored as a number")
{
    const auto& f = BaltimoreFixture::get();
    const int cells = f.counts().value(QStringLiteral("value_cells")).toInt();
    const int numbers = f.counts().value(QStringLiteral("value_cells_as_numbers")).toInt();
    // Every cell read as text is in the report with its raw text; those that look numeric were refused
    // as numbers (ambiguous writing) and must stay under 1 % of the numeric cells.
    int textCells = 0;
    int numericRefused = 0;
    for (const auto& issue : f.issues(QStringLiteral("warning")))
        if (issue.value(QStringLiteral("topic")).toString() == QStringLiteral("text in a number cell kept as the reason")) {
            ++textCells;
            numericRefused += looksNumeric(issue.value(QStringLiteral("raw")).toString()) ? 1 : 0;
        }
    CHECK(cells == numbers + textCells);
    CHECK(textCells > 300);
    const int numericCells = numbers + numericRefused;
    CHECK(numbers >= 0.99 * numericCells);

    // No text became a number: every stored number came from a numeric-looking text.
    int stored = 0;
    for (const auto& m : f.measures)
        for (const auto& v : m.toObject().value(QStringLiteral("values")).toArray())
            for (const char* side : {"target", "actual"}) {
                const QJsonObject value = v.toObject();
                if (!value.value(QLatin1String(side)).isDouble())
                    continue;
                ++stored;
                const QString raw = value.value(QStringLiteral("raw")).toObject().value(QLatin1String(side)).toString();
                INFO(raw.toStdString());
                CHECK(looksNumeric(raw));
            }
    CHECK(stored > 5000);
}

TEST_CASE("import: Baltimore types, directions and misspellings are read and reported")
{
    const auto& f = BaltimoreFixture::get();
    int input = 0;
    int unspecifiedDirection = 0;
    for (const auto& m : f.measures) {
        input += m.toObject().value(QStringLiteral("type")).toString() == QStringLiteral("input") ? 1 : 0;
        unspecifiedDirection += m.toObject().value(QStringLiteral("direction")).toString() == QStringLiteral("unspecified");
    }
    CHECK(input > 0);
    CHECK(unspecifiedDirection > 0);
    bool ouput = false;
    int outsideFour = 0;
    int noDirection = 0;
    for (const auto& issue : f.issues(QStringLiteral("warning"))) {
        ouput = ouput || (issue.value(QStringLiteral("raw")).toString() == QStringLiteral("Ouput") &&
                          issue.value(QStringLiteral("reason")).toString().contains(QStringLiteral("read as Output")));
        outsideFour += issue.value(QStringLiteral("topic")).toString() == QStringLiteral("type outside the four types");
        noDirection += issue.value(QStringLiteral("topic")).toString() == QStringLiteral("no desired outcome");
    }
    CHECK(ouput);
    CHECK(outsideFour == 50);
    CHECK(noDirection == unspecifiedDirection);
    // The text report is readable: counts first, then issues by kind.
    CHECK(f.import.out.contains(QStringLiteral("agencies 37, plan owners 56, services 206")));
    CHECK(f.import.out.contains(QStringLiteral("by kind, with the first of each:")));
}
