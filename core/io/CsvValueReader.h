// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvBinding.h"
#include "ImportReport.h"
#include "ImportedRow.h"

#include <vector>

namespace ys::io {

// CsvValueReader: reads the value cells of one CSV record (its targets, actuals, missing reasons and
// notes per fiscal year and period) into an ImportedRow: numbers through NumberText (text becomes a
// missing value with its reason, never 0), then the mapping's rules, then percent values into percent
// points by the mapping's scale. Reports what it could not take as written; finish() adds how often
// each rule applied.
class CsvValueReader
{
public:
    CsvValueReader(const CsvMapping& mapping, const CsvBinding& binding, ImportReport& report,
                   const QString& sheet);

    // Adds the record's values to row.values; row.unit must already be read.
    void read(const CsvRecord& record, ImportedRow& row);
    void finish();

private:
    struct PendingNumber; // a figure whose number may still change (a rule, the percent scale)
    QString cell(const CsvRecord& record, int column) const;
    void warn(int line, int column, const QString& raw, const QString& reason, const QString& topic);
    void readValues(const CsvRecord& record, ImportedRow& row, std::vector<PendingNumber>& pending);
    ImportedFigure readFigure(const CsvRecord& record, const BoundSide& side,
                              std::vector<PendingNumber>& pending, bool target, size_t valueIndex);
    void applyRules(const CsvRecord& record, ImportedRow& row, std::vector<PendingNumber>& pending);
    void scalePercent(ImportedRow& row, std::vector<PendingNumber>& pending);

    const CsvMapping& m_mapping;
    const CsvBinding& m_binding;
    ImportReport& m_report;
    const QString& m_sheet;
    std::vector<int> m_ruleCounts;
};

} // namespace ys::io
