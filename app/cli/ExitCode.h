// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Error.h"

namespace ys::cli {

// The exit codes of every verb (listed in --help).
enum ExitCode : int {
    Done = 0,          // done
    Findings = 1,      // done, and the plan has findings that break the publish gate (check)
    WrongUsage = 2,    // wrong usage
    NotReadable = 3,   // the file cannot be read as a plan (missing, not a plan, damaged)
    WriteRefused = 4,  // a write was refused (read-only, locked by someone else, newer version)
};

// The exit code for an error returned by core.
int exitCodeFor(const Error& error);

} // namespace ys::cli
