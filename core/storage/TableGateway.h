// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "domain/Result.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace ys::storage {

class Connection;

// Reads and writes the rows of one table with an integer id, always through prepared statements
// made once from the table's fixed column list, and records every change in the audit log:
// inserts and deletes as one row, updates as one row per field that really changed.
class TableGateway
{
public:
    TableGateway(const Connection& connection, AuditLog& audit, QString table, QStringList columns);

    const QStringList& columns() const { return m_columns; }
    // "SELECT id, <columns> FROM <table>": the start of every read; callers add WHERE/ORDER BY.
    const QString& selectSql() const { return m_select; }

    Result<RowId> insert(const QVariantList& values, const QString& summary);
    // Inserts with a given id: an undone deletion brought back exactly as it was.
    Result<RowId> insertWithId(RowId id, const QVariantList& values, const QString& summary);
    // Writes `values` over the row; audits each changed column. No-op when nothing changed.
    Status update(RowId id, const QVariantList& values);
    Status remove(RowId id, const QString& summary);
    // The row's column values (without the id); NotFound when there is no such row.
    Result<QVariantList> load(RowId id) const;

private:
    const Connection& m_connection;
    AuditLog& m_audit;
    QString m_table;
    QStringList m_columns;
    QString m_select;
    QString m_insertSql;
    QSqlQuery m_insertQuery; // prepared on first use and kept: importers insert thousands of rows
    bool m_insertPrepared = false;
    QString m_insertWithIdSql;
    QString m_updateSql;
};

// Equality of two column values as stored (NULL equals NULL; 1 equals 1.0).
bool sameColumnValue(const QVariant& a, const QVariant& b);

} // namespace ys::storage
