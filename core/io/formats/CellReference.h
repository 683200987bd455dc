// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ys::io {

// CellReference: converts between Excel's "AB12" and a (row, column) pair.
struct CellReference
{
    int row = 0;    // 1-based, as Excel shows it
    int column = 0; // 0-based

    // "AB12" -> {12, 27}. Syntax only: a reference beyond Excel's grid ("XFE1") still parses, so that
    // the caller can say what is wrong with it; nullopt when it is not a reference at all.
    static std::optional<CellReference> parse(QStringView text);

    // 0 -> "A", 27 -> "AB"; "?" for a negative index.
    static QString columnName(int column);

    QString toString() const { return columnName(column) + QString::number(row); }
};

} // namespace ys::io
