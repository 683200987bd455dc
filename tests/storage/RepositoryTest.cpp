// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageFixture.h"

#include "storage/AuditLog.h"
#include "storage/PlanSnapshot.h"
#include "storage/Transaction.h"

TEST_CASE("storage: a measure keeps every validation element")
{
    TempDir dir;
    SmallPlan plan(dir.path(QStringLiteral("m.yardstick")));
    MeasureRepository repo(*plan.file);
    Measure m = plan.measure(QStringLiteral("Average # of days from filing a zoning appeal to a public hearing"));
    for (int i = 0; i < ElementCount; ++i)
        m.elements[i] = QStringLiteral("element %1 <b>&amp;</b>").arg(i);
    m.baseline = 71.25;
    m.baselineYear = 2025;
    m.tolerance = 0.05;
    m.interval = Interval::Snapshot;
    m.equity = true;
    m.change = ChangeMapping::Modified;
    m.approval = ApprovalStatus::Pending;
    m.sourceIds = QStringLiteral("1851");
    auto id = repo.addMeasure(m, {plan.planId});
    REQUIRE(id.ok());
    auto back = repo.measure(*id);
    REQUIRE(back.ok());
    CHECK(back->title == m.title);
    CHECK(back->elements == m.elements);
    CHECK(back->baseline == 71.25);
    CHECK(back->baselineYear == 2025);
    CHECK(back->tolerance == 0.05);
    CHECK(back->interval == Interval::Snapshot);
    CHECK(back->type == MeasureType::Effectiveness);
    CHECK(back->direction == Direction::Decrease);
    CHECK(back->unit == Unit::Days);
    CHECK(back->equity);
    CHECK(back->change == ChangeMapping::Modified);
    CHECK(back->approval == ApprovalStatus::Pending);
    CHECK_FALSE(back->uid.isEmpty());
    CHECK(*repo.plansOf(*id) == std::vector<RowId>{plan.planId});
}

TEST_CASE("storage: a value keeps its raw text, notes and missing reason, never a fake zero")
{
    TempDir dir;
    SmallPlan plan(dir.path(QStringLiteral("v.yardstick")));
    MeasureRepository repo(*plan.file);
    auto id = repo.addMeasure(plan.measure(QStringLiteral("% of CAP recommendations")));
    REQUIRE(id.ok());
    Value v;
    v.measureId = *id;
    v.fiscalYear = 2022;
    v.target.number = -0.15;
    v.target.raw = QStringLiteral("-15%");
    v.target.note = QStringLiteral("why this target");
    v.actual.missingReason = QStringLiteral("N/A");
    v.actual.raw = QStringLiteral("N/A");
    v.actual.origin = Origin::Import;
    REQUIRE(repo.setValue(v).ok());
    auto values = repo.values(*id);
    REQUIRE(values.ok());
    REQUIRE(values->size() == 1);
    const Value& back = values->front();
    CHECK(back.target.number == -0.15);
    CHECK(back.target.raw == QStringLiteral("-15%"));
    CHECK(back.target.note == QStringLiteral("why this target"));
    CHECK_FALSE(back.actual.number.has_value());
    CHECK(back.actual.missingReason == QStringLiteral("N/A"));
    CHECK(back.actual.origin == Origin::Import);
    CHECK(back.period == Period::Annual);

    // An empty value removes the row.
    Value empty;
    empty.measureId = *id;
    empty.fiscalYear = 2022;
    REQUIRE(repo.setValue(empty).ok());
    CHECK(repo.values(*id)->empty());
}

TEST_CASE("storage: every edit is audited with who, when, the old and the new value")
{
    TempDir dir;
    SmallPlan plan(dir.path(QStringLiteral("a.yardstick")));
    MeasureRepository repo(*plan.file);
    auto id = repo.addMeasure(plan.measure(QStringLiteral("Days to hearing")));
    REQUIRE(id.ok());
    Measure m = *repo.measure(*id);
    m.title = QStringLiteral("Average days to hearing");
    m.direction = Direction::Increase;
    REQUIRE(repo.updateMeasure(m).ok());
    REQUIRE(repo.updateMeasure(m).ok()); // no change: no audit row

    Value v;
    v.measureId = *id;
    v.fiscalYear = 2027;
    v.target.number = 60;
    REQUIRE(repo.setValue(v).ok());
    v.target.number = 55;
    REQUIRE(repo.setValue(v).ok());

    AuditLog log(plan.file->connection(), QStringLiteral("reader"));
    auto measureHistory = log.history(QStringLiteral("measure"), *id);
    REQUIRE(measureHistory.ok());
    REQUIRE(measureHistory->size() == 3); // insert + title + direction
    CHECK(measureHistory->at(0).action == AuditEntry::Action::Insert);
    CHECK(measureHistory->at(1).field == QStringLiteral("title"));
    CHECK(measureHistory->at(1).oldValue == QStringLiteral("Days to hearing"));
    CHECK(measureHistory->at(1).newValue == QStringLiteral("Average days to hearing"));
    CHECK(measureHistory->at(1).user == QStringLiteral("tester"));
    CHECK(measureHistory->at(1).at.isValid());

    auto valueHistory = log.history(QStringLiteral("value"), *id);
    REQUIRE(valueHistory.ok());
    REQUIRE(valueHistory->size() == 2);
    CHECK(valueHistory->at(1).field == QStringLiteral("FY27 annual target"));
    CHECK(valueHistory->at(1).oldValue == QStringLiteral("60"));
    CHECK(valueHistory->at(1).newValue == QStringLiteral("55"));
}

TEST_CASE("storage: a status override needs a note")
{
    TempDir dir;
    SmallPlan plan(dir.path(QStringLiteral("o.yardstick")));
    MeasureRepository repo(*plan.file);
    auto id = repo.addMeasure(plan.measure(QStringLiteral("Days")));
    REQUIRE(id.ok());
    Value v;
    v.measureId = *id;
    v.fiscalYear = 2025;
    v.statusOverride = TargetStatus::Met;
    auto refused = repo.setValue(v);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("override_note"));
    v.overrideNote = QStringLiteral("The target was changed mid-year by council.");
    CHECK(repo.setValue(v).ok());
}

TEST_CASE("storage: CHECK constraints and foreign keys refuse what the domain forbids")
{
    TempDir dir;
    SmallPlan plan(dir.path(QStringLiteral("c.yardstick")));
    const Connection& db = plan.file->connection();
    REQUIRE(MeasureRepository(*plan.file).addMeasure(plan.measure(QStringLiteral("m"))).ok());
    auto badUnit = db.exec(QStringLiteral("UPDATE measure SET unit = 'furlongs'"));
    REQUIRE_FALSE(badUnit.ok());
    CHECK(badUnit.error().code == Error::Code::Invalid);
    CHECK_FALSE(db.exec(QStringLiteral("UPDATE plan SET state = 'lost'")).ok());
    CHECK_FALSE(db.exec(QStringLiteral("INSERT INTO measure_value (measure_id, fiscal_year, period) VALUES (1, 2025, 'Q5')")).ok());
    Measure orphan = plan.measure(QStringLiteral("orphan"));
    orphan.ownerId = 999;
    auto refused = MeasureRepository(*plan.file).addMeasure(orphan);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Invalid);
}

TEST_CASE("storage: transactions nest, and a rolled-back edit leaves nothing behind")
{
    TempDir dir;
    SmallPlan plan(dir.path(QStringLiteral("t.yardstick")));
    MeasureRepository repo(*plan.file);
    {
        Transaction outer(plan.file->connection());
        REQUIRE(outer.isOpen());
        REQUIRE(repo.addMeasure(plan.measure(QStringLiteral("inside"))).ok()); // its own nested transaction
        CHECK(repo.measures()->size() == 1);
        // outer is destroyed without commit
    }
    CHECK(repo.measures()->empty());
    {
        Transaction outer(plan.file->connection());
        REQUIRE(repo.addMeasure(plan.measure(QStringLiteral("kept"))).ok());
        REQUIRE(outer.commit().ok());
    }
    CHECK(repo.measures()->size() == 1);
}

TEST_CASE("storage: plan sections are stored with their links")
{
    TempDir dir;
    SmallPlan plan(dir.path(QStringLiteral("s.yardstick")));
    PlanRepository plans(*plan.file);
    ReferenceRepository reference(*plan.file);
    auto pillar = reference.addPillar(Pillar{0, 1, QStringLiteral("Enhancing Public Safety")});
    REQUIRE(pillar.ok());
    auto pillarGoal = reference.addPillarGoal(PillarGoal{0, *pillar, QStringLiteral("1.1"), QStringLiteral("Reduce violence")});
    REQUIRE(pillarGoal.ok());
    auto goal = plans.addGoal(Goal{0, {}, plan.planId, 1, QStringLiteral("Cut hearing wait to 45 days by June 30, 2028"), *pillarGoal, true});
    REQUIRE(goal.ok());
    Initiative initiative;
    initiative.goalId = *goal;
    initiative.title = QStringLiteral("Add a second docket");
    initiative.start = QDate(2026, 7, 1);
    initiative.end = QDate(2027, 6, 30);
    initiative.status = InitiativeStatus::InProgress;
    REQUIRE(plans.addInitiative(initiative).ok());
    REQUIRE(plans.addRisk(Risk{0, {}, plan.planId, RiskCategory::ItSystems, QStringLiteral("Accela migration"), QStringLiteral("Dual entry")}).ok());
    REQUIRE(plans.addKeyPerson(KeyPerson{0, {}, plan.planId, plan.serviceId, KeyPerson::Role::DataLead, QStringLiteral("A. Analyst"), QStringLiteral("Data lead")}).ok());

    CHECK(plans.goals(plan.planId)->front().pillarGoalId == *pillarGoal);
    const Initiative back = plans.initiatives(*goal)->front();
    CHECK(back.end == QDate(2027, 6, 30));
    CHECK(back.status == InitiativeStatus::InProgress);
    CHECK(plans.risks(plan.planId)->front().category == RiskCategory::ItSystems);
    CHECK(plans.personnel(plan.planId)->front().role == KeyPerson::Role::DataLead);
    // Deleting the plan's goal takes its initiatives with it.
    REQUIRE(plans.removeGoal(*goal).ok());
    CHECK(plans.initiatives(*goal)->empty());
}

TEST_CASE("storage: the snapshot reads the whole file with its links")
{
    TempDir dir;
    SmallPlan plan(dir.path(QStringLiteral("snap.yardstick")));
    MeasureRepository repo(*plan.file);
    auto id = repo.addMeasure(plan.measure(QStringLiteral("Days")), {plan.planId});
    REQUIRE(id.ok());
    Value v;
    v.measureId = *id;
    v.fiscalYear = 2025;
    v.actual.number = 71.25;
    REQUIRE(repo.setValue(v).ok());
    auto snapshot = PlanSnapshot::load(*plan.file);
    REQUIRE(snapshot.ok());
    CHECK(snapshot->measures.size() == 1);
    CHECK(snapshot->valuesOf(*id).size() == 1);
    CHECK(snapshot->latestCycleOf(*id) == 2027);
    CHECK(snapshot->service(plan.serviceId)->number == 185);
    CHECK(snapshot->owner(plan.ownerId)->name == QStringLiteral("Board of Municipal and Zoning Appeals"));
}

TEST_CASE("storage: a rolled-back outer transaction leaves the file byte-identical")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("bytes.yardstick"));
    SmallPlan plan(path);
    MeasureRepository repo(*plan.file);
    const QByteArray before = fileHash(path);
    {
        Transaction outer(plan.file->connection());
        REQUIRE(outer.isOpen());
        REQUIRE(repo.addMeasure(plan.measure(QStringLiteral("never kept"))).ok());
    }
    CHECK(repo.measures()->empty());
    CHECK(fileHash(path) == before);
}
