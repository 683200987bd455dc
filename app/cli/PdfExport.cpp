// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfExport.h"

#include "Console.h"
#include "ExitCode.h"
#include "OpenPlan.h"
#include "report/pdf/PdfExporter.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace ys::cli {

int exportPdf(const PdfExportRequest& request)
{
    report::pdf::PdfOptions options;
    options.scope = report::pdf::BookScope{request.cycle, request.agency};
    if (!request.paper.isEmpty()) {
        const auto paper = report::pdf::paperFromName(request.paper);
        if (!paper)
            return Console::usage(QStringLiteral("export"),
                                  QStringLiteral("--paper must be a4 or letter, not \"%1\".").arg(request.paper));
        options.paper = *paper;
    }
    if (!request.timestamp.isEmpty()) {
        options.timestamp = QDateTime::fromString(request.timestamp, Qt::ISODate);
        if (!options.timestamp.isValid())
            return Console::usage(QStringLiteral("export"),
                                  QStringLiteral("--timestamp must be an ISO 8601 date and time such as "
                                                 "2026-07-01T09:00:00Z, not \"%1\".")
                                      .arg(request.timestamp));
    }
    auto open = OpenPlan::forReading(request.planPath);
    if (!open)
        return open.exitCode;
    report::pdf::PdfExporter exporter(*open.file, options);
    int lastPercent = -1;
    exporter.setProgress([&](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (percent / 10 != lastPercent / 10)
            Console::progress(QStringLiteral("writing the PDF"), percent);
        lastPercent = percent;
    });
    QElapsedTimer timer;
    timer.start();
    auto written = exporter.write(request.out);
    if (!written) {
        if (written.error().code == Error::Code::NotFound)
            return Console::usage(QStringLiteral("export"), written.error().describe());
        Console::notice(written.error().describe());
        return written.error().code == Error::Code::Io ? WriteRefused : exitCodeFor(written.error());
    }
    Console::out(QStringLiteral("%1: %2 pages, %3 plans, %4 measures (%5 ms).\n")
                     .arg(request.out)
                     .arg(written->pages)
                     .arg(written->plans)
                     .arg(written->measures)
                     .arg(timer.elapsed()));
    return Done;
}

} // namespace ys::cli
