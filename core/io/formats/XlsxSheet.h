// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace ys::io {

// Excel's own grid and cell limits: a file beyond them was not written by Excel and is refused.
inline constexpr int ExcelMaxRows = 1'048'576;
inline constexpr int ExcelMaxColumns = 16'384;
inline constexpr int ExcelMaxCellLength = 32'767;

// XlsxCell: one cell as the file stores it: its cached value, untouched by number formats.
struct XlsxCell
{
    enum class Kind
    {
        Empty,
        Text,
        Number,
        Boolean,
        Error
    };

    Kind kind = Kind::Empty;
    // Text: the string. Number: the digits exactly as written ("46034.498148148145"), so that callers
    // can tell 71.25 from 71.250000001 without a round trip through double. Boolean: "TRUE"/"FALSE".
    // Error: the error code ("#N/A").
    QString text;
    double number = 0; // Number: the value; Boolean: 1 or 0
    bool formula = false;
    QString formulaText; // empty for the cells of a shared formula other than its first
};

// XlsxRow: the cells of one row that hold something.
struct XlsxRow
{
    int number = 0;              // 1-based, as Excel shows it
    std::vector<XlsxCell> cells; // index = 0-based column; gaps are Empty; no trailing Empty cells

    // The cell of a 0-based column, or an Empty one beyond the last.
    const XlsxCell& cell(int column) const
    {
        static const XlsxCell empty;
        return column >= 0 && size_t(column) < cells.size() ? cells[size_t(column)] : empty;
    }
};

// XlsxSheet: a worksheet's rows, without the empty ones (a row is kept when one of its cells holds a
// value or a formula).
struct XlsxSheet
{
    QString name;
    std::vector<XlsxRow> rows;
};

} // namespace ys::io
