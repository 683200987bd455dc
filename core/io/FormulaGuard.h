// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ys::io {

// FormulaGuard: keeps exported text from being run as a formula when a spreadsheet opens the file
// (CSV injection): text starting with = + - @, a tab or a carriage return gets a leading apostrophe,
// as a person would type it in Excel. Text that already starts with an apostrophe gets one more, so
// that unguard() gives back exactly what was exported. XLSX cells get the same text as CSV cells:
// libxlsxwriter 1.1.4 (Debian 12) has no quote-prefix format to hide the apostrophe.
class FormulaGuard
{
public:
    static bool needsGuard(const QString& text);
    static QString guard(const QString& text) { return needsGuard(text) ? QStringLiteral("'") + text : text; }
    // The text as it was before guard(); used by the import of an export ("text_guard": true).
    static QString unguard(const QString& text) { return text.startsWith(u'\'') ? text.mid(1) : text; }
};

} // namespace ys::io
