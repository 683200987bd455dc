// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

#include <functional>

namespace ys::storage {

class Connection;

// Brings a plan file to the current schema: a verified backup beside it first, then each numbered
// migration in its own transaction (user_version moves with it), so a failure at any step leaves
// the file as it was at the last completed version and the backup untouched.
class Migrator
{
public:
    explicit Migrator(const Connection& connection) : m_connection(connection) {}

    // "plan.yardstick" at version 1 -> "plan.yardstick.v1.bak"
    static QString backupPathFor(const QString& planPath, int version);

    // Creates the schema of an empty database (no backup: there is nothing to lose).
    Status createSchema();
    // Migrates from `fromVersion` to the current version, after a verified backup unless told not
    // to (a throwaway copy needs none).
    Status migrate(int fromVersion, bool takeBackup = true);

    // For tests: called before each migration step; returning false makes that step fail.
    void setStepHook(std::function<bool(int version)> hook) { m_hook = std::move(hook); }
    QString lastBackupPath() const { return m_backupPath; }

private:
    Status apply(int fromVersion);

    const Connection& m_connection;
    std::function<bool(int)> m_hook;
    QString m_backupPath;
};

} // namespace ys::storage
