// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

#include <cstdint>

namespace ys::storage {

// What the first 100 bytes of a file say about it, read before SQLite touches the file, so that a
// text file, a truncated copy or someone else's database is told apart with a clear sentence.
struct SqliteHeader
{
    std::int32_t applicationId = 0;
    int userVersion = 0;
    int pageSize = 0;
    qint64 fileSize = 0;
    qint64 pagesInHeader = 0; // the database size the header claims, in pages

    // Reads the header of `path`; NotAPlan errors for a missing, empty, non-SQLite or truncated file.
    static Result<SqliteHeader> read(const QString& path);
};

} // namespace ys::storage
