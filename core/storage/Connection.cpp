// SPDX-License-Identifier: GPL-3.0-or-later
#include "Connection.h"

#include "Sql.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ys::storage {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("yardstick-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Connection::~Connection()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<Connection>> Connection::open(const QString& path, Mode mode)
{
    auto connection = std::make_unique<Connection>();
    connection->m_name = nextConnectionName();
    connection->m_path = path;
    connection->m_mode = mode;

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection->m_name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        Error error = Error::make(Error::Code::NotAPlan, QStringLiteral("the file cannot be opened as a plan (%1).")
                                                             .arg(db.lastError().text()));
        error.file = path;
        return error;
    }

    if (sqlite3* handle = connection->handle()) {
        // Files travel between people: a crafted schema must not be able to do more than data can.
        sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
        sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
        sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
    }
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA cell_size_check = ON"}) {
        if (auto status = connection->exec(QString::fromLatin1(pragma)); !status)
            return status.error();
    }
    if (mode == Mode::ReadWrite) {
        // A rollback journal, not WAL: the file travels by e-mail and lives on shared drives.
        if (auto status = connection->exec(QStringLiteral("PRAGMA journal_mode = DELETE")); !status) {
            Error error = status.error();
            error.code = Error::Code::NotAPlan;
            return error;
        }
        (void)connection->exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    return connection;
}

sqlite3* Connection::handle() const
{
    const QVariant v = database().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.data());
    return nullptr;
}

Status Connection::exec(const QString& sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return sqlError(query, m_path);
    return {};
}

Result<QVariant> Connection::scalar(const QString& sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return sqlError(query, m_path);
    if (!query.next())
        return QVariant();
    return query.value(0);
}

} // namespace ys::storage
