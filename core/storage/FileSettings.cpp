// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSettings.h"

#include "Connection.h"
#include "Sql.h"

namespace ys::storage {
namespace {
const QString kStartMonth = QStringLiteral("fiscal_year_start_month");
const QString kTolerance = QStringLiteral("default_tolerance");
const QString kUid = QStringLiteral("file_uid");
const QString kReviewerMode = QStringLiteral("reviewer_mode");
} // namespace

QString FileSettings::value(const QString& key, const QString& fallback) const
{
    QSqlQuery query(m_connection.database());
    if (!run(query, QStringLiteral("SELECT value FROM file_setting WHERE key = ?"), {key}, m_connection.path()) ||
        !query.next())
        return fallback;
    return query.value(0).toString();
}

Status FileSettings::setValue(const QString& key, const QString& value)
{
    QSqlQuery query(m_connection.database());
    return run(query,
               QStringLiteral("INSERT INTO file_setting (key, value) VALUES (?, ?) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
               {key, value}, m_connection.path());
}

int FileSettings::fiscalYearStartMonth() const
{
    bool ok = false;
    const int month = value(kStartMonth).toInt(&ok);
    return ok && month >= 1 && month <= 12 ? month : 7;
}

Status FileSettings::setFiscalYearStartMonth(int month)
{
    if (month < 1 || month > 12)
        return Error::make(Error::Code::Invalid, QStringLiteral("the start month must be 1 to 12."));
    return setValue(kStartMonth, QString::number(month));
}

double FileSettings::defaultTolerance() const
{
    bool ok = false;
    const double tolerance = value(kTolerance).toDouble(&ok);
    return ok && tolerance >= 0 && tolerance <= 10 ? tolerance : 0.10;
}

Status FileSettings::setDefaultTolerance(double tolerance)
{
    if (!(tolerance >= 0 && tolerance <= 10))
        return Error::make(Error::Code::Invalid, QStringLiteral("the tolerance must be between 0 and 10 (1000 %)."));
    return setValue(kTolerance, QString::number(tolerance, 'g', 17));
}

QString FileSettings::fileUid() const
{
    return value(kUid);
}

Status FileSettings::setFileUid(const QString& uid)
{
    return setValue(kUid, uid);
}

std::optional<bool> FileSettings::reviewerMode() const
{
    const QString text = value(kReviewerMode);
    if (text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("0"))
        return false;
    return std::nullopt;
}

Status FileSettings::setReviewerMode(bool on)
{
    return setValue(kReviewerMode, on ? QStringLiteral("1") : QStringLiteral("0"));
}

} // namespace ys::storage
