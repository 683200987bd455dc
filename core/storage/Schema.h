// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <cstdint>

namespace ys::storage {

// The plan file's schema: its identity and its numbered migrations. Migration N turns a file at
// version N-1 into version N; version 0 is an empty database.
namespace Schema {

// PRAGMA application_id of every plan file: "YdSt" as a big-endian 32-bit integer.
inline constexpr std::int32_t ApplicationId = 0x59645374;

// The version this program writes.
int currentVersion();

// The statements of migration `version` (1 .. currentVersion()), run in one transaction.
QStringList migration(int version);

} // namespace Schema

} // namespace ys::storage
