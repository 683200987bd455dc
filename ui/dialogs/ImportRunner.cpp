// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRunner.h"

#include "io/Importers.h"
#include "ui/AppSettings.h"
#include "storage/PlanFile.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QThread>
#include <QVBoxLayout>

#include <atomic>

namespace ys::ui {

ImportRunner::Outcome ImportRunner::run(QWidget* parent, const QString& planPath, const QString& source,
                                        const QString& format, io::ImportOptions options)
{
    Outcome outcome;
    const io::ImportFormat* chosen = io::importFormat(format);
    if (!chosen) {
        outcome.error = Error::make(Error::Code::Usage, QObject::tr("unknown import format \"%1\".").arg(format));
        return outcome;
    }
    // The name the settings give is the one the import's changes are recorded under.
    const QString user = AppSettings::userName();
    std::atomic<int> percent{0};
    std::atomic<bool> cancel{false};
    options.progress = [&](int p) {
        percent = p;
        return !cancel.load();
    };
    QThread* worker = QThread::create([&] {
        auto file = storage::PlanFile::open(planPath, {storage::PlanFile::Access::ReadWrite, true, user});
        if (!file) {
            outcome.error = file.error();
            return;
        }
        auto result = chosen->run(**file, source, options);
        if (result)
            outcome.report = std::move(*result);
        else
            outcome.error = result.error();
    });
    QProgressDialog progress(QObject::tr("Importing %1...").arg(source), QObject::tr("Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    worker->start();
    while (!worker->wait(30)) {
        progress.setValue(percent.load());
        QCoreApplication::processEvents(QEventLoop::AllEvents, 30);
        if (progress.wasCanceled())
            cancel = true;
    }
    progress.setValue(100);
    delete worker;
    outcome.cancelled = cancel.load() && !outcome.report;
    return outcome;
}

void ImportRunner::showOutcome(QWidget* parent, const Outcome& outcome)
{
    QString text;
    QString title;
    if (outcome.cancelled) {
        title = QObject::tr("Import cancelled");
        text = QObject::tr("The import was cancelled; nothing was written to the plan.");
    } else if (outcome.error) {
        title = QObject::tr("Nothing was imported");
        text = outcome.error->describe();
    } else if (outcome.report) {
        title = QObject::tr("Import report");
        text = outcome.report->toText(0);
    }
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* view = new QPlainTextEdit(dialog);
    view->setReadOnly(true);
    view->setPlainText(text);
    view->setAccessibleName(title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog->resize(860, 520);
    dialog->open();
}

} // namespace ys::ui
