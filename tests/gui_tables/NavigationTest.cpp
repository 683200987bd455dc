// SPDX-License-Identifier: GPL-3.0-or-later
// The navigation tree and its search, driven through the real widgets on the sample plan.
#include "SamplePlanFixture.h"

#include "storage/PlanRepository.h"
#include "storage/ReferenceRepository.h"
#include "ui/navigation/NavigationFilter.h"
#include "ui/navigation/NavigationModel.h"
#include "ui/navigation/NavigationView.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <set>

namespace {

QModelIndex childNamed(const QAbstractItemModel& model, const QModelIndex& parent, const QString& text)
{
    for (int row = 0; row < model.rowCount(parent); ++row)
        if (model.index(row, 0, parent).data().toString() == text)
            return model.index(row, 0, parent);
    return {};
}

// The measures the filtered tree still shows, by id.
std::set<RowId> shownMeasures(const QAbstractItemModel& model)
{
    std::set<RowId> ids;
    for (const QModelIndex& index : allIndexes(model))
        if (NodeKind(index.data(NavigationModel::NodeKindRole).toInt()) == NodeKind::Measure)
            ids.insert(index.data(NavigationModel::RowIdRole).toLongLong());
    return ids;
}

std::set<RowId> measuresWhere(const SamplePlan& plan, const std::function<bool(const Measure&)>& test)
{
    std::set<RowId> ids;
    for (const Measure& m : plan.doc->snapshot().measures)
        if (test(m))
            ids.insert(m.id);
    return ids;
}

} // namespace

TEST_CASE("gui: the navigation tree shows the owner, its plan's sections, goals, services and measures")
{
    SamplePlan plan;
    NavigationModel model(*plan.doc);
    QAbstractItemModelTester tester(&model);

    REQUIRE(model.rowCount() == 1);
    const QModelIndex owner = model.index(0, 0);
    CHECK(owner.data().toString() == QStringLiteral("Baltimore City Fire Department"));
    CHECK(NodeKind(owner.data(NavigationModel::NodeKindRole).toInt()) == NodeKind::Owner);
    REQUIRE(model.rowCount(owner) == 1);
    const QModelIndex planNode = model.index(0, 0, owner);
    CHECK(planNode.data().toString() == QStringLiteral("FY27 plan (Draft)"));
    const RowId planId = planNode.data(NavigationModel::RowIdRole).toLongLong();
    CHECK(planNode.data(NavigationModel::PlanIdRole).toLongLong() == planId);

    QStringList sections;
    for (int row = 0; row < model.rowCount(planNode); ++row)
        sections << model.index(row, 0, planNode).data().toString();
    CHECK(sections == QStringList{QStringLiteral("Overview and vision"), QStringLiteral("Goals"), QStringLiteral("Services"),
                                  QStringLiteral("Risks and dependencies"), QStringLiteral("Key personnel")});

    const QModelIndex goals = childNamed(model, planNode, QStringLiteral("Goals"));
    CHECK(model.rowCount(goals) == 3);
    const QModelIndex firstGoal = model.index(0, 0, goals);
    CHECK(firstGoal.data().toString().startsWith(QStringLiteral("Goal 1: Raise the share of EMS responses")));
    CHECK(childNamed(model, firstGoal, QStringLiteral("% of out-of-hospital cardiac arrests in which a bystander gave CPR")).isValid());

    const QModelIndex services = childNamed(model, planNode, QStringLiteral("Services"));
    QStringList serviceNames;
    for (int row = 0; row < model.rowCount(services); ++row)
        serviceNames << model.index(row, 0, services).data().toString();
    CHECK(serviceNames.size() == 4);
    CHECK(serviceNames.at(1) == QStringLiteral("Service 609: Emergency Medical Services"));
    const QModelIndex ems = model.index(1, 0, services);
    CHECK(NodeKind(ems.data(NavigationModel::NodeKindRole).toInt()) == NodeKind::Service);
    CHECK(model.rowCount(ems) == 6);

    const RowId cardiac = plan.measureId(QStringLiteral("Cardiac survival rate"));
    const QModelIndex measure = model.indexOf(NodeKind::Measure, cardiac);
    REQUIRE(measure.isValid());
    CHECK(measure.parent() == ems);
    CHECK(measure.data(NavigationModel::PlanIdRole).toLongLong() == planId);
    const QString symbol = measure.data(NavigationModel::StatusSymbolRole).toString();
    CHECK(plan.expectedStatus(cardiac).startsWith(symbol));
    CHECK(measure.data(NavigationModel::StatusYearRole).toInt() > 0);
    CHECK_FALSE(measure.data(Qt::DecorationRole).value<QIcon>().isNull());
}

TEST_CASE("gui: typing part of a title in the navigation search finds the measure")
{
    SamplePlan plan;
    NavigationView view(*plan.doc);
    view.resize(320, 700);
    view.show();
    QAbstractItemModelTester tester(view.filter());
    QSignalSpy activated(&view, &NavigationView::nodeActivated);

    QTest::keyClicks(view.searchEdit(), QStringLiteral("cardiac surv"));

    const RowId cardiac = plan.measureId(QStringLiteral("Cardiac survival rate"));
    CHECK(shownMeasures(*view.filter()) == std::set<RowId>{cardiac});
    const QModelIndex found = view.filter()->mapFromSource(view.model()->indexOf(NodeKind::Measure, cardiac));
    REQUIRE(found.isValid());
    // The branches down to the match are open, so the match is on screen.
    for (QModelIndex ancestor = found.parent(); ancestor.isValid(); ancestor = ancestor.parent())
        CHECK(view.treeView()->isExpanded(ancestor));
    CHECK(view.treeView()->visualRect(found).isValid());

    view.treeView()->setCurrentIndex(found);
    REQUIRE(activated.size() == 1);
    CHECK(activated.at(0).at(0).value<NodeKind>() == NodeKind::Measure);
    CHECK(activated.at(0).at(1).value<RowId>() == cardiac);
    CHECK(activated.at(0).at(2).value<RowId>() == plan.doc->snapshot().plans.front().id);

    // Clearing the search brings every measure back.
    view.searchEdit()->clear();
    CHECK(shownMeasures(*view.filter()).size() == plan.doc->snapshot().measures.size());
}

TEST_CASE("gui: the navigation search finds measures by id, service number, type and status")
{
    SamplePlan plan;
    NavigationView view(*plan.doc);
    view.show();
    const auto search = [&view](const QString& text) {
        view.searchEdit()->clear();
        QTest::keyClicks(view.searchEdit(), text);
        return shownMeasures(*view.filter());
    };
    const auto& snapshot = plan.doc->snapshot();
    const RowId cardiac = plan.measureId(QStringLiteral("Cardiac survival rate"));

    CHECK(search(QStringLiteral("#%1").arg(cardiac)) == std::set<RowId>{cardiac});
    CHECK(search(QString::number(cardiac)).count(cardiac) == 1);

    const std::set<RowId> ems = measuresWhere(plan, [&](const Measure& m) {
        return m.serviceId && snapshot.service(m.serviceId)->number == 609;
    });
    CHECK(ems.size() == 6);
    CHECK(search(QStringLiteral("609")) == ems);
    CHECK(search(QStringLiteral("Service 609")) == ems);
    CHECK(view.filter()->rowCount() == 1); // the owner stays, as the ancestor of the matches

    const std::set<RowId> outcomes = measuresWhere(plan, [](const Measure& m) { return m.type == MeasureType::Outcome; });
    CHECK_FALSE(outcomes.empty());
    CHECK(search(QStringLiteral("OUTCOME")) == outcomes);

    const std::set<RowId> missed = measuresWhere(plan, [&](const Measure& m) {
        return rules::measureStatus(m, snapshot.valuesOf(m.id), std::nullopt, snapshot.defaultTolerance).status ==
               TargetStatus::Missed;
    });
    CHECK_FALSE(missed.empty());
    CHECK(search(QStringLiteral("missed")) == missed);
    CHECK(search(QStringLiteral("missed outcome")).size() <= std::min(missed.size(), outcomes.size()));

    CHECK(search(QStringLiteral("no measure is called this")).empty());
}

TEST_CASE("gui: plan owners of one agency are grouped under the agency")
{
    SamplePlan plan;
    NavigationModel model(*plan.doc);
    QAbstractItemModelTester tester(&model);
    // A second owner in the Fire agency (an office), with its own FY27 plan.
    const RowId agencyId = plan.doc->snapshot().agencies.front().id;
    auto office = storage::ReferenceRepository(plan.doc->file())
                      .addOwner(PlanOwner{0, agencyId, QStringLiteral("Office of Emergency Management"), true});
    REQUIRE(office.ok());
    Plan officePlan;
    officePlan.ownerId = *office;
    officePlan.cycle = 2027;
    REQUIRE(storage::PlanRepository(plan.doc->file()).addPlan(officePlan).ok());
    REQUIRE(plan.doc->reload().ok());

    REQUIRE(model.rowCount() == 1);
    const QModelIndex agency = model.index(0, 0);
    CHECK(agency.data().toString() == QStringLiteral("AGC2500 Fire"));
    CHECK(NodeKind(agency.data(NavigationModel::NodeKindRole).toInt()) == NodeKind::Agency);
    REQUIRE(model.rowCount(agency) == 2);
    CHECK(model.index(0, 0, agency).data().toString() == QStringLiteral("Baltimore City Fire Department"));
    CHECK(model.index(1, 0, agency).data().toString() == QStringLiteral("Office of Emergency Management"));
    CHECK(model.rowCount(model.index(1, 0, agency)) == 1); // its plan, with no measures yet
}
