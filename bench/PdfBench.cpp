// SPDX-License-Identifier: GPL-3.0-or-later
// The publication PDF on the Baltimore workbook: the whole city's book (FY27) and one agency's
// plan, each the median of 3 after a warm-up, and the process's peak memory after them.
#include "BenchRegistry.h"
#include "CityPlan.h"

#include "report/pdf/PdfExporter.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <vector>

namespace ys::bench {
namespace {

constexpr int Rounds = 3;

QString timed(const storage::PlanFile& file, const report::pdf::PdfOptions& options, const QString& out)
{
    report::pdf::PdfSummary summary;
    std::vector<double> times;
    for (int round = 0; round <= Rounds; ++round) {
        report::pdf::PdfExporter exporter(file, options);
        QElapsedTimer timer;
        timer.start();
        auto written = exporter.write(out);
        if (!written)
            return QStringLiteral("failed: %1").arg(written.error().describe());
        summary = *written;
        if (round > 0) // the first round warms the font caches
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return QStringLiteral("%1 ms (median of %2 after a warm-up; %3 pages, %4 plans, %5 measures)")
        .arg(times[times.size() / 2], 0, 'f', 0)
        .arg(Rounds)
        .arg(summary.pages)
        .arg(summary.plans)
        .arg(summary.measures);
}

void pdfFigures(BenchOutput& out)
{
    QTemporaryDir dir;
    QString what;
    auto doc = cityPlan(dir.filePath(QStringLiteral("city.yardstick")), what);
    if (!doc) {
        out.figure(QStringLiteral("pdf city book"), what);
        return;
    }
    report::pdf::PdfOptions city;
    city.scope.cycle = 2027;
    city.timestamp = QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
    out.figure(QStringLiteral("pdf city book"), timed(doc->file(), city, dir.filePath(QStringLiteral("city.pdf"))));
    report::pdf::PdfOptions agency = city;
    agency.scope.agency = QStringLiteral("AGC2300");
    out.figure(QStringLiteral("pdf one agency"), timed(doc->file(), agency, dir.filePath(QStringLiteral("agency.pdf"))));
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out.figure(QStringLiteral("pdf peak memory"),
               QStringLiteral("%1 MB (the whole process: import, views and PDFs)").arg(usage.ru_maxrss / 1024));
}

const BenchGroup group("pdf", pdfFigures);

} // namespace
} // namespace ys::bench
