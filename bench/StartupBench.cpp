// SPDX-License-Identifier: GPL-3.0-or-later
// "Usable within a second of start": the main window built, the city's plan file opened (checks,
// lock, snapshot, navigation tree, measures), shown and painted once, on the Baltimore workbook.
// The first round is reported on its own (caches cold in this process), then the median of the rest.
#include "BenchRegistry.h"
#include "CityPlan.h"

#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

namespace ys::bench {
namespace {

constexpr int Rounds = 5;

double openAndShow(const QString& path, bool& opened)
{
    QElapsedTimer timer;
    timer.start();
    ui::MainWindow window;
    window.resize(1366, 768);
    opened = window.openFile(path);
    window.show();
    window.repaint(); // the first paint, synchronously
    QCoreApplication::processEvents();
    return double(timer.nsecsElapsed()) / 1e6;
}

void startupFigures(BenchOutput& out)
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        out.figure(QStringLiteral("window usable"), QStringLiteral("skipped (needs a QApplication)"));
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.yardstick"));
    QString what;
    {
        auto doc = cityPlan(path, what); // closed again at the end of this block, releasing its lock
        if (!doc) {
            out.figure(QStringLiteral("window usable"), what);
            return;
        }
    }
    bool opened = false;
    const double first = openAndShow(path, opened);
    if (!opened) {
        out.figure(QStringLiteral("window usable"), QStringLiteral("failed: the plan file did not open"));
        return;
    }
    std::vector<double> times;
    for (int round = 0; round < Rounds; ++round)
        times.push_back(openAndShow(path, opened));
    std::sort(times.begin(), times.end());
    out.figure(QStringLiteral("window usable"),
               QStringLiteral("%1 ms first, %2 ms median of %3 (main window built, %4 opened, shown and painted at 1366x768)")
                   .arg(first, 0, 'f', 0)
                   .arg(times[times.size() / 2], 0, 'f', 0)
                   .arg(Rounds)
                   .arg(what));
}

const BenchGroup group("startup", startupFigures);

} // namespace
} // namespace ys::bench
