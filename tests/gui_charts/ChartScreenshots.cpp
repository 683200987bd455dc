// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick-chart-screenshots PLAN OUTDIR [AGENCY]: the charts' screenshots for the docs, on a plan made from
// the city's workbook, in the main window at 1366x768: a measure where higher is better, one where
// lower is better, one with missing years, an agency's scorecard and the city's, each with a bar's
// measures listed; a service's family of measures. Also writes the same measure charts and the city
// scorecard as drawn for print (print-*.png).
#include "report/charts/ChartExport.h"
#include "report/charts/MeasureChartPainter.h"
#include "report/charts/ScorecardBuilder.h"
#include "report/charts/ScorecardPainter.h"
#include "ui/DocumentView.h"
#include "ui/MainWindow.h"
#include "ui/MeasurePage.h"
#include "ui/charts/MeasureChartView.h"
#include "ui/charts/ScorecardView.h"
#include "ui/document/PlanDocument.h"
#include "ui/navigation/NavigationView.h"

#include <QApplication>
#include <QBarSet>
#include <QDir>
#include <QTest>

#include <cstdio>

namespace {

void save(QWidget* widget, const QString& path)
{
    QTest::qWait(250);
    if (!widget->grab().save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

ys::RowId measureTitled(const ys::ui::PlanDocument& document, const QString& title)
{
    const auto& snapshot = document.snapshot();
    ys::RowId found = 0;
    for (const ys::Measure& m : snapshot.measures)
        if (m.title == title && (!found || snapshot.latestCycleOf(m.id) > snapshot.latestCycleOf(found)))
            found = m.id;
    if (!found)
        std::fprintf(stderr, "no measure titled %s\n", qPrintable(title));
    return found;
}

void drill(ys::ui::ScorecardView* view, ys::charts::ScorecardRow row, ys::TargetStatus status)
{
    const auto& chart = view->chart();
    const auto it = std::find(chart.rows.begin(), chart.rows.end(), row);
    if (it != chart.rows.end())
        emit chart.sets[size_t(status)]->clicked(int(it - chart.rows.begin()));
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: yardstick-chart-screenshots PLAN OUTDIR\n");
        return 2;
    }
    QDir().mkpath(args[2]);
    const QDir out(args[2]);
    ys::ui::MainWindow window;
    window.resize(1366, 768);
    if (!window.openFile(args[1]))
        return 3;
    window.show();
    ys::ui::DocumentView* view = window.view();
    const ys::ui::PlanDocument& document = *window.document();

    const std::pair<const char*, const char*> measures[] = {
        {"chart-increase.png", "Public safety fleet availability"},
        {"chart-decrease.png", "Average # of days from filing a zoning appeal to a public hearing"},
        {"chart-missing-years.png", "% of non-fatal shooting cases cleared annually"},
    };
    for (const auto& [file, title] : measures) {
        const ys::RowId id = measureTitled(document, QString::fromUtf8(title));
        if (!id)
            return 1;
        view->showMeasure(id);
        save(&window, out.filePath(QLatin1String(file)));
        // The same chart drawn for print, half a page wide.
        const ys::charts::MeasureChart model = view->measurePage()->chartView()->model();
        const QString print = out.filePath(QStringLiteral("print-") + QLatin1String(file));
        const auto status = ys::charts::ChartExport::writePng(print, ys::charts::ChartExport::halfPage(),
                                                              [&](QPainter& p, const QRectF& r) {
                                                                  ys::charts::MeasureChartPainter::paint(p, r, model);
                                                              });
        std::printf("%s%s\n", qPrintable(print), status ? "" : " (failed)");
    }

    // Service 609's family of measures (all five typed Output in the city's file).
    for (const ys::Service& service : document.snapshot().services)
        if (service.number == 609) {
            view->navigation()->select(ys::ui::NodeKind::Service, service.id);
            save(&window, out.filePath(QStringLiteral("chart-service-family.png")));
        }

    // An agency's scorecard (Transportation unless another agency code is given), then the city's.
    const ys::RowId zoning = measureTitled(document, QString::fromUtf8(measures[1].second));
    const ys::Measure* measure = document.snapshot().measure(zoning);
    const ys::PlanOwner* owner = measure ? document.snapshot().owner(measure->ownerId) : nullptr;
    const QString agencyCode = args.value(3, QStringLiteral("AGC7000")); // Transportation
    ys::RowId agency = owner ? owner->agencyId : 0;
    for (const ys::Agency& a : document.snapshot().agencies)
        if (!agencyCode.isEmpty() && a.code == agencyCode)
            agency = a.id;
    // Chosen in the navigation, as a person does: the agency's node (or its one plan owner's).
    if (!view->navigation()->select(ys::ui::NodeKind::Agency, agency))
        for (const ys::PlanOwner& o : document.snapshot().owners)
            if (o.agencyId == agency && view->navigation()->select(ys::ui::NodeKind::Owner, o.id))
                break;
    drill(view->scorecard(), ys::charts::ScorecardRow::Effectiveness, ys::TargetStatus::Missed);
    save(&window, out.filePath(QStringLiteral("scorecard-agency.png")));
    view->showScorecard(ys::charts::ScorecardScope::file());
    drill(view->scorecard(), ys::charts::ScorecardRow::Outcome, ys::TargetStatus::Missed);
    save(&window, out.filePath(QStringLiteral("scorecard-city.png")));
    const ys::charts::Scorecard city = view->scorecard()->scorecard();
    (void)ys::charts::ChartExport::writePng(out.filePath(QStringLiteral("print-scorecard-city.png")), QSizeF(270, 190),
                                      [&](QPainter& p, const QRectF& r) { ys::charts::ScorecardPainter::paint(p, r, city); });
    return 0;
}
