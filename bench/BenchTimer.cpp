// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchTimer.h"

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace ys::bench {

QString Timing::describe() const
{
    if (!error.isEmpty())
        return QStringLiteral("failed: %1").arg(error);
    return QStringLiteral("%1 ms (median of %2 after %3 warm-up%4; min %5, max %6)")
        .arg(qRound(medianMs))
        .arg(runs)
        .arg(warmups)
        .arg(warmups == 1 ? QString() : QStringLiteral("s"))
        .arg(qRound(minMs))
        .arg(qRound(maxMs));
}

Timing BenchTimer::time(int runs, int warmups, const std::function<void()>& prepare,
                        const std::function<QString()>& run)
{
    Timing timing;
    timing.runs = runs;
    timing.warmups = warmups;
    std::vector<double> times;
    for (int i = 0; i < warmups + runs; ++i) {
        if (prepare)
            prepare();
        QElapsedTimer clock;
        clock.start();
        const QString error = run();
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (!error.isEmpty()) {
            timing.error = error;
            return timing;
        }
        if (i >= warmups)
            times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    const size_t mid = times.size() / 2;
    timing.medianMs = times.size() % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
    timing.minMs = times.front();
    timing.maxMs = times.back();
    return timing;
}

} // namespace ys::bench
