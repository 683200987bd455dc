// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfExportRunner.h"

#include "storage/PlanFile.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QThread>

#include <atomic>

namespace ys::ui {

PdfExportRunner::Outcome PdfExportRunner::run(QWidget* parent, const QString& planPath, const QString& out,
                                              report::pdf::PdfOptions options)
{
    Outcome outcome;
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> cancel{false};
    QThread* worker = QThread::create([&] {
        storage::PlanFile::OpenOptions readOnly;
        readOnly.access = storage::PlanFile::Access::ReadOnly;
        auto file = storage::PlanFile::open(planPath, readOnly);
        if (!file) {
            outcome.error = file.error();
            return;
        }
        report::pdf::PdfExporter exporter(**file, options);
        exporter.setCancel(&cancel);
        exporter.setProgress([&](int pages, int of) {
            done = pages;
            total = of;
        });
        auto written = exporter.write(out);
        if (written)
            outcome.summary = *written;
        else
            outcome.error = written.error();
    });
    QProgressDialog progress(QObject::tr("Writing the PDF..."), QObject::tr("Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    worker->start();
    while (!worker->wait(30)) {
        if (total.load() > 0) {
            progress.setLabelText(QObject::tr("Writing page %1 of %2...").arg(done.load()).arg(total.load()));
            progress.setValue(done.load() * 100 / total.load());
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 30);
        if (progress.wasCanceled())
            cancel = true;
    }
    progress.setValue(100);
    delete worker;
    outcome.cancelled = cancel.load() && !outcome.summary;
    if (outcome.cancelled)
        outcome.error.reset();
    return outcome;
}

} // namespace ys::ui
