// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/formats/ZipArchive.h"
#include "TempDir.h"
#include "XlsxFixture.h"

#include <catch2/catch.hpp>

#include <QtEndian>

using ys::Error;
using ys::Result;
using ys::io::ZipArchive;

namespace {

// Rewrites the uncompressed size of every entry, in the local headers and the central directory, the
// way a hand-made zip bomb lies about it.
QByteArray withDeclaredSize(QByteArray zip, quint32 size)
{
    auto patch = [&zip, size](const QByteArray& signature, qsizetype sizeOffset) {
        for (qsizetype at = zip.indexOf(signature); at >= 0; at = zip.indexOf(signature, at + 4))
            qToLittleEndian(size, zip.data() + at + sizeOffset);
    };
    patch(QByteArray("PK\x03\x04", 4), 22);
    patch(QByteArray("PK\x01\x02", 4), 24);
    return zip;
}

} // namespace

TEST_CASE("import: zip lists entries and reads one back in full")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("two.zip"));
    const QByteArray big(300 * 1000, 'x'); // several read chunks
    REQUIRE(writeZip(path, {{QStringLiteral("a.txt"), "alpha"}, {QStringLiteral("dir/b.bin"), big}}));

    Result<ZipArchive> zip = ZipArchive::open(path);
    REQUIRE(zip.ok());
    CHECK(zip->entryNames() == QStringList{QStringLiteral("a.txt"), QStringLiteral("dir/b.bin")});
    CHECK(zip->contains(QStringLiteral("a.txt")));
    CHECK(zip->declaredSize(QStringLiteral("dir/b.bin")) == big.size());

    Result<QByteArray> a = zip->read(QStringLiteral("a.txt"));
    REQUIRE(a.ok());
    CHECK(*a == "alpha");
    Result<QByteArray> b = zip->read(QStringLiteral("dir/b.bin"));
    REQUIRE(b.ok());
    CHECK(*b == big);
    // Entries can be read again, in any order.
    CHECK(*zip->read(QStringLiteral("a.txt")) == "alpha");
}

TEST_CASE("import: zip refuses what is not a zip and names a missing entry")
{
    TempDir dir;
    const QString text = dir.path(QStringLiteral("notes.zip"));
    REQUIRE(writeAll(text, "just some text, not a zip archive\n"));
    Result<ZipArchive> notZip = ZipArchive::open(text);
    REQUIRE_FALSE(notZip.ok());
    CHECK(notZip.error().code == Error::Code::Invalid);
    CHECK(notZip.error().message.contains(QStringLiteral("not a zip archive")));
    CHECK(notZip.error().describe().startsWith(text));

    Result<ZipArchive> missing = ZipArchive::open(dir.path(QStringLiteral("nowhere.zip")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::Io);
    CHECK(missing.error().message.contains(QStringLiteral("does not exist")));

    const QString path = dir.path(QStringLiteral("one.zip"));
    REQUIRE(writeZip(path, {{QStringLiteral("a.txt"), "alpha"}}));
    Result<ZipArchive> zip = ZipArchive::open(path);
    REQUIRE(zip.ok());
    Result<QByteArray> absent = zip->read(QStringLiteral("xl/workbook.xml"));
    REQUIRE_FALSE(absent.ok());
    CHECK(absent.error().code == Error::Code::NotFound);
    CHECK(absent.error().message.contains(QStringLiteral("no entry \"xl/workbook.xml\"")));
}

TEST_CASE("import: zip refuses an entry over the size cap, even when its header lies")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("bomb.zip"));
    const QByteArray zeros(4 * 1024 * 1024, '\0'); // compresses to a few kilobytes
    REQUIRE(writeZip(path, {{QStringLiteral("bomb.bin"), zeros}}));

    Result<ZipArchive> zip = ZipArchive::open(path);
    REQUIRE(zip.ok());
    Result<QByteArray> refused = zip->read(QStringLiteral("bomb.bin"), 1024 * 1024);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("more than the limit of 1,048,576 bytes")));

    // The same entry claiming to be 100 bytes: reading must neither trust the claim to return the
    // whole 4 MiB nor go past the cap; it ends in an error.
    const QString liar = dir.path(QStringLiteral("liar.zip"));
    REQUIRE(writeAll(liar, withDeclaredSize(readAll(path), 100)));
    Result<ZipArchive> lying = ZipArchive::open(liar);
    REQUIRE(lying.ok());
    CHECK(lying->declaredSize(QStringLiteral("bomb.bin")) == 100);
    Result<QByteArray> read = lying->read(QStringLiteral("bomb.bin"), 1024 * 1024);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.contains(QStringLiteral("bomb.bin")));
}
