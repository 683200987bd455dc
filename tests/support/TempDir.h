// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

// A temporary folder for one test; removed when the test ends.
class TempDir
{
public:
    TempDir() { m_dir.setAutoRemove(true); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// Paths of the data the tests read, from CMake (never relative to the working folder).
inline QString sharedData(const QString& relative)
{
    return QStringLiteral(YS_SHARED_DATA_DIR "/") + relative;
}
inline QString testData(const QString& relative)
{
    return QStringLiteral(YS_TEST_DATA_DIR "/") + relative;
}
