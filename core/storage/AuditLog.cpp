// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Connection.h"
#include "Sql.h"

#include <QDateTime>

namespace ys::storage {

QString auditText(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

AuditLog::AuditLog(const Connection& connection, QString user)
    : m_connection(connection), m_user(std::move(user)), m_insert(connection.database())
{
    m_insert.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, entity, entity_id, field, old_value, "
                                    "new_value, action) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
}

Status AuditLog::write(const QString& entity, RowId id, const QString& field, const QVariant& oldValue,
                       const QVariant& newValue, AuditEntry::Action action)
{
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return runPrepared(m_insert,
                       {at, m_user, entity, id, field, oldValue.isNull() ? QVariant() : QVariant(auditText(oldValue)),
                        newValue.isNull() ? QVariant() : QVariant(auditText(newValue)), code(action)},
                       m_connection.path());
}

Status AuditLog::recordInsert(const QString& entity, RowId id, const QString& summary)
{
    return write(entity, id, {}, QVariant(), summary, AuditEntry::Action::Insert);
}

Status AuditLog::recordDelete(const QString& entity, RowId id, const QString& summary)
{
    return write(entity, id, {}, summary, QVariant(), AuditEntry::Action::Delete);
}

Status AuditLog::recordUpdate(const QString& entity, RowId id, const QString& field, const QVariant& oldValue,
                              const QVariant& newValue)
{
    return write(entity, id, field, oldValue, newValue, AuditEntry::Action::Update);
}

Result<std::vector<AuditEntry>> AuditLog::history(const QString& entity, RowId id) const
{
    QSqlQuery query(m_connection.database());
    Status status = entity.isEmpty()
                        ? run(query, QStringLiteral("SELECT id, at, user_name, entity, entity_id, field, old_value, "
                                                    "new_value, action FROM audit_log ORDER BY id"),
                              {}, m_connection.path())
                        : run(query, QStringLiteral("SELECT id, at, user_name, entity, entity_id, field, old_value, "
                                                    "new_value, action FROM audit_log WHERE entity = ? AND "
                                                    "entity_id = ? ORDER BY id"),
                              {entity, id}, m_connection.path());
    if (!status)
        return status.error();
    std::vector<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.user = query.value(2).toString();
        entry.entity = query.value(3).toString();
        entry.entityId = query.value(4).toLongLong();
        entry.field = query.value(5).toString();
        entry.oldValue = query.value(6).toString();
        entry.newValue = query.value(7).toString();
        const QString action = query.value(8).toString();
        entry.action = action == QLatin1String("insert")   ? AuditEntry::Action::Insert
                       : action == QLatin1String("delete") ? AuditEntry::Action::Delete
                                                           : AuditEntry::Action::Update;
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace ys::storage
