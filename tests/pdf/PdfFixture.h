// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The whole-city book of the imported Baltimore workbook for FY27, written once per build by the
// real binary (`yardstick export --pdf`), and its text as pdftotext reads it, page by page.

#include "BaltimoreFixture.h"

#include <QRegularExpression>

inline QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Text as compared: without any whitespace, so that a title wrapped in its cell still matches.
inline QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

struct PdfBook
{
    QString path;
    QStringList pages; // pdftotext -raw, one entry per page
};

inline const PdfBook& cityBook()
{
    static const PdfBook book = [] {
        const BaltimoreFixture& city = BaltimoreFixture::get();
        const QDir dir(QStringLiteral(YS_BINARY_DIR "/tests/pdf/city-book"));
        REQUIRE(dir.mkpath(QStringLiteral(".")));
        QLockFile lock(dir.filePath(QStringLiteral("make.lock")));
        lock.setStaleLockTime(0);
        REQUIRE(lock.lock());
        PdfBook made;
        made.path = dir.filePath(QStringLiteral("city-fy27.pdf"));
        const QFileInfo pdf(made.path), plan(city.plan), binary(QStringLiteral(YS_YARDSTICK_BIN));
        if (!pdf.exists() || pdf.lastModified() < plan.lastModified() || pdf.lastModified() < binary.lastModified()) {
            const CliRun run = runYardstick({QStringLiteral("export"), city.plan, QStringLiteral("--pdf"), made.path,
                                             QStringLiteral("--cycle"), QStringLiteral("FY27"),
                                             QStringLiteral("--timestamp"), QStringLiteral("2026-07-01T09:00:00Z")});
            INFO(run.err.toStdString());
            REQUIRE(run.exitCode == 0);
        }
        made.pages = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), made.path, QStringLiteral("-")})
                         .split(QChar(u'\f'));
        if (!made.pages.isEmpty() && made.pages.last().trimmed().isEmpty())
            made.pages.removeLast();
        return made;
    }();
    return book;
}
