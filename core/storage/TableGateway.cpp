// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableGateway.h"

#include "Connection.h"
#include "Sql.h"

namespace ys::storage {

bool sameColumnValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    const auto numeric = [](const QVariant& v) {
        const int id = v.typeId();
        return id == QMetaType::Double || id == QMetaType::Int || id == QMetaType::LongLong ||
               id == QMetaType::Bool || id == QMetaType::UInt || id == QMetaType::ULongLong;
    };
    if (numeric(a) && numeric(b))
        return a.toDouble() == b.toDouble();
    return a.toString() == b.toString();
}

TableGateway::TableGateway(const Connection& connection, AuditLog& audit, QString table, QStringList columns)
    : m_connection(connection), m_audit(audit), m_table(std::move(table)), m_columns(std::move(columns))
{
    // Identifiers come from the repositories' fixed lists, never from data; values are always bound.
    m_select = QStringLiteral("SELECT id, %1 FROM %2").arg(m_columns.join(QStringLiteral(", ")), m_table);
    QStringList marks;
    QStringList sets;
    for (const QString& column : m_columns) {
        marks << QStringLiteral("?");
        sets << column + QStringLiteral(" = ?");
    }
    m_insertSql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(m_table, m_columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    m_insertWithIdSql = QStringLiteral("INSERT INTO %1 (id, %2) VALUES (?, %3)")
                            .arg(m_table, m_columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    m_updateSql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(m_table, sets.join(QStringLiteral(", ")));
}

Result<RowId> TableGateway::insert(const QVariantList& values, const QString& summary)
{
    if (!m_insertPrepared) {
        m_insertQuery = QSqlQuery(m_connection.database());
        if (!m_insertQuery.prepare(m_insertSql))
            return sqlError(m_insertQuery, m_connection.path());
        m_insertPrepared = true;
    }
    QSqlQuery& query = m_insertQuery;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, bindable(values[i]));
    if (!query.exec())
        return sqlError(query, m_connection.path());
    const RowId id = query.lastInsertId().toLongLong();
    query.finish();
    if (auto status = m_audit.recordInsert(m_table, id, summary); !status)
        return status.error();
    return id;
}

Result<RowId> TableGateway::insertWithId(RowId id, const QVariantList& values, const QString& summary)
{
    QSqlQuery query(m_connection.database());
    if (!query.prepare(m_insertWithIdSql))
        return sqlError(query, m_connection.path());
    query.bindValue(0, id);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i + 1, bindable(values[i]));
    if (!query.exec())
        return sqlError(query, m_connection.path());
    if (auto status = m_audit.recordInsert(m_table, id, summary); !status)
        return status.error();
    return id;
}

Status TableGateway::update(RowId id, const QVariantList& values)
{
    auto old = load(id);
    if (!old)
        return old.error();
    bool changed = false;
    for (int i = 0; i < values.size(); ++i) {
        if (!sameColumnValue(old->at(i), values[i])) {
            changed = true;
            if (auto status = m_audit.recordUpdate(m_table, id, m_columns[i], old->at(i), values[i]); !status)
                return status;
        }
    }
    if (!changed)
        return {};
    QSqlQuery query(m_connection.database());
    if (!query.prepare(m_updateSql))
        return sqlError(query, m_connection.path());
    int index = 0;
    for (const QVariant& value : values)
        query.bindValue(index++, bindable(value));
    query.bindValue(index, id);
    if (!query.exec())
        return sqlError(query, m_connection.path());
    return {};
}

Status TableGateway::remove(RowId id, const QString& summary)
{
    QSqlQuery query(m_connection.database());
    if (auto status = run(query, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table), {id}, m_connection.path());
        !status)
        return status;
    if (query.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, QStringLiteral("there is no %1 with id %2.").arg(m_table).arg(id));
    return m_audit.recordDelete(m_table, id, summary);
}

Result<QVariantList> TableGateway::load(RowId id) const
{
    QSqlQuery query(m_connection.database());
    if (auto status = run(query, m_select + QStringLiteral(" WHERE id = ?"), {id}, m_connection.path()); !status)
        return status.error();
    if (!query.next())
        return Error::make(Error::Code::NotFound, QStringLiteral("there is no %1 with id %2.").arg(m_table).arg(id));
    QVariantList values;
    values.reserve(m_columns.size());
    for (int i = 0; i < m_columns.size(); ++i)
        values << query.value(i + 1);
    return values;
}

} // namespace ys::storage
