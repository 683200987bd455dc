// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaltimoreReferenceTable.h"

#include "values/NumberText.h"

#include <QFileInfo>

namespace ys::io {

Result<BaltimoreReferenceTable> BaltimoreReferenceTable::read(const QString& path, const QStringList& requiredColumns)
{
    auto table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    BaltimoreReferenceTable result;
    result.m_path = path;
    result.m_table = std::move(*table);
    for (int i = 0; i < result.m_table.header.size(); ++i)
        result.m_columns.insert(NumberText::trimmed(result.m_table.header[i]).toLower(), i);
    QStringList missing;
    for (const QString& column : requiredColumns)
        if (!result.m_columns.contains(column.toLower()))
            missing.append(QStringLiteral("\"%1\"").arg(column));
    if (!missing.isEmpty()) {
        Error error = Error::make(Error::Code::Invalid,
                                  QStringLiteral("the header row lacks the column%1 %2 (it has %3)")
                                      .arg(missing.size() > 1 ? QStringLiteral("s") : QString(),
                                           missing.join(QStringLiteral(", ")),
                                           result.m_table.header.join(QStringLiteral(", "))));
        error.file = path;
        return error;
    }
    return result;
}

QString BaltimoreReferenceTable::fileName() const
{
    return QFileInfo(m_path).fileName();
}

QString BaltimoreReferenceTable::text(const CsvRecord& record, const QString& column) const
{
    const int index = m_columns.value(column.toLower(), -1);
    return index >= 0 && index < record.fields.size() ? NumberText::trimmed(record.fields[index]) : QString();
}

} // namespace ys::io
