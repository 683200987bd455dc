// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "formats/CsvReader.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace ys::io {

// BaltimoreReferenceTable: one of the city's reference lists (agency.csv, service.csv, ...) read as
// CSV, its columns found by header name (case-insensitive), so that added or reordered columns do
// not matter. A file without a required column is refused, naming the columns it lacks.
class BaltimoreReferenceTable
{
public:
    static Result<BaltimoreReferenceTable> read(const QString& path, const QStringList& requiredColumns);

    const QString& path() const { return m_path; }
    QString fileName() const;
    const std::vector<CsvRecord>& records() const { return m_table.records; }
    // The field of `column` in `record`, trimmed (non-breaking spaces too); empty when absent.
    QString text(const CsvRecord& record, const QString& column) const;

private:
    QString m_path;
    CsvTable m_table;
    QHash<QString, int> m_columns; // lower-case header -> index
};

} // namespace ys::io
