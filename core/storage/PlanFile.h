// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "FileLock.h"
#include "domain/Result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ys::storage {

// The plan file as a document: an SQLite database that is checked before it is trusted (header,
// quick_check, application_id, schema version), upgraded with a backup when it is older, opened
// read-only when it is newer, read-only on disk, locked by someone else or altered by hand,
// and locked for this process while open for writing. Every edit is its own transaction, so
// there is no unsaved state.
class PlanFile
{
public:
    enum class Access { ReadWrite, ReadOnly };

    struct OpenOptions
    {
        Access access = Access::ReadWrite;
        bool takeOverStaleLock = true; // a lock whose process has ended on this machine
        QString user;                  // recorded in locks and the audit log; empty: the login name
    };

    ~PlanFile();
    PlanFile(const PlanFile&) = delete;
    PlanFile& operator=(const PlanFile&) = delete;

    // A new, empty plan file at `path` (refused when the file exists).
    static Result<std::unique_ptr<PlanFile>> create(const QString& path, int fiscalYearStartMonth = 7,
                                                    const QString& user = {});
    static Result<std::unique_ptr<PlanFile>> open(const QString& path, const OpenOptions& options);
    static Result<std::unique_ptr<PlanFile>> open(const QString& path) { return open(path, OpenOptions{}); }

    const QString& path() const { return m_path; }
    const Connection& connection() const { return *m_connection; }
    const QString& userName() const { return m_user; }

    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // Why the file is read-only, as a sentence; empty when writable.
    const QString& readOnlyReason() const { return m_readOnlyReason; }
    // Who else holds the file, when they do.
    const std::optional<LockHolder>& lockHolder() const { return m_otherHolder; }
    int fileVersion() const { return m_fileVersion; }
    bool isNewerVersion() const;
    // What the user should be told about this file (read-only, upgraded, stale lock taken over).
    const QStringList& notices() const { return m_notices; }
    // The backup taken before an upgrade, when one was made on open.
    const QString& upgradeBackupPath() const { return m_upgradeBackup; }

    // WriteRefused with the reason when the file is read-only; success otherwise.
    Status requireWritable() const;

    // A consistent, verified copy of the whole file at `path` (Save As, backups).
    Status saveAs(const QString& path) const;

private:
    PlanFile() = default;
    Status checkIdentity(const QString& path, bool mayUpgrade);
    Status openMigratedCopy(int fromVersion);

    QString m_path;
    QString m_user;
    std::unique_ptr<Connection> m_connection;
    FileLock m_lock;
    std::optional<LockHolder> m_otherHolder;
    QString m_readOnlyReason;
    QStringList m_notices;
    QString m_upgradeBackup;
    QString m_temporaryCopy; // an upgraded copy of an old read-only file, removed on close
    int m_fileVersion = 0;
};

} // namespace ys::storage
