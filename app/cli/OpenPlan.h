// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/PlanFile.h"

#include <memory>

namespace ys::cli {

// Opens a plan file the way verbs do. For reading: read-only, telling stderr what the user
// should know (locked by someone, newer version). For writing: refused with exit code 4 when
// the file cannot be written. On failure `exitCode` is set and the error already printed.
struct OpenPlan
{
    std::unique_ptr<storage::PlanFile> file;
    int exitCode = 0;

    static OpenPlan forReading(const QString& path);
    static OpenPlan forWriting(const QString& path);
    explicit operator bool() const { return file != nullptr; }
};

} // namespace ys::cli
