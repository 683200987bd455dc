// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

#include <optional>

namespace ys::storage {

class Connection;

// The settings a plan file carries with it, typed: the fiscal year's start month, the default
// status tolerance, the file's own identity. Stored as rows of file_setting.
class FileSettings
{
public:
    explicit FileSettings(const Connection& connection) : m_connection(connection) {}

    int fiscalYearStartMonth() const;               // default 7 (July)
    Status setFiscalYearStartMonth(int month);
    double defaultTolerance() const;                // default 0.10
    Status setDefaultTolerance(double tolerance);
    // A random id given when the file is made; copies made by extract keep their origin's.
    QString fileUid() const;
    Status setFileUid(const QString& uid);

    // Whether the file is worked on in reviewer mode; nullopt when the file records nothing (the
    // application's own setting then decides).
    std::optional<bool> reviewerMode() const;
    Status setReviewerMode(bool on);

    QString value(const QString& key, const QString& fallback = {}) const;
    Status setValue(const QString& key, const QString& value);

private:
    const Connection& m_connection;
};

} // namespace ys::storage
