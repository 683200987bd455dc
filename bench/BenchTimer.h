// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace ys::bench {

// The time of one operation over several runs: the median, and the spread around it.
struct Timing
{
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    int runs = 0;
    int warmups = 0;
    QString error; // set when a run failed: the figure is not valid

    // "412 ms (median of 5 after 1 warm-up)"
    QString describe() const;
};

// BenchTimer: runs `prepare` (untimed) then `run` (timed) warmups + runs times and keeps the median of
// the timed runs. `run` returns an error message, empty on success; the first error stops the timing.
class BenchTimer
{
public:
    static Timing time(int runs, int warmups, const std::function<void()>& prepare,
                       const std::function<QString()>& run);
};

} // namespace ys::bench
