// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sql.h"

#include <QSqlError>

namespace ys::storage {

Error sqlError(const QSqlQuery& query, const QString& file)
{
    const QSqlError sqlErr = query.lastError();
    const QString native = sqlErr.nativeErrorCode();
    const QString text = sqlErr.databaseText().isEmpty() ? sqlErr.text() : sqlErr.databaseText();
    Error::Code code = Error::Code::Internal;
    const int primary = native.toInt() & 0xff;
    switch (primary) {
    case 19: code = Error::Code::Invalid; break;          // SQLITE_CONSTRAINT
    case 11: case 26: code = Error::Code::NotAPlan; break; // SQLITE_CORRUPT, SQLITE_NOTADB
    case 13: case 10: case 8: code = Error::Code::Io; break; // SQLITE_FULL, SQLITE_IOERR, SQLITE_READONLY
    case 5: case 6: code = Error::Code::WriteRefused; break; // SQLITE_BUSY, SQLITE_LOCKED
    default: break;
    }
    QString message;
    switch (code) {
    case Error::Code::Io:
        message = primary == 13 ? QStringLiteral("the disk is full; nothing was changed (%1).").arg(text)
                                : QStringLiteral("the file could not be written; nothing was changed (%1).").arg(text);
        break;
    case Error::Code::NotAPlan: message = QStringLiteral("the plan file is damaged (%1).").arg(text); break;
    case Error::Code::WriteRefused:
        message = QStringLiteral("the plan file is busy in another program (%1).").arg(text);
        break;
    default: message = text; break;
    }
    Error error = Error::make(code, message);
    error.file = file;
    return error;
}

QVariant bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString::fromLatin1(""));
    return value;
}

Status runPrepared(QSqlQuery& query, std::initializer_list<QVariant> params, const QString& file)
{
    int index = 0;
    for (const QVariant& value : params)
        query.bindValue(index++, bindable(value));
    if (!query.exec())
        return sqlError(query, file);
    return {};
}

Status run(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> params, const QString& file)
{
    if (!query.prepare(sql))
        return sqlError(query, file);
    return runPrepared(query, params, file);
}

QVariant nullable(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant nullableDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant nullableYear(int year)
{
    return year > 0 ? QVariant(year) : QVariant();
}

std::optional<double> optionalDouble(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    const double d = value.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

} // namespace ys::storage
