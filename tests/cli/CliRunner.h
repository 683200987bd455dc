// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TempDir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

// Runs the real yardstick binary without a display, as a script or a terminal would.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

inline CliResult yardstick(const QStringList& arguments, int timeoutMs = 60000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(YS_YARDSTICK_BIN), arguments);
    REQUIRE(process.waitForFinished(timeoutMs));
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// A plan file holding the sample plan, made through the command line.
inline QString samplePlan(const TempDir& dir, const QString& name = QStringLiteral("sample.yardstick"))
{
    const QString path = dir.path(name);
    REQUIRE(yardstick({QStringLiteral("new"), path}).exitCode == 0);
    const CliResult imported = yardstick({QStringLiteral("import"), path, QStringLiteral(YS_SAMPLE_JSON),
                                          QStringLiteral("--format"), QStringLiteral("yardstick-json")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    return path;
}
