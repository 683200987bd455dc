// SPDX-License-Identifier: GPL-3.0-or-later
// The review's rules in process: the rubric and its overall score, the plan's life, what an approved
// plan still lets change, the flags the product proposes, the review file's checks, and the plan diff.
#include "review/EditGuard.h"
#include "review/FlagDetector.h"
#include "review/PlanDiff.h"
#include "review/PlanLifeCycle.h"
#include "review/ReviewFile.h"
#include "review/Rubric.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace ys;
using namespace ys::review;

namespace {

Value annual(RowId measure, int year, std::optional<double> target, std::optional<double> actual,
             const QString& targetRaw = {}, const QString& actualRaw = {})
{
    Value v;
    v.measureId = measure;
    v.fiscalYear = year;
    v.target.number = target;
    v.target.raw = targetRaw;
    v.actual.number = actual;
    v.actual.raw = actualRaw;
    return v;
}

// One FY27 plan with one service and the measures given.
storage::PlanSnapshot planWith(std::vector<Measure> measures, LifeCycle state = LifeCycle::Draft)
{
    storage::PlanSnapshot s;
    Service service;
    service.id = 1;
    service.number = 609;
    service.name = QStringLiteral("Emergency Medical Services");
    s.upsertService(service);
    Plan plan;
    plan.id = 1;
    plan.uid = QStringLiteral("plan-1");
    plan.cycle = 2027;
    plan.state = state;
    s.upsertPlan(plan);
    for (Measure& m : measures) {
        m.serviceId = 1;
        s.upsertMeasure(m);
        s.plansOfMeasure[m.id].push_back(1);
    }
    return s;
}

Measure measure(RowId id, const QString& title, MeasureType type = MeasureType::Output)
{
    Measure m;
    m.id = id;
    m.uid = QStringLiteral("m-%1").arg(id);
    m.title = title;
    m.type = type;
    m.direction = Direction::Increase;
    m.baseline = 10;
    m.baselineYear = 2024;
    return m;
}

bool has(const std::vector<DetectedFlag>& flags, RowId measure, FlagKind kind)
{
    return std::any_of(flags.begin(), flags.end(),
                       [&](const DetectedFlag& f) { return f.measureId == measure && f.kind == kind; });
}

} // namespace

TEST_CASE("review: the default rubric is data with weights summing to 100, and the overall score is the weighted mean")
{
    const auto rubric = defaultRubric();
    REQUIRE(rubric.size() == 14);
    double sum = 0;
    for (const auto& c : rubric)
        sum += c.weight;
    CHECK(sum == Approx(100));
    CHECK(validateRubric(rubric, QStringLiteral("default")).ok());

    std::vector<RubricCriterion> two{{1, QStringLiteral("a"), QStringLiteral("goals"), QStringLiteral("A"), {}, 10, 1},
                                     {2, QStringLiteral("b"), QStringLiteral("services"), QStringLiteral("B"), {}, 90, 2}};
    CHECK(rubricResult(two, {}).overall == std::nullopt);
    const RubricResult half = rubricResult(two, {{7, 1, 4, {}, {}, {}}});
    CHECK(*half.overall == Approx(4.0));
    CHECK(half.scored == 1);
    CHECK_FALSE(half.complete());
    const RubricResult full = rubricResult(two, {{7, 1, 4, {}, {}, {}}, {7, 2, 2, {}, {}, {}}});
    CHECK(*full.overall == Approx((10 * 4 + 90 * 2) / 100.0));
    CHECK(full.complete());

    two[1].weight = 80;
    const Status uneven = validateRubric(two, QStringLiteral("city.json"));
    REQUIRE_FALSE(uneven.ok());
    CHECK(uneven.error().describe().contains(QStringLiteral("sum to 90")));
    two[1].weight = 90;
    two[1].code = QStringLiteral("a");
    CHECK_FALSE(validateRubric(two, QStringLiteral("city.json")).ok());
    CHECK_FALSE(rubricFromJson("{\"format\":\"yardstick-rubric\",\"version\":1,\"criteria\":[]}", QStringLiteral("x")).ok());
}

TEST_CASE("review: the plan's life moves only along its steps, and a resubmission makes a new version")
{
    CHECK(*nextState(LifeCycle::Draft, Decision::Submit) == LifeCycle::Submitted);
    CHECK(*nextState(LifeCycle::Submitted, Decision::StartReview) == LifeCycle::InReview);
    CHECK(*nextState(LifeCycle::InReview, Decision::Return) == LifeCycle::Returned);
    CHECK(*nextState(LifeCycle::Returned, Decision::Submit) == LifeCycle::Resubmitted);
    CHECK(makesNewVersion(LifeCycle::Returned, Decision::Submit));
    CHECK_FALSE(makesNewVersion(LifeCycle::Draft, Decision::Submit));
    CHECK(*nextState(LifeCycle::Resubmitted, Decision::Approve) == LifeCycle::Approved);
    CHECK(*nextState(LifeCycle::Approved, Decision::Publish) == LifeCycle::Published);
    for (auto [from, decision] : {std::pair{LifeCycle::Draft, Decision::Approve},
                                  std::pair{LifeCycle::Draft, Decision::Return},
                                  std::pair{LifeCycle::InReview, Decision::Publish},
                                  std::pair{LifeCycle::Approved, Decision::Return},
                                  std::pair{LifeCycle::Published, Decision::Submit}}) {
        const auto next = nextState(from, decision);
        REQUIRE_FALSE(next.ok());
        CHECK(next.error().code == Error::Code::WriteRefused);
    }
    CHECK(isLocked(LifeCycle::Approved));
    CHECK(isLocked(LifeCycle::Published));
    CHECK_FALSE(isLocked(LifeCycle::Returned));
}

TEST_CASE("review: an approved plan's measures lock except the latest actual and the next target")
{
    const storage::PlanSnapshot draft = planWith({measure(1, QStringLiteral("EMS responses"))});
    CHECK(EditGuard::mayEditMeasure(draft, 1).ok());
    const storage::PlanSnapshot approved = planWith({measure(1, QStringLiteral("EMS responses"))}, LifeCycle::Approved);
    CHECK(EditGuard::mayEditMeasure(approved, 1).error().code == Error::Code::WriteRefused);
    const auto change = [&](int year, bool target) {
        Value before = annual(1, year, 5, 5);
        Value after = before;
        (target ? after.target : after.actual).number = 6;
        return EditGuard::mayEditValue(approved, before, after).ok();
    };
    CHECK(change(2026, false));  // the latest actual, still to come
    CHECK(change(2027, true));   // the plan year's target
    CHECK(change(2027, false));  // the plan year's own actuals as they come in
    CHECK_FALSE(change(2025, false));
    CHECK_FALSE(change(2026, true));
    CHECK(EditGuard::mayEditValue(draft, annual(1, 2020, 1, 1), annual(1, 2020, 2, 2)).ok());
}

TEST_CASE("review: the product proposes the flags it can detect, each with its reason")
{
    Measure twin1 = measure(1, QStringLiteral("Number of EMS responses"));
    Measure twin2 = measure(2, QStringLiteral("number of  EMS responses "));
    Measure percent = measure(3, QStringLiteral("Percent of calls answered in 10 seconds"));
    percent.unit = Unit::Percent;
    Measure noBaseline = measure(4, QStringLiteral("Ambulance hours"));
    noBaseline.baseline.reset();
    storage::PlanSnapshot s = planWith({twin1, twin2, percent, noBaseline});
    s.setValue(annual(3, 2024, std::nullopt, 89, {}, QStringLiteral("89%")));
    s.setValue(annual(3, 2025, 90, 0.75, QStringLiteral("90%"), QStringLiteral("0.75")));
    s.setValue(annual(4, 2025, 100, 120));
    s.setValue(annual(4, 2027, 110, std::nullopt)); // below the FY25 actual of 120: not ambitious
    const auto flags = detectFlags(s, *s.plan(1));
    CHECK(has(flags, 1, FlagKind::Duplicative));
    CHECK(has(flags, 2, FlagKind::Duplicative));
    CHECK_FALSE(has(flags, 3, FlagKind::Duplicative));
    CHECK(has(flags, 3, FlagKind::PercentScaleSuspect));
    CHECK_FALSE(has(flags, 4, FlagKind::PercentScaleSuspect));
    CHECK(has(flags, 4, FlagKind::MissingBaseline));
    CHECK_FALSE(has(flags, 1, FlagKind::MissingBaseline));
    CHECK(has(flags, 4, FlagKind::TargetNotAmbitious));
    for (RowId id : {1, 2, 3, 4})
        CHECK(has(flags, id, FlagKind::OutputOnlyFamily)); // every measure is an output
    for (const DetectedFlag& f : flags)
        CHECK_FALSE(f.reason.isEmpty());

    Measure outcome = measure(5, QStringLiteral("Cardiac arrest survival"), MeasureType::Outcome);
    storage::PlanSnapshot withOutcome = planWith({twin1, outcome});
    CHECK_FALSE(has(detectFlags(withOutcome, *withOutcome.plan(1)), 1, FlagKind::OutputOnlyFamily));
}

TEST_CASE("review: a review file round-trips, and a changed payload or a newer format is refused")
{
    ReviewPackage package;
    package.createdAt = QDateTime::currentDateTimeUtc();
    ReviewPackage::PlanReview plan;
    plan.planUid = QStringLiteral("plan-1");
    plan.cycle = 2027;
    ReviewPackage::Item item;
    item.item.uid = QStringLiteral("item-1");
    item.item.kind = ReviewItem::Kind::Comment;
    item.item.anchor.kind = ReviewAnchor::Kind::Measure;
    item.item.text = QStringLiteral("Define the denominator.");
    item.item.changeRequired = true;
    item.item.createdAt = package.createdAt;
    item.measureUid = QStringLiteral("m-1");
    plan.items.push_back(item);
    package.plans.push_back(plan);

    const QByteArray bytes = ReviewFile::encode(package);
    const auto decoded = ReviewFile::decode(bytes, QStringLiteral("r.yardstick-review"));
    REQUIRE(decoded.ok());
    REQUIRE(decoded->plans.size() == 1);
    CHECK(decoded->plans[0].items[0].item.text == QLatin1String("Define the denominator."));
    CHECK(decoded->plans[0].items[0].measureUid == QLatin1String("m-1"));

    QByteArray tampered = bytes;
    tampered.replace("Define the denominator.", "Fine as it is.");
    const auto changed = ReviewFile::decode(tampered, QStringLiteral("r.yardstick-review"));
    REQUIRE_FALSE(changed.ok());
    CHECK(changed.error().describe().contains(QStringLiteral("checksum")));

    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    root.insert(QStringLiteral("format_version"), 7);
    const auto newer = ReviewFile::decode(QJsonDocument(root).toJson(), QStringLiteral("r.yardstick-review"));
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().code == Error::Code::WriteRefused);
    CHECK(newer.error().describe().contains(QStringLiteral("newer version")));
}

TEST_CASE("review: the plan diff names the measures added, removed and changed, with their fields")
{
    Measure kept = measure(1, QStringLiteral("EMS responses"));
    Measure gone = measure(2, QStringLiteral("Old measure"));
    storage::PlanSnapshot before = planWith({kept, gone});
    before.setValue(annual(1, 2027, 100, std::nullopt));
    Measure edited = kept;
    edited.element(Element::Formula) = QStringLiteral("responses / calls");
    Measure added = measure(3, QStringLiteral("New measure"));
    storage::PlanSnapshot after = planWith({edited, added});
    after.setValue(annual(1, 2027, 120, std::nullopt));

    const PlanDiff diff = PlanDiff::compare(before, after);
    REQUIRE(diff.plans.size() == 1);
    const auto& p = diff.plans[0];
    REQUIRE(p.added.size() == 1);
    CHECK(p.added[0].uid == QLatin1String("m-3"));
    REQUIRE(p.removed.size() == 1);
    CHECK(p.removed[0].uid == QLatin1String("m-2"));
    REQUIRE(p.changed.size() == 1);
    REQUIRE(p.changed[0].definition.size() == 1);
    CHECK(p.changed[0].definition[0].field == QLatin1String("formula"));
    REQUIRE(p.changed[0].values.size() == 1);
    CHECK(p.changed[0].values[0].field == QLatin1String("FY27 annual target"));
    CHECK(p.changed[0].values[0].before == QLatin1String("100"));
    CHECK(p.changed[0].values[0].after == QLatin1String("120"));
    CHECK(diff.toText().contains(QStringLiteral("1 measures added, 1 removed, 1 changed")));
    CHECK(PlanDiff::compare(before, before).isEmpty());
}
