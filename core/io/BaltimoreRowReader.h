// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BaltimoreColumns.h"
#include "BaltimoreRecord.h"
#include "ImportReport.h"
#include "formats/XlsxSheet.h"

#include <optional>

namespace ys::io {

// BaltimoreRowReader: reads one row of the city's workbook into a BaltimoreRecord, recording in the
// report every cell it did not take as written (a misspelt type, text in a number cell) and every
// row it cannot import with the reason (no title, no service, no plan cycle).
class BaltimoreRowReader
{
public:
    // `defaultCycle`: the plan cycle of rows without a "Fiscal Year" (--cycle; 0 when not given).
    BaltimoreRowReader(const BaltimoreColumns& columns, QString sheet, int defaultCycle, ImportReport& report);

    // The record, or nullopt when the row is skipped (listed in the report) or holds nothing at all
    // (not a row of data: not counted).
    std::optional<BaltimoreRecord> read(const XlsxRow& row);

private:
    QString text(const XlsxRow& row, BaltimoreColumns::Field field) const;
    void warn(const XlsxRow& row, int column, const QString& raw, const QString& reason, const QString& topic);
    void skip(const XlsxRow& row, int column, const QString& raw, const QString& reason);
    std::optional<int> cycleOf(const XlsxRow& row);
    void readVocabulary(const XlsxRow& row, BaltimoreRecord& record);
    void readValues(const XlsxRow& row, BaltimoreRecord& record);

    const BaltimoreColumns& m_columns;
    QString m_sheet;
    int m_defaultCycle = 0;
    ImportReport& m_report;
};

} // namespace ys::io
