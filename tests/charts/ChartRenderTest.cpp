// SPDX-License-Identifier: GPL-3.0-or-later
// The QPainter renderers and the PNG/SVG export: what the drawing says (read back from the SVG's
// text), the text sizes at half a page, escaping, and the errors a person can act on.
#include "ChartFixture.h"

#include "report/charts/ChartExport.h"
#include "report/charts/ChartStyle.h"
#include "report/charts/FamilyChartPainter.h"
#include "report/charts/MeasureChartBuilder.h"
#include "report/charts/MeasureChartPainter.h"
#include "report/charts/ScorecardBuilder.h"
#include "report/charts/ScorecardPainter.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QXmlStreamReader>

using namespace ys::charts;

namespace {

struct SvgText
{
    QStringList texts;        // every text run, in drawing order
    double smallestFont = 1e9; // in points
};

// The text an SVG shows and its smallest font, read as XML (so the file is well-formed, too).
SvgText readSvg(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    SvgText out;
    std::vector<double> fontStack{1e9};
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView size = xml.attributes().value(QStringLiteral("font-size"));
            fontStack.push_back(size.isEmpty() ? fontStack.back() : size.toDouble() / 2.0); // 2 units a point
            if (xml.name() == QLatin1String("text")) {
                out.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                out.smallestFont = std::min(out.smallestFont, fontStack.back());
                fontStack.pop_back();
            }
        } else if (xml.isEndElement()) {
            fontStack.pop_back();
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return out;
}

bool shows(const SvgText& svg, const QString& text)
{
    return std::any_of(svg.texts.begin(), svg.texts.end(), [&](const QString& t) { return t.contains(text); });
}

} // namespace

TEST_CASE("chart: a measure chart drawn half a page wide says its direction, status, years, unit and gaps")
{
    const auto& city = BaltimoreSnapshot::get();
    const MeasureChart chart =
        MeasureChartBuilder::build(city.snapshot, city.measure(QStringLiteral("% of non-fatal shooting cases cleared annually")).id);
    TempDir dir;
    const QString path = dir.path(QStringLiteral("chart.svg"));
    REQUIRE(ChartExport::writeSvg(path, ChartExport::halfPage(), [&](QPainter& p, const QRectF& r) {
                MeasureChartPainter::paint(p, r, chart);
            }).ok());
    const SvgText svg = readSvg(path);
    CHECK(shows(svg, QStringLiteral("% of non-fatal shooting cases cleared annually")));
    CHECK(shows(svg, QStringLiteral("↑ Higher is better")));
    CHECK(shows(svg, chart.statusCaption.left(12)));
    for (const QString& year : chart.years.categories)
        CHECK(shows(svg, year));
    CHECK(shows(svg, QStringLiteral("FY26 by quarter")));
    CHECK(shows(svg, QStringLiteral("%")));
    CHECK(shows(svg, QStringLiteral("No value"))); // FY23's gap, "*Submitted after December*"
    CHECK(shows(svg, QStringLiteral("Target")));
    // Readable when printed half a page wide: no text under 7 points.
    CHECK(svg.smallestFont >= 7.0);
    CHECK(svg.smallestFont < 100.0);
}

TEST_CASE("chart: text sizes are points on every device")
{
    for (int dpi : {72, 96, 300, 1200}) {
        QImage image(10, 10, QImage::Format_ARGB32);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        QPainter painter(&image);
        const ChartStyle style(painter);
        CHECK(style.font(ChartStyle::SmallPt).pixelSize() == qRound(ChartStyle::SmallPt * dpi / 72.0));
        CHECK(style.pt(72) == Approx(dpi).epsilon(0.01));
    }
}

TEST_CASE("chart: a title written like markup is drawn as plain text and escaped in SVG")
{
    ChartPlan plan;
    const RowId id = plan.add(plan.measure(QStringLiteral("<b>Fees & fines</b> collected")),
                              {yearValue(2025, Period::Annual, 10, 12)});
    const MeasureChart chart = MeasureChartBuilder::build(plan.snapshot(), id);
    TempDir dir;
    const QString path = dir.path(QStringLiteral("markup.svg"));
    REQUIRE(ChartExport::write(path, ChartExport::halfPage(), [&](QPainter& p, const QRectF& r) {
                MeasureChartPainter::paint(p, r, chart);
            }, chart.title).ok());
    const SvgText svg = readSvg(path);
    CHECK(shows(svg, QStringLiteral("<b>Fees & fines</b> collected")));
}

TEST_CASE("chart: PNG export writes an image of the chart's size on paper")
{
    ChartPlan plan;
    const RowId id = plan.add(plan.measure(QStringLiteral("Days to a hearing")), {yearValue(2025, Period::Annual, 60, 71)});
    const MeasureChart chart = MeasureChartBuilder::build(plan.snapshot(), id);
    TempDir dir;
    const QString path = dir.path(QStringLiteral("chart.png"));
    REQUIRE(ChartExport::write(path, QSizeF(270, 170), [&](QPainter& p, const QRectF& r) {
                MeasureChartPainter::paint(p, r, chart);
            }).ok());
    const QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 720); // 270 points at 192 dots per inch
    CHECK(image.height() == 454);
    CHECK(image.dotsPerMeterX() == qRound(192 / 0.0254));
}

TEST_CASE("chart: export names the file when it cannot write it, and refuses other formats")
{
    const auto paint = [](QPainter& p, const QRectF& r) { p.fillRect(r, Qt::white); };
    TempDir dir;
    const QString wrongSuffix = dir.path(QStringLiteral("chart.jpg"));
    const Status refused = ChartExport::write(wrongSuffix, ChartExport::halfPage(), paint);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().file == wrongSuffix);
    CHECK(refused.error().describe().contains(QStringLiteral(".png or .svg")));
    CHECK_FALSE(QFile::exists(wrongSuffix));

    const QString noFolder = dir.path(QStringLiteral("missing/folder/chart.svg"));
    const Status failed = ChartExport::write(noFolder, ChartExport::halfPage(), paint);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().describe().contains(noFolder));
}

TEST_CASE("chart: the city scorecard and a service family drawn for print say what they count")
{
    const auto& city = BaltimoreSnapshot::get();
    const Scorecard card = ScorecardBuilder::build(city.snapshot, ScorecardScope::file());
    TempDir dir;
    const QString cardPath = dir.path(QStringLiteral("card.svg"));
    REQUIRE(ChartExport::writeSvg(cardPath, QSizeF(270, 190), [&](QPainter& p, const QRectF& r) {
                ScorecardPainter::paint(p, r, card);
            }).ok());
    const SvgText cardSvg = readSvg(cardPath);
    CHECK(shows(cardSvg, QStringLiteral("Scorecard: All agencies in the file")));
    CHECK(shows(cardSvg, QStringLiteral("Statuses for FY25")));
    for (const QString& type : {QStringLiteral("Output"), QStringLiteral("Efficiency"), QStringLiteral("Effectiveness"),
                               QStringLiteral("Outcome"), QStringLiteral("Other types")})
        CHECK(shows(cardSvg, type));
    CHECK(shows(cardSvg, QStringLiteral("✓ Met: %1").arg(card.statusTotal(TargetStatus::Met))));
    CHECK(shows(cardSvg, QStringLiteral("✗ Missed: %1").arg(card.statusTotal(TargetStatus::Missed))));
    CHECK(shows(cardSvg, QString::number(card.rowTotal(ScorecardRow::Output))));
    CHECK(cardSvg.smallestFont >= 7.0);

    RowId ems = 0;
    for (const Service& service : city.snapshot.services)
        if (service.number == 609)
            ems = service.id;
    const FamilyChart family = FamilyChart::of(city.snapshot, ems);
    const QString familyPath = dir.path(QStringLiteral("family.svg"));
    REQUIRE(ChartExport::writeSvg(familyPath, QSizeF(270, 120), [&](QPainter& p, const QRectF& r) {
                FamilyChartPainter::paint(p, r, family);
            }).ok());
    const SvgText familySvg = readSvg(familyPath);
    CHECK(shows(familySvg, QStringLiteral("✓ Output")));
    CHECK(shows(familySvg, QStringLiteral("✗ Outcome")));
    CHECK(shows(familySvg, QStringLiteral("5 measures")));
    CHECK(shows(familySvg, QStringLiteral("Output-only family")));
}
