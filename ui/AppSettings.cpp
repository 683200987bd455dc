// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

#include <cmath>

namespace ys::ui {
namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kRecent = QStringLiteral("files/recent");
const QString kFolder = QStringLiteral("files/lastFolder");
const QString kUserName = QStringLiteral("identity/userName");
const QString kStartMonth = QStringLiteral("newFiles/fiscalYearStartMonth");
const QString kTolerance = QStringLiteral("newFiles/defaultTolerance");
const QString kPaper = QStringLiteral("print/paperSize");
const QString kReviewerMode = QStringLiteral("review/reviewerMode");

// Paper sizes are stored by their PPD key ("A4", "Letter"), which stays readable in the file.
QPageSize::PageSizeId localeDefaultPaper()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}
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

QString AppSettings::userName()
{
    return QSettings().value(kUserName).toString().trimmed();
}

void AppSettings::setUserName(const QString& name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        QSettings().remove(kUserName);
    else
        QSettings().setValue(kUserName, trimmed);
}

int AppSettings::fiscalYearStartMonth()
{
    bool ok = false;
    const int month = QSettings().value(kStartMonth, 7).toInt(&ok);
    return ok && month >= 1 && month <= 12 ? month : 7;
}

void AppSettings::setFiscalYearStartMonth(int month)
{
    if (month >= 1 && month <= 12)
        QSettings().setValue(kStartMonth, month);
}

double AppSettings::defaultTolerance()
{
    bool ok = false;
    const double tolerance = QSettings().value(kTolerance, 0.10).toDouble(&ok);
    return ok && std::isfinite(tolerance) && tolerance >= 0 && tolerance <= 1 ? tolerance : 0.10;
}

void AppSettings::setDefaultTolerance(double tolerance)
{
    if (std::isfinite(tolerance) && tolerance >= 0 && tolerance <= 1)
        QSettings().setValue(kTolerance, tolerance);
}

QList<QPageSize::PageSizeId> AppSettings::paperSizes()
{
    // The papers the publication PDF is laid out for (report/pdf/PageGeometry).
    return {QPageSize::A4, QPageSize::Letter};
}

QPageSize::PageSizeId AppSettings::paperSize()
{
    const QString key = QSettings().value(kPaper).toString();
    for (QPageSize::PageSizeId id : paperSizes())
        if (QPageSize::key(id) == key)
            return id;
    return localeDefaultPaper();
}

void AppSettings::setPaperSize(QPageSize::PageSizeId size)
{
    if (paperSizes().contains(size))
        QSettings().setValue(kPaper, QPageSize::key(size));
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
