// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPageSize>
#include <QStringList>

namespace ys::ui {

// The application's own settings (not the plan file's), typed, with their defaults, in one place:
// window geometry and splitter state, recent files, the last folder used, reviewer mode, and what
// the settings dialog edits besides it: the name recorded in the audit log, the defaults of new
// plan files and the paper size.
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

    // The name recorded in locks and audit logs; empty: the login name.
    static QString userName();
    static void setUserName(const QString& name);
    // Defaults of a new plan file (each file then carries its own).
    static int fiscalYearStartMonth(); // 1-12, default 7 (July)
    static void setFiscalYearStartMonth(int month);
    static double defaultTolerance(); // a fraction, default 0.10
    static void setDefaultTolerance(double tolerance);
    // The publication's paper: A4 by default, US Letter where the locale measures in inches.
    static QPageSize::PageSizeId paperSize();
    static void setPaperSize(QPageSize::PageSizeId size);
    // The paper sizes offered, in the order the settings dialog lists them.
    static QList<QPageSize::PageSizeId> paperSizes();
    // Reviewer mode for files that record none of their own (key "review/reviewerMode", default off).
    static bool reviewerMode();
    static void setReviewerMode(bool on);
};

} // namespace ys::ui
