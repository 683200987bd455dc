// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedStrings.h"

#include "XlsxXml.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace ys::io {

namespace {
// The count attribute is only a hint, and a hostile one must not make us allocate a huge table.
constexpr qint64 MaxReserve = 1 << 20;
} // namespace

Result<SharedStrings> SharedStrings::parse(const QByteArray& xml, const QString& file, const QString& part)
{
    SharedStrings table;
    QXmlStreamReader reader(xml);
    if (Status entered = enterXlsxRoot(reader, file, part); !entered)
        return entered.error();

    const qint64 count = reader.attributes().value(QLatin1String("uniqueCount")).toLongLong();
    table.m_strings.reserve(size_t(std::clamp<qint64>(count, 0, MaxReserve)));
    while (reader.readNextStartElement()) {
        if (reader.name() == u"si")
            table.m_strings.push_back(readXlsxString(reader));
        else
            reader.skipCurrentElement();
    }
    if (reader.hasError())
        return xlsxXmlError(reader, file, part);
    return table;
}

} // namespace ys::io
