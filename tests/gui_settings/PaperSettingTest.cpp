// SPDX-License-Identifier: GPL-3.0-or-later
// The paper size of the settings is the paper of File > Export as PDF, through the real window:
// its file dialog is answered, the export runs, and pdfinfo reads the page size of what was written.
#include "SettingsSandbox.h"

#include "io/PlanJsonImporter.h"
#include "storage/PlanFile.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/actions/ActionRegistry.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace ys;
using namespace ys::ui;

namespace {

QString makeSample(const TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("sample.yardstick"));
    auto file = storage::PlanFile::create(path);
    REQUIRE(file.ok());
    REQUIRE(io::PlanJsonImporter::importFile(**file, QStringLiteral(YS_SOURCE_DIR "/resources/sample/sample-plan.json")).ok());
    return path;
}

// Exports through File > Export as PDF, answering the save dialog with `out`.
void exportThroughWindow(MainWindow& window, const QString& out)
{
    bool answered = false;
    std::function<void()> answer = [&] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, answer);
            return;
        }
        dialog->selectFile(out);
        QMetaObject::invokeMethod(dialog, "accept"); // the Save button
        answered = true;
    };
    QTimer::singleShot(0, answer);
    window.actions()->action(ActionId::ExportPdf)->trigger();
    REQUIRE(answered);
}

QString pageSize(const QString& pdf)
{
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(pdfinfo.waitForFinished(60000));
    REQUIRE(pdfinfo.exitCode() == 0);
    for (const QString& line : QString::fromUtf8(pdfinfo.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("Page size:")))
            return line.simplified();
    return {};
}

} // namespace

TEST_CASE("gui: File > Export as PDF lays the pages out on the paper the settings name")
{
    const SettingsSandbox sandbox;
    const TempDir dir;
    const QString plan = makeSample(dir);

    AppSettings::setPaperSize(QPageSize::Letter);
    {
        MainWindow window;
        REQUIRE(window.openFile(plan));
        exportThroughWindow(window, dir.path(QStringLiteral("letter.pdf")));
    }
    CHECK(pageSize(dir.path(QStringLiteral("letter.pdf"))) == QStringLiteral("Page size: 612 x 792 pts (letter)"));

    AppSettings::setPaperSize(QPageSize::A4);
    {
        MainWindow window;
        REQUIRE(window.openFile(plan));
        exportThroughWindow(window, dir.path(QStringLiteral("a4.pdf")));
    }
    CHECK(pageSize(dir.path(QStringLiteral("a4.pdf"))).startsWith(QStringLiteral("Page size: 595")));
    CHECK(pageSize(dir.path(QStringLiteral("a4.pdf"))).endsWith(QStringLiteral("(A4)")));
}
