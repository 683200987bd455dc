// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include "ExitCode.h"

#include <cstdio>
#include <unistd.h>

namespace ys::cli {

int exitCodeFor(const Error& error)
{
    switch (error.code) {
    case Error::Code::Usage: return WrongUsage;
    case Error::Code::NotAPlan: return NotReadable;
    case Error::Code::WriteRefused: return WriteRefused;
    default: return NotReadable;
    }
}

void Console::out(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Console::notice(const QString& text)
{
    std::fprintf(stderr, "yardstick: %s\n", text.toUtf8().constData());
}

void Console::notices(const QStringList& texts)
{
    for (const QString& text : texts)
        notice(text);
}

int Console::fail(const Error& error)
{
    notice(error.describe());
    return exitCodeFor(error);
}

int Console::usage(const QString& verb, const QString& sentence)
{
    std::fprintf(stderr, "yardstick %s: %s\nSee 'yardstick %s --help'.\n", verb.toUtf8().constData(),
                 sentence.toUtf8().constData(), verb.toUtf8().constData());
    return WrongUsage;
}

void Console::progress(const QString& what, int percent)
{
    if (!isatty(fileno(stderr)))
        return;
    std::fprintf(stderr, "\r%s... %3d %%%s", what.toUtf8().constData(), percent, percent >= 100 ? "\n" : "");
    std::fflush(stderr);
}

} // namespace ys::cli
