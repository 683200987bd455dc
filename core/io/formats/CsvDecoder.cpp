// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvDecoder.h"

namespace ys::io {

namespace {

const QByteArray Utf8Bom("\xEF\xBB\xBF");

// 0x80-0x9F of Windows-1252. The five bytes it leaves undefined map to the C1 control of the same
// value, as browsers do (the WHATWG encoding standard also treats the label "latin1" this way).
constexpr char16_t Windows1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                          0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                          0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                          0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

enum class Encoding
{
    Utf8,
    Windows1252,
    Unknown
};

Encoding encodingNamed(const QString& name)
{
    QString key = name.trimmed().toLower();
    key.remove(u'-');
    key.remove(u'_');
    if (key.isEmpty() || key == u"utf8")
        return Encoding::Utf8;
    if (key == u"latin1" || key == u"iso88591" || key == u"windows1252" || key == u"cp1252")
        return Encoding::Windows1252;
    return Encoding::Unknown;
}

// 1-based line of a byte offset, counting CRLF, LF and CR as the CSV parser does.
int lineOf(const QByteArray& bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

Error invalid(const QString& source, const QString& message)
{
    Error e = Error::make(Error::Code::Invalid, message);
    e.file = source;
    return e;
}

} // namespace

qsizetype CsvDecoder::firstInvalidUtf8(const QByteArray& bytes, qsizetype from)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = from;
    while (i < n) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
        unsigned char low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        if (data[i + 1] < low || data[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k)
            if (data[i + k] < 0x80 || data[i + k] > 0xBF)
                return i;
        i += length;
    }
    return -1;
}

QString CsvDecoder::fromWindows1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        out[i] = QChar(c >= 0x80 && c < 0xA0 ? Windows1252High[c - 0x80] : char16_t(c));
    }
    return text;
}

Result<CsvDecoder::Decoded> CsvDecoder::decode(const QByteArray& bytes, const QString& sourceName,
                                               const QString& encoding)
{
    const Encoding named = encodingNamed(encoding);
    if (named == Encoding::Unknown) {
        Error e = invalid(sourceName, QStringLiteral("the encoding \"%1\" is not known; name \"utf-8\" or "
                                                     "\"latin1\"")
                                          .arg(encoding));
        e.code = Error::Code::Usage;
        return e;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return invalid(sourceName, QStringLiteral("is UTF-16 text; save it as CSV in UTF-8 (in Excel: "
                                                  "\"CSV UTF-8\") and import it again"));
    // A NUL byte never occurs in text of either encoding: this is a binary file (or UTF-16 without BOM).
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return invalid(sourceName, QStringLiteral("is not a text file: line %1 has a NUL byte at byte offset "
                                                  "%2 (is it a spreadsheet or UTF-16 text?)")
                                       .arg(lineOf(bytes, nul))
                                       .arg(nul));

    // A UTF-8 byte order mark settles the question, whatever encoding was named.
    const bool bom = bytes.startsWith(Utf8Bom);
    if (named == Encoding::Utf8 || bom) {
        const qsizetype start = bom ? Utf8Bom.size() : 0;
        const qsizetype bad = firstInvalidUtf8(bytes, start);
        if (bad < 0)
            return Decoded{QString::fromUtf8(bytes.constData() + start, bytes.size() - start),
                           QStringLiteral("utf-8")};
        if (named == Encoding::Utf8)
            return invalid(
                sourceName,
                QStringLiteral("is not UTF-8: line %1 has the byte 0x%2 at byte offset %3, which is "
                               "not valid UTF-8. It looks like Latin-1 (Windows-1252) text; name "
                               "the file's encoding, e.g. \"encoding\": \"latin1\" in the mapping "
                               "file")
                    .arg(lineOf(bytes, bad))
                    .arg(QString::number(static_cast<unsigned char>(bytes[bad]), 16).toUpper())
                    .arg(bad));
    }
    return Decoded{fromWindows1252(bytes), QStringLiteral("windows-1252")};
}

} // namespace ys::io
