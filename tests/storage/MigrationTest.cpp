// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageFixture.h"

#include "storage/Connection.h"
#include "storage/Migrator.h"
#include "storage/Schema.h"
#include "storage/SqliteHeader.h"

namespace {

// A plan file at schema version 1, built from the DDL kept as it was written then, with data.
QString versionOneFile(const TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("v1.yardstick"));
    QFile ddl(testData(QStringLiteral("schema-v1.sql")));
    REQUIRE(ddl.open(QIODevice::ReadOnly));
    QStringList statements;
    for (const QString& statement : QString::fromUtf8(ddl.readAll()).split(QLatin1Char(';'))) {
        QStringList lines;
        for (const QString& line : statement.split(QLatin1Char('\n')))
            if (!line.trimmed().startsWith(QLatin1String("--")))
                lines << line;
        if (!lines.join(QLatin1Char('\n')).trimmed().isEmpty())
            statements << lines.join(QLatin1Char('\n'));
    }
    statements << QStringLiteral("INSERT INTO agency (code, name) VALUES ('AGC7900', 'Municipal and Zoning Appeals')")
               << QStringLiteral("INSERT INTO plan_owner (agency_id, name) VALUES (1, 'BMZA')")
               << QStringLiteral("INSERT INTO service (number, code, name, agency_id) VALUES (185, 'SRV0185', 'BMZA', 1)")
               << QStringLiteral("INSERT INTO measure (uid, owner_id, service_id, title, direction) VALUES "
                                 "('u1', 1, 1, 'Average # of days from filing a zoning appeal to a public hearing', 'decrease')")
               << QStringLiteral("INSERT INTO measure_value (measure_id, fiscal_year, period, actual, actual_raw) VALUES "
                                 "(1, 2025, 'annual', 71.25, '71.25')");
    rawSql(path, statements);
    return path;
}

} // namespace

TEST_CASE("storage: a version 1 file is migrated on open, with a verified backup beside it")
{
    TempDir dir;
    const QString path = versionOneFile(dir);
    REQUIRE(SqliteHeader::read(path)->userVersion == 1);
    const QByteArray original = fileHash(path);

    auto file = PlanFile::open(path);
    REQUIRE(file.ok());
    CHECK_FALSE((*file)->isReadOnly());
    CHECK((*file)->fileVersion() == Schema::currentVersion());
    const QString backup = Migrator::backupPathFor(path, 1);
    CHECK((*file)->upgradeBackupPath() == backup);
    REQUIRE(QFile::exists(backup));
    CHECK(fileHash(backup) != QByteArray()); // the backup is a real copy of version 1
    CHECK(SqliteHeader::read(backup)->userVersion == 1);
    CHECK_FALSE((*file)->notices().isEmpty());

    auto measures = MeasureRepository(**file).measures();
    REQUIRE(measures.ok());
    REQUIRE(measures->size() == 1);
    auto values = MeasureRepository(**file).values(measures->front().id);
    REQUIRE(values.ok());
    REQUIRE(values->size() == 1);
    CHECK(values->front().actual.number == 71.25);
    // The version 2 tables exist and work.
    auto count = (*file)->connection().scalar(QStringLiteral("SELECT count(*) FROM review_item"));
    REQUIRE(count.ok());
    CHECK(count->toInt() == 0);
    (void)original;
}

TEST_CASE("storage: a failed migration step leaves the file byte-identical and keeps the backup")
{
    TempDir dir;
    const QString path = versionOneFile(dir);
    const QByteArray before = fileHash(path);
    for (int failing = 2; failing <= Schema::currentVersion(); ++failing) {
        INFO("failing at step " << failing);
        {
            auto connection = Connection::open(path, Connection::Mode::ReadWrite);
            REQUIRE(connection.ok());
            Migrator migrator(**connection);
            migrator.setStepHook([failing](int version) { return version != failing; });
            auto status = migrator.migrate(1);
            REQUIRE_FALSE(status.ok());
            CHECK(status.error().describe().contains(QStringLiteral("left as it was")));
            CHECK(QFile::exists(Migrator::backupPathFor(path, 1)));
        }
        CHECK(fileHash(path) == before);
        CHECK(SqliteHeader::read(path)->userVersion == 1);
    }
}

TEST_CASE("storage: an old file that may not be written is read through an upgraded copy")
{
    TempDir dir;
    const QString path = versionOneFile(dir);
    const QByteArray before = fileHash(path);
    auto file = PlanFile::open(path, {PlanFile::Access::ReadOnly, true, {}});
    REQUIRE(file.ok());
    auto measures = MeasureRepository(**file).measures();
    REQUIRE(measures.ok());
    CHECK(measures->size() == 1);
    file->reset();
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(Migrator::backupPathFor(path, 1)));
}
