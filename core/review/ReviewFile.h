// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewPackage.h"

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace ys::review {

// A review file (*.yardstick-review) on disk: JSON with the review package as its payload, the
// format's version, and a SHA-256 checksum of the payload. Read as untrusted input, in this order:
// a size limit, JSON, the format's marker, its version (a newer one is refused: WriteRefused,
// "made by a newer version"), the checksum (a changed payload is refused: NotAPlan, "changed after
// it was written"), then every field (ReviewPackageJson). The checksum finds a file damaged or
// edited by hand; it is not a signature against someone who recomputes it.
namespace ReviewFile {

inline constexpr qint64 MaxBytes = 64 * 1024 * 1024;

QByteArray encode(const ReviewPackage& package);
Result<ReviewPackage> decode(const QByteArray& bytes, const QString& source);

// Writes atomically (a temporary file renamed into place).
Status write(const ReviewPackage& package, const QString& path);
Result<ReviewPackage> read(const QString& path);

// The checksum of a payload as the file records it (lowercase hex SHA-256 of its compact JSON).
QString checksumOf(const QByteArray& compactPayload);

} // namespace ReviewFile

} // namespace ys::review
