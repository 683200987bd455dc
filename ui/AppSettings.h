// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace ys::ui {

// The application's own settings (not the plan file's), typed, with their defaults, in one place:
// window geometry and splitter state, recent files, the last folder used, reviewer mode.
class AppSettings
{
public:
    static constexpr int MaxRecentFiles = 8;

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& value);
    static QByteArray windowState();
    static void setWindowState(const QByteArray& value);
    static QByteArray splitterState();
    static void setSplitterState(const QByteArray& value);
    static QStringList recentFiles();
    // Puts `path` first in the recent files (removing duplicates and files that are gone).
    static void addRecentFile(const QString& path);
    static QString lastFolder();
    static void setLastFolder(const QString& folder);
    // Reviewer mode for files that record none of their own (key "review/reviewerMode", default off).
    static bool reviewerMode();
    static void setReviewerMode(bool on);
};

} // namespace ys::ui
