// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanFile.h"

#include "Backup.h"
#include "FileSettings.h"
#include "Migrator.h"
#include "Schema.h"
#include "SqliteHeader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace ys::storage {
namespace {

Error notAPlan(const QString& path, const QString& sentence)
{
    Error error = Error::make(Error::Code::NotAPlan, sentence);
    error.file = path;
    return error;
}

// Why the operating system would refuse writes to `path`, or an empty string.
QString filesystemReadOnlyReason(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isWritable())
        return QStringLiteral("the file is read-only on disk");
    // SQLite writes its journal beside the file: the folder must be writable too.
    if (!QFileInfo(info.absolutePath()).isWritable())
        return QStringLiteral("its folder is read-only");
    return {};
}

} // namespace

PlanFile::~PlanFile()
{
    m_connection.reset();
    m_lock.release();
    if (!m_temporaryCopy.isEmpty())
        QFile::remove(m_temporaryCopy);
}

bool PlanFile::isNewerVersion() const
{
    return m_fileVersion > Schema::currentVersion();
}

Result<std::unique_ptr<PlanFile>> PlanFile::create(const QString& path, int fiscalYearStartMonth, const QString& user)
{
    if (QFileInfo::exists(path)) {
        Error error = Error::make(Error::Code::WriteRefused,
                                  QStringLiteral("a file of that name exists already; choose another name."));
        error.file = path;
        return error;
    }
    if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
        Error error = Error::make(Error::Code::Usage, QStringLiteral("the fiscal year's start month must be 1 to 12."));
        error.field = QStringLiteral("fiscal-year-start-month");
        return error;
    }
    {
        auto connection = Connection::open(path, Connection::Mode::ReadWrite);
        if (!connection) {
            Error error = connection.error();
            error.code = Error::Code::Io;
            error.message = QStringLiteral("the file cannot be created there.");
            QFile::remove(path);
            return error;
        }
        Migrator migrator(**connection);
        Status status = migrator.createSchema();
        if (status) {
            FileSettings settings(**connection);
            status = settings.setFiscalYearStartMonth(fiscalYearStartMonth);
        }
        if (!status) {
            connection->reset();
            QFile::remove(path);
            return status.error();
        }
    }
    return open(path, OpenOptions{Access::ReadWrite, true, user});
}

Result<std::unique_ptr<PlanFile>> PlanFile::open(const QString& path, const OpenOptions& options)
{
    auto header = SqliteHeader::read(path);
    if (!header)
        return header.error();
    if (header->applicationId != Schema::ApplicationId) {
        if (header->applicationId == 0 && header->userVersion == 0 && header->pagesInHeader <= 1)
            return notAPlan(path, QStringLiteral("this is an empty SQLite database, not a Yardstick plan."));
        return notAPlan(path, QStringLiteral("this is an SQLite database of another program, not a Yardstick plan."));
    }

    std::unique_ptr<PlanFile> file(new PlanFile);
    file->m_path = path;
    file->m_user = options.user.isEmpty() ? FileLock::currentUser() : options.user;
    file->m_fileVersion = header->userVersion;

    // Why the file cannot be written, most important first; a plain read-only open is said last
    // and quietly, since the caller asked for it.
    QString reason = filesystemReadOnlyReason(path);
    if (reason.isEmpty() && file->isNewerVersion())
        reason = QStringLiteral("it was made by a newer version of Yardstick (file version %1, this program knows %2)")
                     .arg(file->m_fileVersion)
                     .arg(Schema::currentVersion());
    if (reason.isEmpty()) {
        if (const auto holder = FileLock::holder(path)) {
            if (options.takeOverStaleLock && FileLock::isStale(*holder)) {
                if (options.access == Access::ReadWrite)
                    file->m_notices << QStringLiteral("%1: a lock left by %2 was taken over; that program had ended.")
                                           .arg(path, holder->describe());
            } else {
                file->m_otherHolder = holder;
                reason = QStringLiteral("it is open in another Yardstick: %1").arg(holder->describe());
            }
        }
    }
    bool quiet = false;
    if (reason.isEmpty() && options.access == Access::ReadOnly) {
        reason = QStringLiteral("it was opened read-only");
        quiet = true;
    }
    if (reason.isEmpty()) {
        auto lock = FileLock::acquire(path, file->m_user, options.takeOverStaleLock);
        if (lock) {
            file->m_lock = std::move(*lock);
        } else {
            file->m_otherHolder = FileLock::holder(path);
            reason = file->m_otherHolder
                         ? QStringLiteral("it is open in another Yardstick: %1").arg(file->m_otherHolder->describe())
                         : lock.error().message;
        }
    }
    file->m_readOnlyReason = reason;

    const auto mode = reason.isEmpty() ? Connection::Mode::ReadWrite : Connection::Mode::ReadOnly;
    auto connection = Connection::open(path, mode);
    if (!connection)
        return connection.error();
    file->m_connection = std::move(*connection);
    if (auto status = file->checkIdentity(path, mode == Connection::Mode::ReadWrite); !status)
        return status.error();
    if (!file->m_readOnlyReason.isEmpty() && !quiet)
        file->m_notices.prepend(QStringLiteral("%1 is read-only: %2.").arg(path, file->m_readOnlyReason));
    return file;
}

Status PlanFile::checkIdentity(const QString& path, bool mayUpgrade)
{
    auto check = m_connection->scalar(QStringLiteral("PRAGMA quick_check"));
    if (!check || check->toString() != QLatin1String("ok"))
        return notAPlan(path, QStringLiteral("the plan file is damaged (SQLite's integrity check failed). "
                                             "Open a backup copy instead."));
    auto foreign = m_connection->scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type IN ('trigger', 'view')"));
    if (foreign && foreign->toInt() > 0) {
        // Someone added code to the file: never run it, and never write through it.
        if (m_readOnlyReason.isEmpty()) {
            m_readOnlyReason = QStringLiteral("it contains triggers or views that Yardstick did not make");
            m_lock.release();
            auto reopened = Connection::open(path, Connection::Mode::ReadOnly);
            if (!reopened)
                return reopened.error();
            m_connection = std::move(*reopened);
        }
    }
    auto hasMeasures = m_connection->scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'measure'"));
    if (m_fileVersion >= 1 && (!hasMeasures || hasMeasures->toInt() == 0))
        return notAPlan(path, QStringLiteral("the plan file is damaged: its tables are missing."));

    if (m_fileVersion < Schema::currentVersion()) {
        if (!mayUpgrade || !m_readOnlyReason.isEmpty())
            return openMigratedCopy(m_fileVersion);
        Migrator migrator(*m_connection);
        if (auto status = migrator.migrate(m_fileVersion); !status)
            return status;
        m_upgradeBackup = migrator.lastBackupPath();
        m_notices << QStringLiteral("%1 was upgraded from version %2 to %3; the original is kept at %4.")
                         .arg(path)
                         .arg(m_fileVersion)
                         .arg(Schema::currentVersion())
                         .arg(m_upgradeBackup);
        m_fileVersion = Schema::currentVersion();
    }
    return {};
}

Status PlanFile::openMigratedCopy(int fromVersion)
{
    // An old file that may not be changed is read through an upgraded temporary copy.
    QTemporaryFile temporary(QDir::tempPath() + QStringLiteral("/yardstick-XXXXXX.yardstick"));
    temporary.setAutoRemove(false);
    if (!temporary.open())
        return Error::make(Error::Code::Io, QStringLiteral("no temporary file could be made to read an older plan."));
    m_temporaryCopy = temporary.fileName();
    temporary.close();
    QFile::remove(m_temporaryCopy);
    if (auto status = Backup::copyTo(*m_connection, m_temporaryCopy); !status)
        return status;
    {
        auto copy = Connection::open(m_temporaryCopy, Connection::Mode::ReadWrite);
        if (!copy)
            return copy.error();
        if (auto status = Migrator(**copy).migrate(fromVersion, false); !status)
            return status;
    }
    auto reopened = Connection::open(m_temporaryCopy, Connection::Mode::ReadOnly);
    if (!reopened)
        return reopened.error();
    m_connection = std::move(*reopened);
    m_notices << QStringLiteral("%1 is from an older version (%2); it is shown upgraded, and the file itself is "
                                "not changed.")
                     .arg(m_path)
                     .arg(fromVersion);
    return {};
}

Status PlanFile::requireWritable() const
{
    if (!isReadOnly())
        return {};
    Error error = Error::make(Error::Code::WriteRefused,
                              QStringLiteral("nothing was changed, because %1.").arg(m_readOnlyReason));
    error.file = m_path;
    return error;
}

Status PlanFile::saveAs(const QString& path) const
{
    return Backup::copyTo(*m_connection, path);
}

} // namespace ys::storage
