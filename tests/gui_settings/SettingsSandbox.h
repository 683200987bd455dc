// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The application's settings in a temporary folder, so that a test neither reads nor changes the
// settings of the person running it.
#include "TempDir.h"

#include <QCoreApplication>
#include <QSettings>

class SettingsSandbox
{
public:
    SettingsSandbox()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Yardstick"));
        QCoreApplication::setApplicationName(QStringLiteral("Yardstick"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.root());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.root());
        QSettings().clear();
    }
    ~SettingsSandbox() { QSettings().clear(); }
    SettingsSandbox(const SettingsSandbox&) = delete;
    SettingsSandbox& operator=(const SettingsSandbox&) = delete;

    // The file the settings are written to.
    QString fileName() const { return QSettings().fileName(); }
    QString folder() const { return m_dir.root(); }

private:
    TempDir m_dir;
};
