// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ys::storage {

// Who holds a plan file open for writing.
struct LockHolder
{
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since; // UTC

    // "maria on laptop-7 (process 4242) since 2026-11-25 09:14"
    QString describe() const;
};

// The lock beside a plan file ("plan.yardstick.lock"): a small JSON file created atomically, naming
// who holds the file, so that a second program opening it can tell the user and open it read-only.
// A lock whose process is gone (same host, process not running) is stale and may be taken over.
class FileLock
{
public:
    FileLock() = default;
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&& other) noexcept;

    static QString lockPathFor(const QString& planPath);

    // Who holds the lock of `planPath` now, if anyone.
    static std::optional<LockHolder> holder(const QString& planPath);
    // True when the holder's process is known to be gone (same host, no such process).
    static bool isStale(const LockHolder& holder);

    // Takes the lock for this process. Fails with WriteRefused when a live holder has it;
    // a stale lock is taken over only when `takeOverStale` is set.
    static Result<FileLock> acquire(const QString& planPath, const QString& user, bool takeOverStale);

    bool isHeld() const { return !m_path.isEmpty(); }
    void release();

    // The identity this process writes into locks and the audit log.
    static QString currentHost();
    static QString currentUser();

private:
    QString m_path;
};

} // namespace ys::storage
