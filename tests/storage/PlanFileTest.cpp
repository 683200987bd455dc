// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageFixture.h"

#include "storage/FileSettings.h"
#include "storage/Schema.h"
#include "storage/SqliteHeader.h"

#include <QDir>
#include <QFileInfo>

TEST_CASE("storage: a new plan file carries our application id and the current schema version")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("new.yardstick"));
    {
        auto file = PlanFile::create(path);
        REQUIRE(file.ok());
        CHECK_FALSE((*file)->isReadOnly());
        CHECK(FileSettings((*file)->connection()).fiscalYearStartMonth() == 7);
    }
    auto header = SqliteHeader::read(path);
    REQUIRE(header.ok());
    CHECK(header->applicationId == Schema::ApplicationId);
    CHECK(header->userVersion == Schema::currentVersion());
    CHECK(header->userVersion >= 1);
}

TEST_CASE("storage: creating a plan over an existing file is refused")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("exists.yardstick"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    auto file = PlanFile::create(path);
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().code == Error::Code::WriteRefused);
    CHECK(fileHash(path) == QCryptographicHash::hash("keep me", QCryptographicHash::Sha256));
}

TEST_CASE("storage: a text file is not a plan, said in one sentence")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.yardstick"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("These are my notes, not a plan.\n");
    f.close();
    auto file = PlanFile::open(path);
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().code == Error::Code::NotAPlan);
    CHECK(file.error().describe().contains(QStringLiteral("not a Yardstick plan")));
}

TEST_CASE("storage: a truncated plan file is reported as damaged")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("whole.yardstick"));
    {
        SmallPlan plan(path);
        MeasureRepository measures(*plan.file);
        for (int i = 0; i < 200; ++i)
            REQUIRE(measures.addMeasure(plan.measure(QStringLiteral("Measure %1 with a long enough title to fill pages").arg(i))).ok());
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.size() > 8192);
    REQUIRE(f.resize(f.size() / 2 + 100));
    f.close();
    auto file = PlanFile::open(path);
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().code == Error::Code::NotAPlan);
    CHECK(file.error().describe().contains(QStringLiteral("damaged")));
}

TEST_CASE("storage: another program's SQLite database is not a plan")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("other.db"));
    rawSql(path, {QStringLiteral("CREATE TABLE contacts (name TEXT)"), QStringLiteral("INSERT INTO contacts VALUES ('x')")});
    const QByteArray before = fileHash(path);
    auto file = PlanFile::open(path);
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().code == Error::Code::NotAPlan);
    CHECK(file.error().describe().contains(QStringLiteral("another program")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("storage: a missing file and an empty file are not plans")
{
    TempDir dir;
    auto missing = PlanFile::open(dir.path(QStringLiteral("nowhere.yardstick")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().describe().contains(QStringLiteral("does not exist")));

    const QString empty = dir.path(QStringLiteral("empty.yardstick"));
    QFile f(empty);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    auto opened = PlanFile::open(empty);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == Error::Code::NotAPlan);
}

TEST_CASE("storage: a file of a newer version opens read-only and refuses writes")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("future.yardstick"));
    { SmallPlan plan(path); }
    rawSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion() + 5)});
    const QByteArray before = fileHash(path);
    auto file = PlanFile::open(path);
    REQUIRE(file.ok());
    CHECK((*file)->isReadOnly());
    CHECK((*file)->isNewerVersion());
    CHECK((*file)->readOnlyReason().contains(QStringLiteral("newer version")));
    Measure m;
    m.title = QStringLiteral("New measure");
    m.ownerId = 1;
    auto refused = MeasureRepository(**file).addMeasure(m);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::WriteRefused);
    auto owners = ReferenceRepository(**file).owners();
    REQUIRE(owners.ok());
    CHECK(owners->size() == 1);
    file->reset();
    CHECK(fileHash(path) == before);
}

TEST_CASE("storage: a read-only file on disk opens read-only and is never written")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("ro.yardstick"));
    { SmallPlan plan(path); }
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    if (QFileInfo(path).isWritable())
    {
        WARN("running as a user who can write read-only files (root): only the open is checked");
        return;
    }
    const QByteArray before = fileHash(path);
    auto file = PlanFile::open(path);
    REQUIRE(file.ok());
    CHECK((*file)->isReadOnly());
    CHECK_FALSE((*file)->notices().isEmpty());
    CHECK_FALSE(PlanRepository(**file).addRisk(Risk{}).ok());
    file->reset();
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
}

TEST_CASE("storage: a file with triggers added by someone else opens read-only")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("trigger.yardstick"));
    { SmallPlan plan(path); }
    rawSql(path, {QStringLiteral("CREATE TABLE stolen (t TEXT)"),
                  QStringLiteral("CREATE TRIGGER spy AFTER INSERT ON measure BEGIN INSERT INTO stolen VALUES (new.title); END")});
    auto file = PlanFile::open(path);
    REQUIRE(file.ok());
    CHECK((*file)->isReadOnly());
    CHECK((*file)->readOnlyReason().contains(QStringLiteral("triggers")));
}

TEST_CASE("storage: Save As writes a verified copy that opens as a plan")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("original.yardstick"));
    const QString copy = dir.path(QStringLiteral("copy.yardstick"));
    SmallPlan plan(path);
    REQUIRE(MeasureRepository(*plan.file).addMeasure(plan.measure(QStringLiteral("Days to hearing"))).ok());
    REQUIRE(plan.file->saveAs(copy).ok());
    CHECK_FALSE(QFile::exists(copy + QStringLiteral(".part")));
    auto reopened = PlanFile::open(copy);
    REQUIRE(reopened.ok());
    auto measures = MeasureRepository(**reopened).measures();
    REQUIRE(measures.ok());
    REQUIRE(measures->size() == 1);
    CHECK(measures->front().title == QStringLiteral("Days to hearing"));
    CHECK_FALSE(plan.file->saveAs(path).ok()); // never onto itself
}
