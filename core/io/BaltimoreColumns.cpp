// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaltimoreColumns.h"

#include "formats/XlsxWorkbook.h"

namespace ys::io {
namespace {

// The workbook's own names for the fields (SharePoint list columns).
const char* const fieldHeaders[BaltimoreColumns::FieldCount] = {
    "Performance Measure", "Agency",           "Agency ID",        "Service ID",    "Service",
    "Service Description", "Measure ID",       "Performance Measure Type", "Desired Outcome",
    "Percent or Count",    "Interval",         "Measure Formula",  "Data Source",   "Equity Measure",
    "Deprecated",          "Status",           "Fiscal Year",
};

} // namespace

QStringList BaltimoreColumns::requiredHeaders()
{
    return {headerOf(Field::Title), headerOf(Field::Owner), headerOf(Field::AgencyId), headerOf(Field::ServiceId)};
}

QString BaltimoreColumns::headerOf(Field field)
{
    return QLatin1String(fieldHeaders[static_cast<int>(field)]);
}

BaltimoreColumns BaltimoreColumns::locate(const XlsxRow& headerRow)
{
    BaltimoreColumns columns;
    columns.m_fields.fill(-1);
    for (int c = 0; c < int(headerRow.cells.size()); ++c) {
        const XlsxCell& cell = headerRow.cell(c);
        const QString text = cell.kind == XlsxCell::Kind::Empty ? QString() : cell.text.simplified();
        columns.m_headers.append(text);
        if (text.isEmpty())
            continue;
        const QString key = XlsxWorkbook::normalizedHeader(text);
        bool used = false;
        for (int f = 0; f < FieldCount && !used; ++f) {
            if (columns.m_fields[f] < 0 &&
                key == XlsxWorkbook::normalizedHeader(QLatin1String(fieldHeaders[f]))) {
                columns.m_fields[f] = c;
                used = true;
            }
        }
        if (used)
            continue;
        if (const auto header = BaltimoreHeader::parse(text)) {
            columns.m_values.push_back({c, *header});
            continue;
        }
        columns.m_unread.append(text);
    }
    return columns;
}

QString BaltimoreColumns::header(int column) const
{
    const QString text = column >= 0 && column < m_headers.size() ? m_headers[column] : QString();
    return text.isEmpty() ? QStringLiteral("column %1").arg(XlsxWorkbook::columnName(column)) : text;
}

} // namespace ys::io
