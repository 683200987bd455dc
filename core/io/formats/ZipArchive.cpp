// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipArchive.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

#include <unzip.h>

namespace ys::io {

namespace {

// Bit 0 of the general purpose flags: the entry is encrypted (traditional PKWARE or AES).
constexpr uLong EncryptedFlag = 0x1;
// Bit 11: the entry name is UTF-8; without it, zip names are CP437, which is ASCII for every name an
// .xlsx uses.
constexpr uLong Utf8NameFlag = 0x800;
// Do not trust the declared size for the first allocation: a lying header could ask for the cap.
constexpr qint64 MaxInitialReserve = qint64(16) * 1024 * 1024;
constexpr int ChunkSize = 64 * 1024;

QString bytes(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n) + QStringLiteral(" bytes");
}

} // namespace

struct ZipArchive::Handle
{
    unzFile zip = nullptr;
    ~Handle()
    {
        if (zip)
            unzClose(zip);
    }
};

ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

Error ZipArchive::error(const QString& message) const
{
    Error e = Error::make(Error::Code::Invalid, message);
    e.file = m_path;
    return e;
}

Result<ZipArchive> ZipArchive::open(const QString& path)
{
    ZipArchive archive;
    archive.m_path = path;

    // Tell "missing" and "unreadable" apart from "not a zip": minizip reports all three as a null handle.
    const QFileInfo info(path);
    if (!info.exists()) {
        Error e = archive.error(QStringLiteral("the file does not exist"));
        e.code = Error::Code::Io;
        return e;
    }
    if (!info.isFile() || !info.isReadable()) {
        Error e = archive.error(QStringLiteral("the file cannot be read (is it a folder, or not readable?)"));
        e.code = Error::Code::Io;
        return e;
    }

    archive.m_handle = std::make_unique<Handle>();
    const QByteArray native = QFile::encodeName(path);
    archive.m_handle->zip = unzOpen64(native.constData());
    if (!archive.m_handle->zip)
        return archive.error(QStringLiteral("not a zip archive (or a damaged or incomplete one)"));

    unzFile zip = archive.m_handle->zip;
    int status = unzGoToFirstFile(zip);
    while (status == UNZ_OK) {
        unz_file_info64 fileInfo{};
        char name[1024];
        if (unzGetCurrentFileInfo64(zip, &fileInfo, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            return archive.error(QStringLiteral("the zip archive's directory is damaged"));
        // minizip truncates longer names; no Office part name comes close, so skip rather than misname.
        if (fileInfo.size_filename < sizeof name) {
            const qsizetype length = qsizetype(fileInfo.size_filename);
            const QString entryName = (fileInfo.flag & Utf8NameFlag) ? QString::fromUtf8(name, length)
                                                                     : QString::fromLatin1(name, length);
            unz64_file_pos position{};
            unzGetFilePos64(zip, &position);
            Entry entry;
            entry.directoryOffset = position.pos_in_zip_directory;
            entry.fileNumber = position.num_of_file;
            entry.uncompressedSize = qint64(fileInfo.uncompressed_size);
            entry.encrypted = fileInfo.flag & EncryptedFlag;
            // A duplicate name keeps its first entry, as most unzip tools do.
            if (!archive.m_entries.contains(entryName)) {
                archive.m_entries.insert(entryName, entry);
                archive.m_names.append(entryName);
            }
        }
        status = unzGoToNextFile(zip);
    }
    if (status != UNZ_END_OF_LIST_OF_FILE)
        return archive.error(QStringLiteral("the zip archive's directory is damaged"));
    return archive;
}

qint64 ZipArchive::declaredSize(const QString& name) const
{
    const auto it = m_entries.constFind(name);
    return it == m_entries.constEnd() ? -1 : it->uncompressedSize;
}

Result<QByteArray> ZipArchive::read(const QString& name, qint64 maxSize) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd()) {
        Error e = error(QStringLiteral("the zip archive has no entry \"%1\"").arg(name));
        e.code = Error::Code::NotFound;
        return e;
    }
    const Entry& entry = *it;
    if (entry.encrypted)
        return error(QStringLiteral("the zip entry \"%1\" is encrypted").arg(name));
    if (entry.uncompressedSize > maxSize)
        return error(QStringLiteral("the zip entry \"%1\" expands to %2, more than the limit of %3")
                         .arg(name, bytes(entry.uncompressedSize), bytes(maxSize)));

    unzFile zip = m_handle->zip;
    unz64_file_pos position{entry.directoryOffset, entry.fileNumber};
    if (unzGoToFilePos64(zip, &position) != UNZ_OK || unzOpenCurrentFile(zip) != UNZ_OK)
        return error(
            QStringLiteral("the zip entry \"%1\" cannot be opened: the archive is damaged").arg(name));

    QByteArray data;
    data.reserve(qsizetype(std::min({entry.uncompressedSize, maxSize, MaxInitialReserve})));
    char chunk[ChunkSize];
    int got = 0;
    while ((got = unzReadCurrentFile(zip, chunk, ChunkSize)) > 0) {
        // Checked before appending so that a lying header never costs more than the cap in memory.
        if (data.size() + got > maxSize) {
            unzCloseCurrentFile(zip);
            return error(QStringLiteral("the zip entry \"%1\" expands beyond the limit of %2 (a zip bomb?)")
                             .arg(name, bytes(maxSize)));
        }
        data.append(chunk, got);
    }
    const int closed = unzCloseCurrentFile(zip);
    // minizip checks the CRC only when the data came out to the declared size: a stream that ends
    // early would otherwise pass as a shorter, intact entry.
    if (got >= 0 && closed == UNZ_OK && data.size() != entry.uncompressedSize)
        return error(QStringLiteral("the zip entry \"%1\" is damaged (it ends early)").arg(name));
    if (got < 0 || closed != UNZ_OK)
        return error(QStringLiteral("the zip entry \"%1\" is damaged (%2)")
                         .arg(name, closed == UNZ_CRCERROR ? QStringLiteral("its checksum does not match")
                                                           : QStringLiteral("it cannot be decompressed")));
    return data;
}

} // namespace ys::io
