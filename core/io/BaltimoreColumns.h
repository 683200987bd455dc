// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BaltimoreHeader.h"
#include "formats/XlsxSheet.h"

#include <QStringList>

#include <array>
#include <vector>

namespace ys::io {

// BaltimoreColumns: where each column of the city's workbook is, found by its header text (trimmed,
// case- and space-insensitive) and never by its position, plus every value and note column read
// through BaltimoreHeader and the columns the importer does not read.
class BaltimoreColumns
{
public:
    enum class Field
    {
        Title,
        Owner,
        AgencyId,
        ServiceId,
        ServiceName,
        ServiceDescription,
        MeasureId,
        Type,
        Direction,
        Unit,
        Interval,
        Formula,
        DataSource,
        Equity,
        Deprecated,
        Status,
        FiscalYear,
    };
    static constexpr int FieldCount = 17;

    struct ValueColumn
    {
        int column = -1;
        BaltimoreHeader header;
    };

    // The headers a sheet must have to be the city's list (findSheetByHeader takes them).
    static QStringList requiredHeaders();
    // The header text the importer looks for, for a field.
    static QString headerOf(Field field);

    static BaltimoreColumns locate(const XlsxRow& headerRow);

    // 0-based column, or -1 when the sheet has no such column.
    int column(Field field) const { return m_fields[static_cast<int>(field)]; }
    bool has(Field field) const { return column(field) >= 0; }
    // The header as the sheet wrote it ("FY 25 Q3"); "column N" for a column without a header.
    QString header(int column) const;
    const std::vector<ValueColumn>& valueColumns() const { return m_values; }
    // Headers of the columns nothing reads ("Contact", "Path"), in sheet order.
    const QStringList& unreadHeaders() const { return m_unread; }

private:
    std::array<int, FieldCount> m_fields{};
    std::vector<ValueColumn> m_values;
    QStringList m_headers;
    QStringList m_unread;
};

} // namespace ys::io
