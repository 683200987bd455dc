// SPDX-License-Identifier: GPL-3.0-or-later
// `yardstick import --format csv` and `yardstick export` through the real binary.
#include "CsvTestSupport.h"
#include "TrickyPlan.h"

#include "io/formats/XlsxWorkbook.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

using namespace ys;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run yardstick(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(YS_YARDSTICK_BIN), arguments);
    REQUIRE(process.waitForFinished(120'000));
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString trickyPlan(const TempDir& dir)
{
    auto file = newPlanFile(dir, QStringLiteral("tricky.yardstick"));
    buildTrickyPlan(*file);
    return file->path();
}

} // namespace

TEST_CASE("cli: import --format csv of the DC file prints its report and export --csv writes every measure")
{
    TempDir dir;
    const QString plan = dir.path(QStringLiteral("dc.yardstick"));
    REQUIRE(yardstick({QStringLiteral("new"), plan}).exitCode == 0);
    const QString reportPath = dir.path(QStringLiteral("report.json"));
    const Run imported =
        yardstick({QStringLiteral("import"), plan, dcCsv(), QStringLiteral("--format"), QStringLiteral("csv"),
                   QStringLiteral("--mapping"), dcMapping(), QStringLiteral("--report"), reportPath});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QLatin1String("1537 rows read")));
    CHECK(imported.out.contains(QLatin1String("measures created 1537")));
    const QJsonObject counts =
        QJsonDocument::fromJson(readBytes(reportPath)).object().value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("agencies")).toInt() == 71);
    CHECK(counts.value(QStringLiteral("measures_created")).toInt() == 1537);

    const QJsonObject info =
        QJsonDocument::fromJson(
            yardstick({QStringLiteral("info"), plan, QStringLiteral("--json")}).out.toUtf8())
            .object();
    CHECK(info.value(QStringLiteral("measures")).toInt() == 1537);
    CHECK(info.value(QStringLiteral("agencies")).toInt() == 71);

    const QString csv = dir.path(QStringLiteral("dc-export.csv"));
    const Run exported = yardstick({QStringLiteral("export"), plan, QStringLiteral("--csv"), csv});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(QLatin1String("1537 measures written")));
    const QByteArray bytes = readBytes(csv);
    CHECK(bytes.count("\r\n") == 1538);
    CHECK(bytes.contains("FY13 Target Missing Reason"));
    CHECK(bytes.contains("workload measure: no target"));

    // The export imports back into a new file without a mapping.
    const QString back = dir.path(QStringLiteral("back.yardstick"));
    REQUIRE(yardstick({QStringLiteral("new"), back}).exitCode == 0);
    const Run reimported =
        yardstick({QStringLiteral("import"), back, csv, QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(reimported.err.toStdString());
    REQUIRE(reimported.exitCode == 0);
    CHECK(planDump(*openPlanFile(back)) == planDump(*openPlanFile(plan)));
}

TEST_CASE("cli: export --xlsx writes numbers as numeric cells and guards text that looks like a formula")
{
    TempDir dir;
    const QString plan = trickyPlan(dir);
    const QString xlsx = dir.path(QStringLiteral("measures.xlsx"));
    const Run run = yardstick({QStringLiteral("export"), plan, QStringLiteral("--xlsx"), xlsx});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // The temporary workbook was renamed into place, not left beside it.
    CHECK(QDir(dir.root())
              .entryList({QStringLiteral(".measures.xlsx.*")}, QDir::Files | QDir::Hidden)
              .isEmpty());

    auto book = io::XlsxWorkbook::open(xlsx);
    REQUIRE(book.ok());
    CHECK(book->sheetNames() == QStringList{QStringLiteral("Measures")});
    auto sheet = book->readSheet(0);
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rows.size() == 6);
    QStringList header;
    for (const auto& cell : sheet->rows[0].cells)
        header << cell.text;
    const int title = int(header.indexOf(QStringLiteral("Title")));
    const int target26 = int(header.indexOf(QStringLiteral("FY26 Target")));
    const int actual26 = int(header.indexOf(QStringLiteral("FY26 Actual")));
    const int service = int(header.indexOf(QStringLiteral("Service")));
    REQUIRE(title >= 0);
    REQUIRE(target26 >= 0);
    QStringList titles;
    for (size_t r = 1; r < sheet->rows.size(); ++r) {
        const auto& row = sheet->rows[r];
        for (const auto& cell : row.cells)
            CHECK_FALSE(cell.formula);
        const io::XlsxCell& t = row.cell(title);
        CHECK(t.kind == io::XlsxCell::Kind::Text);
        titles << t.text;
        if (t.text == QLatin1String("'=SUM(A1)")) {
            CHECK(row.cell(target26).kind == io::XlsxCell::Kind::Number);
            CHECK(row.cell(target26).number == -5.0);
            CHECK(row.cell(actual26).number == -2.5);
            CHECK(row.cell(service).kind == io::XlsxCell::Kind::Number);
            CHECK(row.cell(service).number == 185.0);
        }
    }
    for (const char* guarded : {"'=SUM(A1)", "'@cmd", "'+1", "'-2 items"})
        CHECK(titles.contains(QLatin1String(guarded)));
}

TEST_CASE("cli: export usage errors exit 2 with one sentence")
{
    TempDir dir;
    const QString plan = trickyPlan(dir);
    const QString out = dir.path(QStringLiteral("out.csv"));
    const auto usage = [&](const QStringList& arguments, const char* sentence) {
        const Run run = yardstick(QStringList{QStringLiteral("export"), plan} + arguments);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QLatin1String(sentence)));
        CHECK_FALSE(QFile::exists(out));
    };
    usage({}, "name the output");
    usage({QStringLiteral("--csv"), out, QStringLiteral("--xlsx"), dir.path(QStringLiteral("out.xlsx"))},
          "one output at a time");
    usage({QStringLiteral("--pdf"), out, QStringLiteral("--csv"), dir.path(QStringLiteral("out.csv"))},
          "one output at a time");
    usage({QStringLiteral("--pdf"), out, QStringLiteral("--paper"), QStringLiteral("a3")}, "--paper");
    usage({QStringLiteral("--html"), out}, "html");
    usage({QStringLiteral("--csv"), out, QStringLiteral("--cycle"), QStringLiteral("next year")}, "--cycle");
    usage({QStringLiteral("--csv"), plan}, "the plan file itself");
}

TEST_CASE("cli: export works on a plan file locked by another program with a notice")
{
    TempDir dir;
    const QString plan = trickyPlan(dir);
    auto holder = openPlanFile(plan); // this process holds the file for writing
    REQUIRE_FALSE(holder->isReadOnly());
    const QString out = dir.path(QStringLiteral("locked.csv"));
    const Run run = yardstick({QStringLiteral("export"), plan, QStringLiteral("--csv"), out});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK_FALSE(run.err.isEmpty());
    CHECK(run.out.contains(QLatin1String("5 measures written")));
    CHECK(QFile::exists(out));
}

TEST_CASE("cli: export to a folder that cannot be written exits 4 and leaves no file")
{
    TempDir dir;
    const QString plan = trickyPlan(dir);
    for (const char* option : {"--csv", "--xlsx"}) {
        const QString out = dir.path(QStringLiteral("missing-folder/out.file"));
        const Run run = yardstick({QStringLiteral("export"), plan, QLatin1String(option), out});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 4);
        CHECK(run.err.contains(QLatin1String("missing-folder")));
        CHECK_FALSE(QFile::exists(out));
    }
}
