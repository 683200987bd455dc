// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteHeader.h"

#include <QFile>
#include <QFileInfo>

namespace ys::storage {
namespace {

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

Error notAPlan(const QString& path, const QString& sentence)
{
    Error error = Error::make(Error::Code::NotAPlan, sentence);
    error.file = path;
    return error;
}

} // namespace

Result<SqliteHeader> SqliteHeader::read(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return notAPlan(path, QStringLiteral("the file does not exist."));
    if (info.isDir())
        return notAPlan(path, QStringLiteral("this is a folder, not a plan file."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return notAPlan(path, QStringLiteral("the file cannot be read (%1).").arg(file.errorString()));
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic)) {
        if (info.size() == 0)
            return notAPlan(path, QStringLiteral("the file is empty; it is not a Yardstick plan."));
        return notAPlan(path, QStringLiteral("this is not a Yardstick plan file (it is not an SQLite database)."));
    }

    SqliteHeader header;
    header.fileSize = info.size();
    const quint32 rawPageSize = (quint32(quint8(bytes[16])) << 8) | quint32(quint8(bytes[17]));
    header.pageSize = rawPageSize == 1 ? 65536 : int(rawPageSize);
    header.pagesInHeader = bigEndian32(bytes, 28);
    header.userVersion = int(bigEndian32(bytes, 60));
    header.applicationId = std::int32_t(bigEndian32(bytes, 68));

    const bool pageSizeValid = header.pageSize >= 512 && header.pageSize <= 65536 &&
                               (header.pageSize & (header.pageSize - 1)) == 0;
    if (!pageSizeValid)
        return notAPlan(path, QStringLiteral("the plan file is damaged (its header is not valid)."));
    if (header.fileSize % header.pageSize != 0 ||
        (header.pagesInHeader > 0 && header.fileSize < header.pagesInHeader * header.pageSize))
        return notAPlan(path, QStringLiteral("the plan file is damaged: it is truncated (%1 bytes, %2 expected). "
                                             "Open a backup copy instead.")
                                  .arg(header.fileSize)
                                  .arg(header.pagesInHeader * header.pageSize));
    return header;
}

} // namespace ys::storage
