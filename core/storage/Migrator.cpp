// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrator.h"

#include "Backup.h"
#include "Connection.h"
#include "Schema.h"

namespace ys::storage {

QString Migrator::backupPathFor(const QString& planPath, int version)
{
    return planPath + QStringLiteral(".v%1.bak").arg(version);
}

Status Migrator::createSchema()
{
    return apply(0);
}

Status Migrator::migrate(int fromVersion, bool takeBackup)
{
    if (!takeBackup)
        return apply(fromVersion);
    m_backupPath = backupPathFor(m_connection.path(), fromVersion);
    if (auto status = Backup::copyTo(m_connection, m_backupPath); !status) {
        Error error = status.error();
        error.message = QStringLiteral("the file needs an upgrade, but its backup could not be made "
                                       "(%1); nothing was changed.")
                            .arg(error.message);
        error.code = Error::Code::WriteRefused;
        return error;
    }
    return apply(fromVersion);
}

Status Migrator::apply(int fromVersion)
{
    // All steps in one outer transaction, each step in its own savepoint: a failure at any step
    // rolls the file back to exactly what it was before the upgrade began.
    if (auto status = m_connection.exec(QStringLiteral("BEGIN IMMEDIATE")); !status)
        return status;
    Status result;
    int version = fromVersion + 1;
    for (; version <= Schema::currentVersion() && result; ++version) {
        result = m_connection.exec(QStringLiteral("SAVEPOINT migration"));
        if (result && m_hook && !m_hook(version))
            result = Error::make(Error::Code::Internal, QStringLiteral("migration %1 was interrupted").arg(version));
        for (const QString& statement : Schema::migration(version)) {
            if (!result)
                break;
            result = m_connection.exec(statement);
        }
        if (result && version == 1)
            result = m_connection.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId));
        if (result)
            result = m_connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (result)
            result = m_connection.exec(QStringLiteral("RELEASE migration"));
    }
    if (result)
        result = m_connection.exec(QStringLiteral("COMMIT"));
    if (result)
        return {};

    (void)m_connection.exec(QStringLiteral("ROLLBACK"));
    Error error = result.error();
    error.message = QStringLiteral("upgrading the file to version %1 failed (%2); the file was left as it was%3.")
                        .arg(version - 1)
                        .arg(error.message, m_backupPath.isEmpty()
                                                ? QString()
                                                : QStringLiteral(", and a backup is at %1").arg(m_backupPath));
    error.file = m_connection.path();
    return error;
}

} // namespace ys::storage
