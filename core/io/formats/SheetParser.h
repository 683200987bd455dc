// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SharedStrings.h"
#include "XlsxSheet.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

class QXmlStreamReader;

namespace ys::io {

// SheetParser: turns one worksheet part (xl/worksheets/sheetN.xml) into rows of cells, refusing what
// Excel itself could not have written (cells past its grid, over-long text, dangling string indexes).
class SheetParser
{
public:
    // file, sheetName and part only name the source in error messages.
    SheetParser(const SharedStrings& strings, QString file, QString sheetName, QString part);

    // Rows numbered above lastRow are not read (finding a header needs only the first few).
    Result<XlsxSheet> parse(const QByteArray& xml, int lastRow = ExcelMaxRows) const;

private:
    struct RowState;

    Status readRow(QXmlStreamReader& reader, RowState& state, XlsxRow& row) const;
    Status readCell(QXmlStreamReader& reader, RowState& state, XlsxRow& row) const;
    Error cellError(const RowState& state, int column, const QString& message) const;
    Error sheetError(const QString& message) const;

    const SharedStrings& m_strings;
    QString m_file;
    QString m_sheetName;
    QString m_part;
};

} // namespace ys::io
