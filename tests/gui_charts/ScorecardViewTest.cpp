// SPDX-License-Identifier: GPL-3.0-or-later
// Scorecards on screen: the city's from the View menu and an agency's from the navigation, the Qt
// chart's bars equal to the model's counts, drill-down from a bar to its measures and on to one of
// them; and a service's family of measures with each measure's status.
#include "ChartWindowFixture.h"

#include "report/charts/ScorecardBuilder.h"
#include "ui/MeasurePage.h"
#include "ui/actions/ActionRegistry.h"
#include "ui/charts/ChartExportActions.h"
#include "ui/charts/FamilyChartWidget.h"
#include "ui/charts/ScorecardView.h"
#include "ui/editors/ServiceEditor.h"
#include "ui/navigation/NavigationView.h"

#include <QAction>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QStackedWidget>
#include <QTreeWidget>

using namespace ys::charts;

TEST_CASE("chart: the city scorecard from the View menu, with a bar's measures listed and opened")
{
    ChartWindow w;
    QAction* action = w.window.actions()->action(ActionId::ShowScorecard);
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_3));
    action->trigger();
    ScorecardView* view = w.view().scorecard();
    REQUIRE(view->isVisible());
    const Scorecard& card = view->scorecard();
    CHECK(card.scope == ScorecardScope::file());
    CHECK(card.planCycle == 2027);
    CHECK(view->captionText().startsWith(QStringLiteral("Statuses for FY25")));
    CHECK(view->captionText().contains(QStringLiteral("measures of the FY27 plans")));

    // Each bar of the Qt chart is the model's count.
    const auto& chart = view->chart();
    REQUIRE(chart.sets.size() == 4);
    REQUIRE(chart.rows.size() == 5); // the four types and the others
    for (int s = 0; s < 4; ++s)
        for (int i = 0; i < int(chart.rows.size()); ++i)
            CHECK(chart.sets[size_t(s)]->at(i) == card.count(chart.rows[size_t(i)], TargetStatus(s)));
    CHECK(chart.rows.back() == ScorecardRow::Output); // on top

    // Clicking the "missed" part of the Outcome bar lists those measures.
    const int outcome = int(std::find(chart.rows.begin(), chart.rows.end(), ScorecardRow::Outcome) - chart.rows.begin());
    emit chart.sets[size_t(TargetStatus::Missed)]->clicked(outcome);
    QTreeWidget* list = view->drillList();
    const auto& missed = card.cell(ScorecardRow::Outcome, TargetStatus::Missed);
    REQUIRE(missed.size() > 0);
    REQUIRE(list->topLevelItemCount() == int(missed.size()));
    QTreeWidgetItem* first = list->topLevelItem(0);
    CHECK(first->data(0, Qt::UserRole).toLongLong() == missed.front());
    CHECK(first->text(1).startsWith(QStringLiteral("Missed in FY")));
    // ... and activating one opens it.
    emit list->itemActivated(first, 0);
    CHECK(w.view().currentMeasureId() == missed.front());
    CHECK(w.view().measurePage()->isVisible());
}

TEST_CASE("chart: an agency's scorecard shows when the agency is chosen in the navigation")
{
    ChartWindow w;
    const auto& snapshot = w.document().snapshot();
    const Measure* zoning = snapshot.measure(w.measure(QStringLiteral("Average # of days from filing a zoning appeal to a public hearing")));
    const RowId owner = zoning->ownerId;
    REQUIRE(w.view().navigation()->select(NodeKind::Owner, owner));
    ScorecardView* view = w.view().scorecard();
    REQUIRE(view->isVisible());
    CHECK(view->scope() == ScorecardScope::owner(owner));
    CHECK(view->scorecard().scopeName == snapshot.owner(owner)->name);
    const auto& missed = view->scorecard().cell(ScorecardRow::Effectiveness, TargetStatus::Missed);
    CHECK(std::find(missed.begin(), missed.end(), zoning->id) != missed.end());

    // Judged in one chosen year instead.
    QComboBox* years = view->yearBox();
    const int fy24 = years->findData(2024);
    REQUIRE(fy24 > 0);
    years->setCurrentIndex(fy24);
    emit years->activated(fy24);
    CHECK(view->scorecard().fiscalYear == 2024);
    CHECK(view->captionText().startsWith(QStringLiteral("Statuses for FY24")));

    // Exported as drawn for print.
    REQUIRE(view->exportActions()->exportTo(w.dir.path(QStringLiteral("card.svg"))).ok());
    QFile svg(w.dir.path(QStringLiteral("card.svg")));
    REQUIRE(svg.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(svg.readAll()).contains(QStringLiteral("Statuses for FY24")));
}

TEST_CASE("chart: the scorecard follows an edit of a measure's values")
{
    ChartWindow w;
    const RowId id = w.measure(QStringLiteral("Average # of days from filing a zoning appeal to a public hearing"));
    w.view().showScorecard(ScorecardScope::file());
    ScorecardView* view = w.view().scorecard();
    const int missedBefore = view->scorecard().statusTotal(TargetStatus::Missed);
    const int metBefore = view->scorecard().statusTotal(TargetStatus::Met);
    Value fy25 = *std::find_if(w.document().snapshot().valuesOf(id).begin(), w.document().snapshot().valuesOf(id).end(),
                               [](const Value& v) { return v.fiscalYear == 2025 && v.period == Period::Annual; });
    fy25.actual.number = 50;
    REQUIRE(w.document().writeValue(fy25).ok());
    CHECK(view->scorecard().statusTotal(TargetStatus::Missed) == missedBefore - 1);
    CHECK(view->scorecard().statusTotal(TargetStatus::Met) == metBefore + 1);
}

TEST_CASE("chart: a service page draws its family of measures and lists each measure's status")
{
    ChartWindow w;
    RowId ems = 0;
    for (const Service& service : w.document().snapshot().services)
        if (service.number == 609)
            ems = service.id;
    REQUIRE(ems != 0);
    w.view().showNode(NodeKind::Service, ems, 0);
    auto* editor = w.view().findChild<ServiceEditor*>();
    REQUIRE(editor);
    FamilyChartWidget* family = editor->familyChart();
    REQUIRE(family->isVisible());
    CHECK(family->model().types[0].size() == 5);
    CHECK(family->model().family.outputOnly());
    CHECK(family->typeToolTip(3) == QStringLiteral("Outcome: none. The service has no outcome measure."));
    CHECK(family->typeToolTip(0).startsWith(QStringLiteral("Output measures:\n")));
    QTreeWidget* list = editor->measureList();
    REQUIRE(list->topLevelItemCount() == 5);
    CHECK(list->headerItem()->text(3) == QStringLiteral("Status"));
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QString status = list->topLevelItem(i)->text(3);
        CHECK((status.contains(QStringLiteral(" in FY")) || status == QStringLiteral("No data")));
    }
}
