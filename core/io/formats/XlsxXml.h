// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>
#include <QXmlStreamReader>

namespace ys::io {

// XlsxXml: what every part of an .xlsx is read with: entering the root element safely, the one error
// message for XML that is not well formed, and the rich-text string format shared by <si> and <is>.

// Advances to the root element. Refuses a DTD: Excel never writes one, and its entities are the way to
// make a small file expand enormously ("billion laughs").
Status enterXlsxRoot(QXmlStreamReader& reader, const QString& file, const QString& part);

// "xl/worksheets/sheet1.xml is not well-formed XML (line 3, column 7: ...)", with the file set.
Error xlsxXmlError(const QXmlStreamReader& reader, const QString& file, const QString& part);

// Reads the string of an <si> or <is> element, the reader being on its start: the text of its <t>, or
// of the <t> of its rich-text runs <r> joined, without the phonetic guides <rPh> (Japanese readings
// that Excel does not show in the cell). Leaves the reader on the element's end.
QString readXlsxString(QXmlStreamReader& reader);

// Undoes Excel's _xHHHH_ escapes (control characters such as _x000D_ for a carriage return).
QString unescapeXlsxString(QString text);

} // namespace ys::io
