// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageFixture.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

TEST_CASE("storage: a second opener is told who holds the file and gets it read-only")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("shared.yardstick"));
    SmallPlan first(path);
    REQUIRE(QFile::exists(path + QStringLiteral(".lock")));

    auto second = PlanFile::open(path, {PlanFile::Access::ReadWrite, true, QStringLiteral("second")});
    REQUIRE(second.ok());
    CHECK((*second)->isReadOnly());
    REQUIRE((*second)->lockHolder().has_value());
    CHECK((*second)->lockHolder()->user == QStringLiteral("tester"));
    CHECK((*second)->lockHolder()->pid == QCoreApplication::applicationPid());
    CHECK((*second)->lockHolder()->since.isValid());
    CHECK((*second)->readOnlyReason().contains(QStringLiteral("tester on ")));
    CHECK_FALSE(MeasureRepository(**second).addMeasure(first.measure(QStringLiteral("x"))).ok());

    // When the first closes, the lock goes with it.
    second->reset();
    first.file.reset();
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
}

TEST_CASE("storage: a stale lock left by a dead process is detected and taken over")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("stale.yardstick"));
    { SmallPlan plan(path); }
    QJsonObject lock;
    lock.insert(QStringLiteral("user"), QStringLiteral("gone"));
    lock.insert(QStringLiteral("host"), FileLock::currentHost());
    lock.insert(QStringLiteral("pid"), 2147483000.0); // no such process
    lock.insert(QStringLiteral("since"), QStringLiteral("2026-01-01T00:00:00Z"));
    QFile f(path + QStringLiteral(".lock"));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(lock).toJson());
    f.close();

    const auto holder = FileLock::holder(path);
    REQUIRE(holder.has_value());
    CHECK(FileLock::isStale(*holder));

    auto refused = PlanFile::open(path, {PlanFile::Access::ReadWrite, false, {}});
    REQUIRE(refused.ok());
    CHECK((*refused)->isReadOnly());
    refused->reset();

    auto taken = PlanFile::open(path, {PlanFile::Access::ReadWrite, true, QStringLiteral("me")});
    REQUIRE(taken.ok());
    CHECK_FALSE((*taken)->isReadOnly());
    CHECK((*taken)->notices().join(QString()).contains(QStringLiteral("taken over")));
    CHECK(FileLock::holder(path)->user == QStringLiteral("me"));
}

TEST_CASE("storage: a lock from another machine is never taken over")
{
    LockHolder remote{QStringLiteral("ana"), QStringLiteral("another-host.example"), 1, QDateTime::currentDateTimeUtc()};
    CHECK_FALSE(FileLock::isStale(remote));
}
