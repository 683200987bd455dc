// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

namespace ys::storage {

class Connection;

// Copies a whole plan file with SQLite's online backup API, then checks the copy
// (quick_check, same schema version) before anyone relies on it: Save As and the backup taken
// before a migration.
namespace Backup {

// Writes a consistent copy of `source` to `targetPath` (replaced when it exists), verified.
Status copyTo(const Connection& source, const QString& targetPath);

} // namespace Backup

} // namespace ys::storage
