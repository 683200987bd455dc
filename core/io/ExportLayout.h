// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ys::io {

// ExportLayout: the columns of the CSV and XLSX exports, in one place, and the column mapping that
// reads an export back (the same mapping is committed as tests/data/export-mapping.json and is the
// CSV import's default). One row per measure: who and what it is, then per fiscal year its target
// and actual, with further columns (missing reasons, notes, quarters) only where some measure has one.
class ExportLayout
{
public:
    enum class Part
    {
        Value,
        MissingReason,
        Note
    };

    // "Agency", "Agency Name", "Owner", ... "Baseline Year", then the validation elements' labels.
    static QStringList measureColumns();
    // "FY25 Target", "FY25 Q1 Actual", "FY25 Target Missing Reason", "FY25 Actual Note".
    static QString valueColumn(int fiscalYear, Period period, bool target, Part part);
    // The mapping that imports an export back.
    static QJsonObject mappingJson();
    static QString mappingName() { return QStringLiteral("the built-in mapping of Yardstick's CSV export"); }
};

} // namespace ys::io
