// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ys::ui {

// Tab-separated text as spreadsheets put it on the clipboard: rows end with a line break (CR LF,
// LF or CR), cells are separated by tabs, and a cell holding a tab, a line break or a quote is
// quoted with doubled quotes inside (Excel, LibreOffice, Google Sheets).
class TsvText
{
public:
    // The block of rows and cells; a final line break does not make an empty last row.
    static QList<QStringList> parse(const QString& text);
    static QString format(const QList<QStringList>& rows);
};

} // namespace ys::ui
