// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export as PDF from the window: the export off the GUI thread (the plan stays open), then
// the preview.
#include "PdfFixture.h"

#include "storage/PlanFile.h"
#include "ui/dialogs/PdfExportRunner.h"
#include "ui/dialogs/PdfPreviewDialog.h"

using namespace ys;

TEST_CASE("pdf: the window exports off the GUI thread while the plan stays open, and previews every page")
{
    TempDir dir;
    const QString plan = BaltimoreFixture::get().copyTo(dir);
    auto open = storage::PlanFile::open(plan); // the window's own document, holding the lock
    REQUIRE(open);
    report::pdf::PdfOptions options;
    options.scope = report::pdf::BookScope{2027, QStringLiteral("AGC2300")};
    const QString out = dir.path(QStringLiteral("finance.pdf"));
    const auto outcome = ui::PdfExportRunner::run(nullptr, plan, out, options);
    INFO((outcome.error ? outcome.error->describe().toStdString() : std::string()));
    REQUIRE(outcome.summary);
    CHECK_FALSE(outcome.cancelled);
    CHECK(outcome.summary->plans == 1);
    CHECK(outcome.summary->pages >= 3);
    ui::PdfPreviewDialog preview(out);
    CHECK(preview.pageCount() == outcome.summary->pages);
}
