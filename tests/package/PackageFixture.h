// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The .deb that the fixture "package: cpack builds the Debian package" made, unpacked into a
// temporary folder, and a way to run the programs that check it (dpkg-deb, desktop-file-validate,
// appstreamcli, update-mime-database) as a user's system would.
#include "TempDir.h"

#include <QDir>
#include <QProcess>
#include <QStringList>

#include <catch2/catch.hpp>

struct ToolRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline ToolRun runTool(const QString& program, const QStringList& arguments, const QProcessEnvironment& env = {})
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForStarted(10000)) {
        run.err = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return run;
    }
    process.waitForFinished(120000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The one .deb in the fixture's folder.
inline QString packagePath()
{
    const QDir dir(QStringLiteral(YS_PACKAGE_DIR));
    const QStringList debs = dir.entryList({QStringLiteral("yardstick_*.deb")}, QDir::Files);
    REQUIRE(debs.size() == 1);
    return dir.filePath(debs.first());
}

// The package unpacked (dpkg-deb -x) into a temporary root.
class UnpackedPackage
{
public:
    UnpackedPackage()
    {
        const ToolRun run = runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), packagePath(), m_dir.root()});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    QString path(const QString& relative) const { return m_dir.root() + QLatin1Char('/') + relative; }
    QString root() const { return m_dir.root(); }

private:
    TempDir m_dir;
};
