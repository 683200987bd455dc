// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxXml.h"

namespace ys::io {

Status enterXlsxRoot(QXmlStreamReader& reader, const QString& file, const QString& part)
{
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement)
            return {};
        if (token == QXmlStreamReader::DTD) {
            Error e = Error::make(Error::Code::Invalid,
                                  QStringLiteral("%1 declares a DTD, which Excel never writes; the file "
                                                 "was not made by a spreadsheet program")
                                      .arg(part));
            e.file = file;
            return e;
        }
    }
    return xlsxXmlError(reader, file, part);
}

Error xlsxXmlError(const QXmlStreamReader& reader, const QString& file, const QString& part)
{
    const QString detail = reader.hasError() ? reader.errorString() : QStringLiteral("the document is empty");
    Error e =
        Error::make(Error::Code::Invalid, QStringLiteral("%1 is not well-formed XML (line %2, column %3: %4)")
                                              .arg(part)
                                              .arg(reader.lineNumber())
                                              .arg(reader.columnNumber())
                                              .arg(detail));
    e.file = file;
    return e;
}

QString readXlsxString(QXmlStreamReader& reader)
{
    QString text;
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        if (name == u"t") {
            text += reader.readElementText();
        } else if (name == u"r") {
            while (reader.readNextStartElement()) {
                if (reader.name() == u"t")
                    text += reader.readElementText();
                else
                    reader.skipCurrentElement(); // run properties <rPr>
            }
        } else {
            reader.skipCurrentElement(); // <rPh>, <phoneticPr>
        }
    }
    return text.contains(u"_x") ? unescapeXlsxString(std::move(text)) : text;
}

QString unescapeXlsxString(QString text)
{
    auto hex = [](char16_t c) -> int {
        if (c >= u'0' && c <= u'9')
            return c - u'0';
        if (c >= u'a' && c <= u'f')
            return c - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c - u'A' + 10;
        return -1;
    };
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        // _xHHHH_ is 7 characters: '_', 'x', four hex digits, '_'.
        if (text[i] == u'_' && i + 6 < n && text[i + 1] == u'x' && text[i + 6] == u'_') {
            int code = 0;
            bool valid = true;
            for (qsizetype k = i + 2; k < i + 6 && valid; ++k) {
                const int digit = hex(text[k].unicode());
                valid = digit >= 0;
                code = code * 16 + digit;
            }
            if (valid) {
                out.append(QChar(char16_t(code)));
                i += 6;
                continue;
            }
        }
        out.append(text[i]);
    }
    return out;
}

} // namespace ys::io
