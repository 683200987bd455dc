// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backup.h"

#include "Connection.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <filesystem>

namespace ys::storage {
namespace {

Error ioError(const QString& path, const QString& sentence)
{
    Error error = Error::make(Error::Code::Io, sentence);
    error.file = path;
    return error;
}

// Verifies that `path` is a readable copy at `expectedVersion`.
Status verify(const QString& path, int expectedVersion)
{
    auto copy = Connection::open(path, Connection::Mode::ReadOnly);
    if (!copy)
        return ioError(path, QStringLiteral("the copy cannot be opened: %1").arg(copy.error().message));
    auto check = (*copy)->scalar(QStringLiteral("PRAGMA quick_check"));
    if (!check || check->toString() != QLatin1String("ok"))
        return ioError(path, QStringLiteral("the copy did not pass SQLite's integrity check."));
    auto version = (*copy)->scalar(QStringLiteral("PRAGMA user_version"));
    if (!version || version->toInt() != expectedVersion)
        return ioError(path, QStringLiteral("the copy has the wrong schema version."));
    return {};
}

} // namespace

Status Backup::copyTo(const Connection& source, const QString& targetPath)
{
    if (QFileInfo(targetPath).absoluteFilePath() == QFileInfo(source.path()).absoluteFilePath())
        return ioError(targetPath, QStringLiteral("a plan file cannot be copied onto itself."));
    auto version = source.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();

    // Write beside the target first, then rename: a failed copy never leaves a half file behind.
    const QString partial = targetPath + QStringLiteral(".part");
    QFile::remove(partial);
    sqlite3* target = nullptr;
    const QByteArray partialName = QFile::encodeName(partial);
    int rc = sqlite3_open_v2(partialName.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(target, "main", source.handle(), "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(target);
        }
    }
    const QString why = target ? QString::fromUtf8(sqlite3_errstr(rc)) : QStringLiteral("out of memory");
    sqlite3_close(target);
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        return ioError(targetPath, rc == SQLITE_FULL ? QStringLiteral("the disk is full; the copy was not written.")
                                                     : QStringLiteral("the copy could not be written (%1).").arg(why));
    }
    if (auto status = verify(partial, version->toInt()); !status) {
        QFile::remove(partial);
        return status;
    }
    std::error_code renameError;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(), QFile::encodeName(targetPath).toStdString(),
                            renameError); // atomic replacement on POSIX
    if (renameError) {
        QFile::remove(partial);
        return ioError(targetPath, QStringLiteral("the copy could not be moved into place."));
    }
    return {};
}

} // namespace ys::storage
