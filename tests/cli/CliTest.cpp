// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "storage/Schema.h"
#include "storage/SqliteHeader.h"

TEST_CASE("cli: new makes a plan file with our id and version, and info counts it")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("a.yardstick"));
    const CliResult created = yardstick({QStringLiteral("new"), path});
    CHECK(created.exitCode == 0);
    auto header = ys::storage::SqliteHeader::read(path);
    REQUIRE(header.ok());
    CHECK(header->applicationId == ys::storage::Schema::ApplicationId);
    CHECK(header->userVersion >= 1);

    const CliResult info = yardstick({QStringLiteral("info"), path, QStringLiteral("--json")});
    REQUIRE(info.exitCode == 0);
    const QJsonObject o = info.json().object();
    for (const char* key : {"agencies", "plans", "services", "measures", "values"}) {
        INFO(key);
        REQUIRE(o.contains(QLatin1String(key)));
        CHECK(o.value(QLatin1String(key)).isDouble());
        CHECK(o.value(QLatin1String(key)).toInt() == 0);
    }
}

TEST_CASE("cli: new takes the fiscal year's start month and refuses a bad one")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("jan.yardstick"));
    CHECK(yardstick({QStringLiteral("new"), path, QStringLiteral("--fiscal-year-start-month"), QStringLiteral("1")}).exitCode == 0);
    CHECK(yardstick({QStringLiteral("info"), path, QStringLiteral("--json")}).json().object().value(QStringLiteral("fiscal_year_start_month")).toInt() == 1);
    const CliResult bad = yardstick({QStringLiteral("new"), dir.path(QStringLiteral("b.yardstick")),
                                     QStringLiteral("--fiscal-year-start-month"), QStringLiteral("13")});
    CHECK(bad.exitCode == 2);
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("b.yardstick"))));
}

TEST_CASE("cli: info counts the sample plan")
{
    TempDir dir;
    const QString path = samplePlan(dir);
    const QJsonObject o = yardstick({QStringLiteral("info"), path, QStringLiteral("--json")}).json().object();
    CHECK(o.value(QStringLiteral("agencies")).toInt() == 1);
    CHECK(o.value(QStringLiteral("plans")).toInt() == 1);
    CHECK(o.value(QStringLiteral("services")).toInt() >= 4);
    CHECK(o.value(QStringLiteral("measures")).toInt() >= 20);
    CHECK(o.value(QStringLiteral("values")).toInt() > 200);
}

TEST_CASE("cli: list prints every measure with its id, service and values")
{
    TempDir dir;
    const QString path = samplePlan(dir);
    const CliResult listed = yardstick({QStringLiteral("list"), path, QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray measures = listed.json().array();
    REQUIRE(measures.size() >= 20);
    QSet<qint64> ids;
    bool found609 = false;
    for (const auto& value : measures) {
        const QJsonObject m = value.toObject();
        for (const char* key : {"id", "agency", "owner", "service", "title", "type", "direction", "unit", "values"})
            REQUIRE(m.contains(QLatin1String(key)));
        ids.insert(m.value(QStringLiteral("id")).toInteger());
        CHECK(m.value(QStringLiteral("agency")).toString() == QStringLiteral("AGC2500"));
        if (m.value(QStringLiteral("service")).toInt() == 609)
            found609 = true;
        for (const auto& v : m.value(QStringLiteral("values")).toArray()) {
            const QJsonObject vo = v.toObject();
            for (const char* key : {"fiscal_year", "period", "target", "actual", "target_note", "actual_note",
                                    "missing_reason", "raw"})
                REQUIRE(vo.contains(QLatin1String(key)));
            CHECK(vo.value(QStringLiteral("fiscal_year")).toString().startsWith(QStringLiteral("FY")));
            CHECK(QStringList({QStringLiteral("Q1"), QStringLiteral("Q2"), QStringLiteral("Q3"), QStringLiteral("Q4"),
                               QStringLiteral("annual")})
                      .contains(vo.value(QStringLiteral("period")).toString()));
            CHECK((vo.value(QStringLiteral("target")).isNull() || vo.value(QStringLiteral("target")).isDouble()));
        }
    }
    CHECK(ids.size() == measures.size());
    CHECK(found609);
}

TEST_CASE("cli: list filters by agency and says when nothing matches")
{
    TempDir dir;
    const QString path = samplePlan(dir);
    CHECK(yardstick({QStringLiteral("list"), path, QStringLiteral("--agency"), QStringLiteral("AGC2500"), QStringLiteral("--json")})
              .json().array().size() >= 20);
    const CliResult none = yardstick({QStringLiteral("list"), path, QStringLiteral("--agency"), QStringLiteral("AGC0000"), QStringLiteral("--json")});
    CHECK(none.exitCode == 0);
    CHECK(none.json().array().isEmpty());
    CHECK(none.err.contains(QStringLiteral("AGC0000")));
}

TEST_CASE("cli: check reports status, missing elements and SMART findings, and exits 1 at the publish gate")
{
    TempDir dir;
    const QString path = samplePlan(dir);
    const CliResult checked = yardstick({QStringLiteral("check"), path, QStringLiteral("--json")});
    // The sample's FY27 plan lacks FY26 actuals: the gate must not pass (DOMAIN.md).
    CHECK(checked.exitCode == 1);
    const QJsonObject root = checked.json().object();
    CHECK_FALSE(root.value(QStringLiteral("passes_publish_gate")).toBool());
    const QJsonArray plans = root.value(QStringLiteral("plans")).toArray();
    REQUIRE(plans.size() == 1);
    const QJsonObject plan = plans.first().toObject();
    CHECK(plan.value(QStringLiteral("cycle")).toString() == QStringLiteral("FY27"));
    CHECK_FALSE(plan.value(QStringLiteral("publish_gate")).toArray().isEmpty());
    int withStatusYear = 0, inFY25 = 0, incomplete = 0, smart = 0;
    for (const auto& value : plan.value(QStringLiteral("measures")).toArray()) {
        const QJsonObject m = value.toObject();
        const QJsonObject status = m.value(QStringLiteral("status")).toObject();
        if (!status.value(QStringLiteral("fiscal_year")).isNull()) {
            ++withStatusYear;
            // By default the status is for the latest year with a target and a whole year's actual:
            // FY26 has only three quarters so far and is never chosen.
            CHECK(status.value(QStringLiteral("fiscal_year")).toString() != QStringLiteral("FY26"));
            inFY25 += status.value(QStringLiteral("fiscal_year")).toString() == QStringLiteral("FY25") ? 1 : 0;
        }
        incomplete += m.value(QStringLiteral("complete")).toBool() ? 0 : 1;
        smart += int(m.value(QStringLiteral("smart")).toArray().size());
    }
    CHECK(withStatusYear > 10);
    CHECK(inFY25 > 10);
    CHECK(incomplete > 0);
    CHECK(smart > 0);

    const CliResult text = yardstick({QStringLiteral("check"), path});
    CHECK(text.exitCode == 1);
    CHECK(text.out.contains(QStringLiteral("does not pass the publish gate")));
    CHECK(text.out.contains(QStringLiteral("missing:")));
}

TEST_CASE("cli: a dry-run import writes nothing, a real one writes everything")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("dry.yardstick"));
    REQUIRE(yardstick({QStringLiteral("new"), path}).exitCode == 0);
    const CliResult dry = yardstick({QStringLiteral("import"), path, QStringLiteral(YS_SAMPLE_JSON), QStringLiteral("--format"),
                                     QStringLiteral("yardstick-json"), QStringLiteral("--dry-run"), QStringLiteral("--report"),
                                     dir.path(QStringLiteral("report.json"))});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("nothing written")));
    CHECK(yardstick({QStringLiteral("info"), path, QStringLiteral("--json")}).json().object().value(QStringLiteral("measures")).toInt() == 0);
    QFile report(dir.path(QStringLiteral("report.json")));
    REQUIRE(report.open(QIODevice::ReadOnly));
    const QJsonObject counts = QJsonDocument::fromJson(report.readAll()).object().value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("measures_created")).toInt() >= 20);
}

TEST_CASE("cli: help and version answer without a plan")
{
    const CliResult help = yardstick({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Exit codes")));
    for (const char* verb : {"new", "import", "info", "list", "check"})
        CHECK(help.out.contains(QLatin1String(verb)));
    const CliResult verbHelp = yardstick({QStringLiteral("check"), QStringLiteral("--help")});
    CHECK(verbHelp.exitCode == 0);
    CHECK(verbHelp.out.contains(QStringLiteral("--agency")));
    CHECK(verbHelp.out.contains(QStringLiteral("4 a write was refused")));
    const CliResult version = yardstick({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("yardstick ")));
}
