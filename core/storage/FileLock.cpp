// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace ys::storage {

QString LockHolder::describe() const
{
    return QStringLiteral("%1 on %2 (process %3) since %4")
        .arg(user.isEmpty() ? QStringLiteral("someone") : user, host)
        .arg(pid)
        .arg(since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

FileLock::~FileLock()
{
    release();
}

FileLock::FileLock(FileLock&& other) noexcept : m_path(std::move(other.m_path))
{
    other.m_path.clear();
}

FileLock& FileLock::operator=(FileLock&& other) noexcept
{
    if (this != &other) {
        release();
        m_path = std::move(other.m_path);
        other.m_path.clear();
    }
    return *this;
}

QString FileLock::lockPathFor(const QString& planPath)
{
    return planPath + QStringLiteral(".lock");
}

QString FileLock::currentHost()
{
    return QSysInfo::machineHostName();
}

QString FileLock::currentUser()
{
    for (const char* name : {"YARDSTICK_USER", "USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    // No login variables (a service, a container): the account's name.
    if (const passwd* account = getpwuid(getuid()); account && account->pw_name && *account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("unknown");
}

std::optional<LockHolder> FileLock::holder(const QString& planPath)
{
    QFile file(lockPathFor(planPath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // A lock file is small; anything else is not ours to trust, but it still means "held".
    const QJsonObject object = QJsonDocument::fromJson(file.read(4096)).object();
    LockHolder holder;
    holder.user = object.value(QStringLiteral("user")).toString();
    holder.host = object.value(QStringLiteral("host")).toString();
    holder.pid = qint64(object.value(QStringLiteral("pid")).toDouble());
    holder.since = QDateTime::fromString(object.value(QStringLiteral("since")).toString(), Qt::ISODate);
    return holder;
}

bool FileLock::isStale(const LockHolder& holder)
{
    if (holder.host != currentHost() || holder.pid <= 0)
        return false; // another machine's process cannot be checked from here
    if (holder.pid == QCoreApplication::applicationPid())
        return false;
    return ::kill(pid_t(holder.pid), 0) != 0 && errno == ESRCH;
}

Result<FileLock> FileLock::acquire(const QString& planPath, const QString& user, bool takeOverStale)
{
    const QString path = lockPathFor(planPath);
    for (int attempt = 0; attempt < 2; ++attempt) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            QJsonObject object;
            object.insert(QStringLiteral("user"), user);
            object.insert(QStringLiteral("host"), currentHost());
            object.insert(QStringLiteral("pid"), double(QCoreApplication::applicationPid()));
            object.insert(QStringLiteral("since"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            object.insert(QStringLiteral("application"), QStringLiteral("Yardstick"));
            if (file.write(QJsonDocument(object).toJson(QJsonDocument::Compact)) < 0 || !file.flush()) {
                file.close();
                QFile::remove(path);
                Error error = Error::make(Error::Code::Io, QStringLiteral("the lock file cannot be written (%1).")
                                                               .arg(file.errorString()));
                error.file = path;
                return error;
            }
            FileLock lock;
            lock.m_path = path;
            return lock;
        }
        const auto current = holder(planPath);
        if (!current) {
            // Not creatable and not readable: the folder is read-only or the name is taken.
            Error error = Error::make(Error::Code::WriteRefused,
                                      QStringLiteral("the plan file cannot be locked for writing (%1).")
                                          .arg(file.errorString()));
            error.file = planPath;
            return error;
        }
        if (takeOverStale && isStale(*current) && QFile::remove(path))
            continue;
        Error error = Error::make(Error::Code::WriteRefused,
                                  QStringLiteral("the plan file is open in another Yardstick: %1%2.")
                                      .arg(current->describe(),
                                           isStale(*current) ? QStringLiteral(" (that process has ended)")
                                                             : QString()));
        error.file = planPath;
        return error;
    }
    Error error = Error::make(Error::Code::WriteRefused, QStringLiteral("the plan file cannot be locked."));
    error.file = planPath;
    return error;
}

void FileLock::release()
{
    if (!m_path.isEmpty()) {
        QFile::remove(m_path);
        m_path.clear();
    }
}

} // namespace ys::storage
