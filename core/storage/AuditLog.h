// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEntry.h"
#include "domain/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <vector>

namespace ys::storage {

class Connection;

// Writes and reads the audit log: one row per changed field (who, when, old, new), written by the
// repositories inside the same transaction as the change itself.
class AuditLog
{
public:
    AuditLog(const Connection& connection, QString user);

    Status recordInsert(const QString& entity, RowId id, const QString& summary);
    Status recordDelete(const QString& entity, RowId id, const QString& summary);
    Status recordUpdate(const QString& entity, RowId id, const QString& field, const QVariant& oldValue,
                        const QVariant& newValue);

    // The history of one object, oldest first; of the whole file when entity is empty.
    Result<std::vector<AuditEntry>> history(const QString& entity = {}, RowId id = 0) const;

private:
    Status write(const QString& entity, RowId id, const QString& field, const QVariant& oldValue,
                 const QVariant& newValue, AuditEntry::Action action);

    const Connection& m_connection;
    QString m_user;
    QSqlQuery m_insert;
};

// Text of a value as the audit log stores it: empty for NULL, numbers without trailing noise.
QString auditText(const QVariant& value);

} // namespace ys::storage
