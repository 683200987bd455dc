// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenPlan.h"

#include "Console.h"
#include "ExitCode.h"

namespace ys::cli {

OpenPlan OpenPlan::forReading(const QString& path)
{
    OpenPlan result;
    auto file = storage::PlanFile::open(path, {storage::PlanFile::Access::ReadOnly, true, {}});
    if (!file) {
        result.exitCode = Console::fail(file.error());
        return result;
    }
    Console::notices((*file)->notices());
    result.file = std::move(*file);
    return result;
}

OpenPlan OpenPlan::forWriting(const QString& path)
{
    OpenPlan result;
    auto file = storage::PlanFile::open(path, {storage::PlanFile::Access::ReadWrite, true, {}});
    if (!file) {
        result.exitCode = Console::fail(file.error());
        return result;
    }
    if (auto writable = (*file)->requireWritable(); !writable) {
        result.exitCode = Console::fail(writable.error());
        return result;
    }
    Console::notices((*file)->notices());
    result.file = std::move(*file);
    return result;
}

} // namespace ys::cli
