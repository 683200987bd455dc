// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The city's workbook imported ONCE, through the real binary (`yardstick new`, `yardstick import
// --report`), with what the tests assert through: the report, `list --json` and `info --json`.

#include "TempDir.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

namespace Catch {
// QString in failure messages as its text.
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// Runs the real yardstick binary without a display, as a script would.
inline CliRun runYardstick(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(YS_YARDSTICK_BIN), arguments);
    REQUIRE(process.waitForFinished(120000));
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QString baltimoreWorkbook()
{
    return sharedData(QStringLiteral("baltimore/Performance_Data.xlsx"));
}

inline QString baltimoreReferenceDir()
{
    return sharedData(QStringLiteral("baltimore"));
}

inline QJsonObject infoOf(const QString& plan)
{
    const CliRun info = runYardstick({QStringLiteral("info"), plan, QStringLiteral("--json")});
    INFO(info.err.toStdString());
    REQUIRE(info.exitCode == 0);
    return info.json().object();
}

inline QJsonArray listOf(const QString& plan)
{
    const CliRun list = runYardstick({QStringLiteral("list"), plan, QStringLiteral("--json")});
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    return list.json().array();
}

// The workbook imported once and kept in the build folder, shared by every test process (ctest runs
// each test case in its own): made again when the binary or the workbook changed, under a lock so that
// parallel test processes make it once.
class BaltimoreFixture
{
public:
    static const BaltimoreFixture& get()
    {
        static const BaltimoreFixture fixture;
        return fixture;
    }

    QString plan;           // the imported plan file: copy it before changing it
    CliRun import;          // the import's own run (its text report on stdout)
    QJsonObject report;     // --report
    QJsonArray measures;    // list --json
    QJsonObject info;       // info --json

    QJsonObject counts() const { return report.value(QStringLiteral("counts")).toObject(); }

    // The measure of that title (and service number, when given); an empty object when none.
    QJsonObject measure(const QString& title, int service = 0) const
    {
        for (const auto& m : measures) {
            const QJsonObject o = m.toObject();
            if (o.value(QStringLiteral("title")).toString() == title &&
                (service == 0 || o.value(QStringLiteral("service")).toInt() == service))
                return o;
        }
        return {};
    }

    // The issues of a kind ("warning", "conflict", "rounding", "skipped").
    std::vector<QJsonObject> issues(const QString& kind) const
    {
        std::vector<QJsonObject> out;
        for (const auto& i : report.value(QStringLiteral("issues")).toArray())
            if (i.toObject().value(QStringLiteral("kind")).toString() == kind)
                out.push_back(i.toObject());
        return out;
    }

    // A copy of the imported plan file in `dir`, to change without touching the shared one.
    QString copyTo(const TempDir& dir, const QString& name = QStringLiteral("copy.yardstick")) const
    {
        const QString path = dir.path(name);
        REQUIRE(QFile::copy(plan, path));
        return path;
    }

private:
    BaltimoreFixture()
    {
        const QDir dir(QStringLiteral(YS_BINARY_DIR "/tests/import/baltimore-fixture"));
        REQUIRE(dir.mkpath(QStringLiteral(".")));
        QLockFile lock(dir.filePath(QStringLiteral("make.lock")));
        lock.setStaleLockTime(0);
        REQUIRE(lock.lock());
        plan = dir.filePath(QStringLiteral("baltimore.yardstick"));
        const QString stampPath = dir.filePath(QStringLiteral("stamp"));
        const QString reportPath = dir.filePath(QStringLiteral("report.json"));
        const QString outPath = dir.filePath(QStringLiteral("import.txt"));
        const QString listPath = dir.filePath(QStringLiteral("list.json"));
        const QString infoPath = dir.filePath(QStringLiteral("info.json"));
        if (readText(stampPath) != stamp() || !QFile::exists(plan) || !QFile::exists(reportPath) ||
            !QFile::exists(listPath) || !QFile::exists(infoPath)) {
            QFile::remove(stampPath);
            QFile::remove(plan);
            REQUIRE(runYardstick({QStringLiteral("new"), plan}).exitCode == 0);
            import = runYardstick({QStringLiteral("import"), plan, baltimoreWorkbook(), QStringLiteral("--format"),
                                   QStringLiteral("baltimore-xlsx"), QStringLiteral("--report"), reportPath});
            INFO(import.err.toStdString());
            REQUIRE(import.exitCode == 0);
            REQUIRE(writeText(outPath, import.out));
            REQUIRE(writeText(listPath, QString::fromUtf8(QJsonDocument(listOf(plan)).toJson())));
            REQUIRE(writeText(infoPath, QString::fromUtf8(QJsonDocument(infoOf(plan)).toJson())));
            REQUIRE(writeText(stampPath, stamp()));
        }
        import.exitCode = 0;
        import.out = readText(outPath);
        report = QJsonDocument::fromJson(readText(reportPath).toUtf8()).object();
        measures = QJsonDocument::fromJson(readText(listPath).toUtf8()).array();
        info = QJsonDocument::fromJson(readText(infoPath).toUtf8()).object();
    }

    // What the shared file was made from: the binary and the workbook, by size and time.
    static QString stamp()
    {
        QString text;
        for (const QString& path : {QStringLiteral(YS_YARDSTICK_BIN), baltimoreWorkbook()}) {
            const QFileInfo info(path);
            text += QStringLiteral("%1 %2 %3\n").arg(path).arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
        }
        return text;
    }

    static QString readText(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    static bool writeText(const QString& path, const QString& text)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
    }
};

// The value of a measure in a fiscal year ("FY25") and period ("annual", "Q1"); empty when none.
inline QJsonObject valueOf(const QJsonObject& measure, const QString& fiscalYear,
                           const QString& period = QStringLiteral("annual"))
{
    for (const auto& v : measure.value(QStringLiteral("values")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("fiscal_year")).toString() == fiscalYear &&
            o.value(QStringLiteral("period")).toString() == period)
            return o;
    }
    return {};
}

inline QJsonObject valueOf(const QJsonObject& measure, const char* fiscalYear, const char* period = "annual")
{
    return valueOf(measure, QLatin1String(fiscalYear), QLatin1String(period));
}
