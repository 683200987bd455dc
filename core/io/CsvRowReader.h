// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvBinding.h"
#include "CsvValueReader.h"
#include "ImportReport.h"
#include "ImportedRow.h"

#include <QMap>

#include <optional>

namespace ys::io {

// CsvRowReader: reads one CSV record through a bound column mapping into an ImportedRow: who and
// what the measure is (names trimmed, vocabulary translated: the mapping's translations first, then
// the stable codes and labels), its plan cycles, and its values (CsvValueReader). It touches no plan
// file; everything it could not take as written goes into the report with the row, column and raw text.
class CsvRowReader
{
public:
    CsvRowReader(const CsvMapping& mapping, const CsvBinding& binding, int defaultCycle, ImportReport& report,
                 QString sheet);

    // nullopt when the row is skipped (the report says why) or blank.
    std::optional<ImportedRow> read(const CsvRecord& record);
    // Adds the whole-file issues: how often each rule applied, types outside the family of measures.
    void finish();

private:
    QString cell(const CsvRecord& record, int column) const;
    QString columnName(int column) const;
    void warn(int line, int column, const QString& raw, const QString& reason, const QString& topic);
    bool readIdentity(const CsvRecord& record, ImportedRow& row);
    void readDefinition(const CsvRecord& record, ImportedRow& row);
    void readCycles(const CsvRecord& record, ImportedRow& row);
    template <typename Enum>
    std::optional<Enum> readWord(const CsvRecord& record, int column, const char* field);

    const CsvMapping& m_mapping;
    const CsvBinding& m_binding;
    int m_defaultCycle;
    ImportReport& m_report;
    QString m_sheet;
    CsvValueReader m_values;
    int m_blankRows = 0;
    QMap<QString, std::pair<int, int>> m_outsideTypes; // type label -> (rows, first row)
};

} // namespace ys::io
