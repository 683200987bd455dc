// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace ys::io {

// CsvDecoder: turns the bytes of a text file into text in the encoding the user named, or in UTF-8;
// when they are not UTF-8 it says where, and how to name the encoding instead of guessing it (a wrong
// guess would put wrong letters into a plan without anyone noticing).
class CsvDecoder
{
public:
    struct Decoded
    {
        QString text;
        QString encoding; // "utf-8" or "windows-1252"
    };

    // encoding: "" or "utf-8" / "utf8"; "latin1" / "iso-8859-1" / "windows-1252" / "cp1252".
    static Result<Decoded> decode(const QByteArray& bytes, const QString& sourceName,
                                  const QString& encoding);

    // Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1.
    static qsizetype firstInvalidUtf8(const QByteArray& bytes, qsizetype from = 0);
    // Windows-1252: Latin-1 with printable characters (curly quotes, the euro sign) at 0x80-0x9F.
    static QString fromWindows1252(const QByteArray& bytes);
};

} // namespace ys::io
