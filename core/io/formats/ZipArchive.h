// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace ys::io {

// ZipArchive: reads the entries of a zip file (an .xlsx is one), refusing entries that expand beyond a
// cap so that a small hostile file cannot exhaust memory. Read-only; not for use from two threads at
// once (minizip keeps one read cursor per open archive).
class ZipArchive
{
public:
    // Far above any real spreadsheet part (the largest sheet we know is 2.3 MB), far below a zip bomb.
    static constexpr qint64 DefaultMaxEntrySize = qint64(256) * 1024 * 1024;

    static Result<ZipArchive> open(const QString& path);

    ZipArchive(ZipArchive&&) noexcept;
    ZipArchive& operator=(ZipArchive&&) noexcept;
    ~ZipArchive();

    QString path() const { return m_path; }
    // Entry names in the order of the archive's central directory.
    QStringList entryNames() const { return m_names; }
    bool contains(const QString& name) const { return m_entries.contains(name); }
    // The uncompressed size the archive's directory declares (which may lie), or -1 if absent.
    qint64 declaredSize(const QString& name) const;

    // The whole uncompressed entry. Refuses an entry whose declared size exceeds maxSize, and stops
    // reading once maxSize bytes came out whatever the header said.
    Result<QByteArray> read(const QString& name, qint64 maxSize = DefaultMaxEntrySize) const;

private:
    struct Handle;
    struct Entry
    {
        quint64 directoryOffset = 0; // where minizip finds the entry again (unz64_file_pos)
        quint64 fileNumber = 0;
        qint64 uncompressedSize = 0;
        bool encrypted = false;
    };

    ZipArchive() = default;
    Error error(const QString& message) const;

    QString m_path;
    std::unique_ptr<Handle> m_handle;
    QStringList m_names;
    QHash<QString, Entry> m_entries;
};

} // namespace ys::io
