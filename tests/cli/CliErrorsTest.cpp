// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "storage/Schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void sql(const QString& path, const QString& statement)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-test"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli-test"));
}

// One clear sentence: a single line on stderr naming the file.
void checkOneSentence(const CliResult& result, const QString& path)
{
    INFO(result.err.toStdString());
    CHECK(result.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(result.err.contains(path));
    CHECK(result.out.isEmpty());
}

} // namespace

TEST_CASE("cli: a text file gives exit code 3 and one clear sentence")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.txt"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a plan\n");
    f.close();
    for (const char* verb : {"info", "list", "check"}) {
        const CliResult r = yardstick({QLatin1String(verb), path});
        CHECK(r.exitCode == 3);
        checkOneSentence(r, path);
    }
}

TEST_CASE("cli: a truncated plan file gives exit code 3, never a crash or a hang")
{
    TempDir dir;
    const QString path = samplePlan(dir);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.resize(f.size() / 3));
    f.close();
    const CliResult r = yardstick({QStringLiteral("list"), path, QStringLiteral("--json")}, 10000);
    CHECK(r.exitCode == 3);
    checkOneSentence(r, path);
    CHECK(r.err.contains(QStringLiteral("damaged")));
}

TEST_CASE("cli: another program's SQLite database gives exit code 3")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("other.sqlite"));
    sql(path, QStringLiteral("CREATE TABLE t (x)"));
    const QByteArray before = hashOf(path);
    const CliResult r = yardstick({QStringLiteral("info"), path});
    CHECK(r.exitCode == 3);
    checkOneSentence(r, path);
    CHECK(hashOf(path) == before);
    CHECK(yardstick({QStringLiteral("info"), dir.path(QStringLiteral("missing.yardstick"))}).exitCode == 3);
}

TEST_CASE("cli: a file of a newer version is read with a notice and refused for writing with exit code 4")
{
    TempDir dir;
    const QString path = samplePlan(dir);
    sql(path, QStringLiteral("PRAGMA user_version = %1").arg(ys::storage::Schema::currentVersion() + 1));
    const QByteArray before = hashOf(path);
    const CliResult info = yardstick({QStringLiteral("info"), path, QStringLiteral("--json")});
    CHECK(info.exitCode == 0);
    CHECK(info.err.contains(QStringLiteral("newer version")));
    CHECK(info.json().object().value(QStringLiteral("measures")).toInt() >= 20);
    CHECK(yardstick({QStringLiteral("list"), path, QStringLiteral("--json")}).exitCode == 0);

    const CliResult write = yardstick({QStringLiteral("import"), path, QStringLiteral(YS_SAMPLE_JSON), QStringLiteral("--format"),
                                       QStringLiteral("yardstick-json")});
    CHECK(write.exitCode == 4);
    CHECK(write.err.contains(QStringLiteral("newer version")));
    CHECK(hashOf(path) == before);
}

TEST_CASE("cli: a file open in another program is read with a notice and refused for writing")
{
    TempDir dir;
    const QString path = samplePlan(dir);
    // This test process holds the lock, as an open Yardstick window would.
    QFile lock(path + QStringLiteral(".lock"));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write(QStringLiteral("{\"user\":\"maria\",\"host\":\"%1\",\"pid\":%2,\"since\":\"2026-11-25T08:00:00Z\"}")
                   .arg(QSysInfo::machineHostName())
                   .arg(QCoreApplication::applicationPid())
                   .toUtf8());
    lock.close();
    const QByteArray before = hashOf(path);
    const CliResult info = yardstick({QStringLiteral("info"), path});
    CHECK(info.exitCode == 0);
    CHECK(info.err.contains(QStringLiteral("maria")));
    const CliResult write = yardstick({QStringLiteral("import"), path, QStringLiteral(YS_SAMPLE_JSON), QStringLiteral("--format"),
                                       QStringLiteral("yardstick-json")});
    CHECK(write.exitCode == 4);
    CHECK(write.err.contains(QStringLiteral("maria")));
    CHECK(hashOf(path) == before);
}

TEST_CASE("cli: wrong usage gives exit code 2 with a sentence")
{
    TempDir dir;
    CHECK(yardstick({QStringLiteral("info")}).exitCode == 2);
    CHECK(yardstick({QStringLiteral("info"), QStringLiteral("a"), QStringLiteral("b")}).exitCode == 2);
    const CliResult unknownOption = yardstick({QStringLiteral("list"), QStringLiteral("x"), QStringLiteral("--colour")});
    CHECK(unknownOption.exitCode == 2);
    CHECK(unknownOption.err.contains(QStringLiteral("colour")));
    CHECK(yardstick({QStringLiteral("--frobnicate")}).exitCode == 2);
    const QString path = samplePlan(dir);
    CHECK(yardstick({QStringLiteral("import"), path, QStringLiteral(YS_SAMPLE_JSON)}).exitCode == 2); // no --format
    CHECK(yardstick({QStringLiteral("import"), path, QStringLiteral(YS_SAMPLE_JSON), QStringLiteral("--format"),
                     QStringLiteral("lotus-123")}).exitCode == 2);
    CHECK(yardstick({QStringLiteral("check"), path, QStringLiteral("--cycle"), QStringLiteral("next year")}).exitCode == 2);
}

TEST_CASE("cli: new refuses to overwrite a file")
{
    TempDir dir;
    const QString path = samplePlan(dir);
    const QByteArray before = hashOf(path);
    const CliResult r = yardstick({QStringLiteral("new"), path});
    CHECK(r.exitCode == 4);
    CHECK(hashOf(path) == before);
}

TEST_CASE("cli: a broken import source is named, and the plan is left untouched")
{
    TempDir dir;
    const QString path = samplePlan(dir);
    const QString source = dir.path(QStringLiteral("broken.json"));
    QFile f(source);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"yardstick-plan\", \"version\": 1, \"agencies\": [");
    f.close();
    const QByteArray before = hashOf(path);
    const CliResult r = yardstick({QStringLiteral("import"), path, source, QStringLiteral("--format"), QStringLiteral("yardstick-json")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(source));
    CHECK(r.err.contains(QStringLiteral("Nothing was imported")));
    CHECK(hashOf(path) == before);

    // A source that is valid JSON but names an unknown code says which field.
    QFile g(source);
    REQUIRE(g.open(QIODevice::WriteOnly | QIODevice::Truncate));
    g.write("{\"format\": \"yardstick-plan\", \"version\": 1, \"agencies\": [{\"code\": \"AGC1\", \"name\": \"A\", \"kind\": \"cartel\"}]}");
    g.close();
    const CliResult unknown = yardstick({QStringLiteral("import"), path, source, QStringLiteral("--format"), QStringLiteral("yardstick-json")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("cartel")));
    CHECK(hashOf(path) == before);
}
