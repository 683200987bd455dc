// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace ys::storage {

// One SQLite connection through QtSql, owned: opened with the settings every plan file gets
// (foreign keys, defensive mode, rollback journal) and closed and removed when destroyed.
class Connection
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    Connection() = default;
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    static Result<std::unique_ptr<Connection>> open(const QString& path, Mode mode);

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    const QString& path() const { return m_path; }
    Mode mode() const { return m_mode; }
    // The native handle, for what QtSql does not offer (backup API, defensive settings).
    sqlite3* handle() const;

    // Runs one statement that returns nothing; an Internal error names the statement on failure.
    Status exec(const QString& sql) const;
    // Runs a pragma or query returning one value.
    Result<QVariant> scalar(const QString& sql) const;

private:
    QString m_name;
    QString m_path;
    Mode m_mode = Mode::ReadOnly;
};

} // namespace ys::storage
