// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ys {

// An error as a value: what went wrong, where (file, row, field), in one sentence a person can act on.
// core never shows errors; callers decide how (a message box, a line on stderr, an exit code).
struct Error
{
    enum class Code {
        Usage,        // the caller asked for something impossible (bad argument)
        NotAPlan,     // the file is missing, not a plan, or damaged: exit code 3
        WriteRefused, // read-only, locked by someone else, or of a newer version: exit code 4
        Invalid,      // input data breaks a rule (bad value, unknown reference)
        NotFound,     // an id that does not exist
        Io,           // the operating system refused (disk full, permission)
        Conflict,     // someone else changed the same thing
        Internal,     // a bug: SQL that should not fail
    };

    Code code = Code::Internal;
    QString message;
    QString file;
    int row = -1;
    QString field;

    static Error make(Code code, QString message) { return Error{code, std::move(message), {}, -1, {}}; }

    // The one sentence shown to the user: the message, prefixed with file, row and field when known.
    QString describe() const;
};

} // namespace ys
