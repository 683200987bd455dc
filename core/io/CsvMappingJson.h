// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvMapping.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace ys::io {

// Reads the keys of a column-mapping file with their dotted path ("measure.title"), checking each
// one's JSON type and refusing unknown keys (a misspelt key must not be silently ignored). The first
// problem is kept as the error: it names the mapping file and the key.
class MappingJson
{
public:
    explicit MappingJson(QString source) : m_source(std::move(source)) {}

    bool failed() const { return m_failed; }
    const Error& error() const { return m_error; }
    void fail(const QString& key, const QString& message);

    void allowKeys(const QJsonObject& o, const QString& prefix, const QStringList& known);
    // A column name: absent gives "", anything but a non-blank string is an error.
    QString column(const QJsonObject& o, const QString& prefix, const char* name);
    QString string(const QJsonObject& o, const QString& prefix, const char* name);
    bool boolean(const QJsonObject& o, const QString& prefix, const char* name);
    QJsonObject object(const QJsonObject& o, const QString& prefix, const char* name);
    QJsonArray array(const QJsonObject& o, const QString& prefix, const char* name);
    int fiscalYear(const QJsonValue& value, const QString& key);

    QString encoding(const QJsonObject& root);
    QChar separator(const QJsonObject& root);
    CsvMapping::PercentScale percentScale(const QJsonObject& root);
    void cycle(const QJsonObject& root, int& fixed, QString& column);
    void elements(const QJsonObject& measure, std::array<QString, ElementCount>& elements);
    void translations(const QJsonObject& root, QHash<QString, QHash<QString, QString>>& out);

    static QString join(const QString& prefix, const QString& name)
    {
        return prefix.isEmpty() ? name : prefix + u'.' + name;
    }

private:
    QString m_source;
    bool m_failed = false;
    Error m_error;
};

} // namespace ys::io
