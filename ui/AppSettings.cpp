// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace ys::ui {
namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kRecent = QStringLiteral("files/recent");
const QString kFolder = QStringLiteral("files/lastFolder");
const QString kReviewerMode = QStringLiteral("review/reviewerMode");
} // namespace

QByteArray AppSettings::windowGeometry() { return QSettings().value(kGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray& value) { QSettings().setValue(kGeometry, value); }
QByteArray AppSettings::windowState() { return QSettings().value(kState).toByteArray(); }
void AppSettings::setWindowState(const QByteArray& value) { QSettings().setValue(kState, value); }
QByteArray AppSettings::splitterState() { return QSettings().value(kSplitter).toByteArray(); }
void AppSettings::setSplitterState(const QByteArray& value) { QSettings().setValue(kSplitter, value); }

QStringList AppSettings::recentFiles()
{
    QStringList files;
    for (const QString& file : QSettings().value(kRecent).toStringList())
        if (QFileInfo::exists(file))
            files << file;
    return files;
}

void AppSettings::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecent, files);
}

QString AppSettings::lastFolder()
{
    return QSettings().value(kFolder, QDir::homePath()).toString();
}

void AppSettings::setLastFolder(const QString& folder)
{
    QSettings().setValue(kFolder, folder);
}

bool AppSettings::reviewerMode()
{
    return QSettings().value(kReviewerMode, false).toBool();
}

void AppSettings::setReviewerMode(bool on)
{
    QSettings().setValue(kReviewerMode, on);
}

} // namespace ys::ui
