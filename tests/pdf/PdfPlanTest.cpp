// SPDX-License-Identifier: GPL-3.0-or-later
// One agency's plan through the real exporter: its cover, the DRAFT mark, paper sizes, hostile
// titles, page layout within the margins, and clear errors.
#include "PdfFixture.h"

#include "report/pdf/BookLayout.h"
#include "report/pdf/PdfExporter.h"
#include "report/pdf/Typography.h"
#include "storage/MeasureRepository.h"
#include "storage/PlanFile.h"
#include "storage/PlanRepository.h"
#include "storage/PlanSnapshot.h"

#include <QBuffer>
#include <QPdfWriter>

using namespace ys;

namespace {

// Writes `plan`'s PDF for one agency with the real exporter and returns its pages' text.
QStringList agencyPdf(const QString& plan, const QString& agency, const QString& out,
                      report::pdf::Paper paper = report::pdf::Paper::A4)
{
    auto file = storage::PlanFile::open(plan);
    REQUIRE(file);
    report::pdf::PdfOptions options;
    options.scope.agency = agency;
    options.scope.cycle = 2027;
    options.paper = paper;
    options.timestamp = QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
    report::pdf::PdfExporter exporter(**file, options);
    auto written = exporter.write(out);
    INFO((written ? std::string() : written.error().describe().toStdString()));
    REQUIRE(written);
    QStringList pages = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), out, QStringLiteral("-")})
                            .split(QChar(u'\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

TEST_CASE("pdf: a measure titled with markup prints those characters, and no file is read")
{
    TempDir dir;
    const QString plan = BaltimoreFixture::get().copyTo(dir);
    const QString hostile = QStringLiteral("<img src=\"/etc/passwd\"> & <b>bold</b> days");
    {
        auto file = storage::PlanFile::open(plan);
        REQUIRE(file);
        auto snapshot = storage::PlanSnapshot::load(**file);
        REQUIRE(snapshot);
        const auto m = std::find_if(snapshot->measures.begin(), snapshot->measures.end(), [&](const Measure& x) {
            return x.title == QStringLiteral("Average # of days for month-end close");
        });
        REQUIRE(m != snapshot->measures.end());
        Measure changed = *m;
        changed.title = hostile;
        REQUIRE(storage::MeasureRepository(**file).updateMeasure(changed));
    }
    const QStringList pages = agencyPdf(plan, QStringLiteral("AGC2300"), dir.path(QStringLiteral("finance.pdf")));
    const QString all = pages.join(QString());
    CHECK(squeezed(all).contains(squeezed(hostile)));
    CHECK_FALSE(all.contains(QLatin1String("root:x:0:0"))); // /etc/passwd's first line
}

TEST_CASE("pdf: an agency's plan starts with its cover, and every page says DRAFT until the plan is approved")
{
    TempDir dir;
    const QString plan = BaltimoreFixture::get().copyTo(dir);
    const QStringList draft = agencyPdf(plan, QStringLiteral("AGC2300"), dir.path(QStringLiteral("draft.pdf")));
    REQUIRE(draft.size() >= 3);
    CHECK(draft.first().contains(QLatin1String("FY27 Performance Plan")));
    CHECK(draft.first().contains(QLatin1String("Baltimore City Department of Finance")));
    for (int i = 0; i < draft.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(squeezed(draft[i]).contains(QLatin1String("DRAFT")));
        CHECK(squeezed(draft[i]).contains(squeezed(QStringLiteral("Page %1 of %2").arg(i + 1).arg(draft.size()))));
    }
    {
        auto file = storage::PlanFile::open(plan);
        REQUIRE(file);
        storage::PlanRepository plans(**file);
        auto all = plans.plans();
        REQUIRE(all);
        for (Plan p : *all) {
            p.state = LifeCycle::Approved;
            REQUIRE(plans.updatePlan(p));
        }
    }
    const QStringList approved = agencyPdf(plan, QStringLiteral("AGC2300"), dir.path(QStringLiteral("approved.pdf")));
    for (const QString& page : approved)
        CHECK_FALSE(squeezed(page).contains(QLatin1String("DRAFT")));
}

TEST_CASE("pdf: the plan prints on A4 and on US Letter")
{
    TempDir dir;
    const QString plan = BaltimoreFixture::get().plan;
    agencyPdf(plan, QStringLiteral("AGC2300"), dir.path(QStringLiteral("a4.pdf")), report::pdf::Paper::A4);
    agencyPdf(plan, QStringLiteral("AGC2300"), dir.path(QStringLiteral("letter.pdf")), report::pdf::Paper::Letter);
    CHECK(runTool(QStringLiteral("pdfinfo"), {dir.path(QStringLiteral("a4.pdf"))}).contains(QLatin1String("595 x 842 pts (A4)")));
    CHECK(runTool(QStringLiteral("pdfinfo"), {dir.path(QStringLiteral("letter.pdf"))}).contains(QLatin1String("612 x 792 pts (letter)")));
    const QString fonts = runTool(QStringLiteral("pdffonts"), {dir.path(QStringLiteral("a4.pdf"))});
    CHECK(fonts.contains(QLatin1String("DejaVuSans")));
    static const QRegularExpression row(QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
    int embedded = 0;
    for (const QString& line : fonts.split(u'\n')) {
        const auto match = row.match(line);
        if (!match.hasMatch())
            continue;
        INFO(line.toStdString());
        CHECK(match.captured(1) == QLatin1String("yes")); // the "emb" column
        ++embedded;
    }
    CHECK(embedded >= 3);
}

TEST_CASE("pdf: everything laid out for the city book lies within its page's body, and no table row is split")
{
    auto file = storage::PlanFile::open(BaltimoreFixture::get().plan);
    REQUIRE(file);
    auto content = report::pdf::BookContent::read(**file, report::pdf::BookScope{2027, {}});
    REQUIRE(content);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    const report::pdf::PageGeometry geometry(report::pdf::Paper::A4);
    const report::pdf::Typography type(&writer);
    const auto book = report::pdf::BookLayout::layOut(*content, geometry, type, {true, QDate(2026, 7, 1)});
    REQUIRE(book.pages.size() > 50);
    const QRectF body = geometry.body.adjusted(-0.01, -0.01, 0.01, 0.01);
    int outside = 0;
    for (const auto& page : book.pages) {
        for (const auto& t : page.texts) {
            const double width = type.width(t.text, t.role) * t.scale;
            const QRectF box(t.baseline.x(), t.baseline.y() - type.ascent(t.role), width, type.lineHeight(t.role));
            if (!body.contains(box))
                ++outside;
        }
        for (const auto& r : page.rects) // table rows and cells: each whole on its page
            if (!body.contains(r.rect))
                ++outside;
        for (const auto& c : page.charts)
            if (!body.contains(c.rect))
                ++outside;
    }
    CHECK(outside == 0);
}

TEST_CASE("pdf: an unknown agency, a bad paper size and an unwritable output are clear errors that leave no file")
{
    TempDir dir;
    const QString plan = BaltimoreFixture::get().plan;
    const QString out = dir.path(QStringLiteral("x.pdf"));
    CliRun run = runYardstick({QStringLiteral("export"), plan, QStringLiteral("--pdf"), out, QStringLiteral("--agency"),
                               QStringLiteral("AGC0000")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QLatin1String("AGC0000")));
    run = runYardstick({QStringLiteral("export"), plan, QStringLiteral("--pdf"), out, QStringLiteral("--paper"),
                        QStringLiteral("a3")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QLatin1String("--paper")));
    run = runYardstick({QStringLiteral("export"), plan, QStringLiteral("--pdf"),
                        dir.path(QStringLiteral("no-such-folder/x.pdf")), QStringLiteral("--agency"),
                        QStringLiteral("AGC2300")});
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(QLatin1String("no-such-folder")));
    CHECK_FALSE(QFile::exists(out));
    CHECK(QDir(dir.root()).entryList(QDir::Files).isEmpty());
}
