// SPDX-License-Identifier: GPL-3.0-or-later
// The offline review round trip on the city's real workbook, as two people's scripts would run it:
// the reviewer and the agency each work on their own copy, and the review travels as a file.
#include "ReviewCli.h"

#include <QSet>

namespace {

const QString kReview = QStringLiteral("review");

QSet<qint64> idsOf(const QJsonArray& array)
{
    QSet<qint64> ids;
    for (const auto& v : array)
        ids.insert(v.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

QJsonObject annualOf(const QJsonArray& list, qint64 id, const char* year)
{
    return valueOf(measureById(list, id), year);
}

} // namespace

TEST_CASE("review: round trip on the Baltimore plan - flags, comments, return, merge with the agency's edits, resolve, "
          "resubmit, diff, approve, and the publish gate holds")
{
    const BaltimoreFixture& fixture = BaltimoreFixture::get();
    const ReviewedPlan plan = largestFy27Plan(fixture.measures);
    INFO("plan owner: " << plan.owner.toStdString());
    REQUIRE(plan.measures.size() >= 22);
    const auto m = [&](int i) { return QString::number(plan.measures[size_t(i)]); };
    const QString owner = plan.owner;

    TempDir dir;
    const QString base = fixture.copyTo(dir, QStringLiteral("base.yardstick"));
    // The agency submits its plan, and the file goes to the reviewer; the agency keeps its own copy.
    CHECK(ok({kReview, QStringLiteral("decide"), base, QStringLiteral("--plan"), owner, QStringLiteral("--submit")})
              .out.contains(QStringLiteral("Draft -> Submitted")));
    const QString reviewer = dir.path(QStringLiteral("reviewer.yardstick"));
    const QString agency = dir.path(QStringLiteral("agency.yardstick"));
    REQUIRE(QFile::copy(base, reviewer));
    REQUIRE(QFile::copy(base, agency));

    // The reviewer flags 20 measures and comments on 10 of them, change required, and returns the plan.
    for (int i = 0; i < 20; ++i)
        ok({kReview, QStringLiteral("flag"), reviewer, QStringLiteral("--measure"), m(i), QStringLiteral("--kind"),
            i % 2 ? QStringLiteral("hard_to_understand") : QStringLiteral("beyond_control"), QStringLiteral("--comment"),
            QStringLiteral("Reviewer flag %1").arg(i)});
    for (int i = 0; i < 10; ++i)
        ok({kReview, QStringLiteral("comment"), reviewer, QStringLiteral("--measure"), m(i), QStringLiteral("--text"),
            QStringLiteral("Please define the denominator (%1).").arg(i), QStringLiteral("--change-required")});
    ok({kReview, QStringLiteral("decide"), reviewer, QStringLiteral("--plan"), owner, QStringLiteral("--return")});
    const QJsonObject reviewed = reviewOf(reviewer, owner);
    CHECK(reviewed.value(QStringLiteral("plan")).toObject().value(QStringLiteral("state")).toString() == QLatin1String("returned"));
    CHECK(inState(reviewed, QStringLiteral("flags"), QStringLiteral("confirmed")).size() == 20);
    CHECK(inState(reviewed, QStringLiteral("comments"), QStringLiteral("open")).size() == 10);
    const QString reviewFile = dir.path(QStringLiteral("round1.yardstick-review"));
    CHECK(ok({kReview, QStringLiteral("export"), reviewer, reviewFile, QStringLiteral("--plan"), owner})
              .out.contains(QStringLiteral("30 flags and comments")));

    // Meanwhile the agency edits two other measures in its own copy.
    ok({QStringLiteral("set"), agency, QStringLiteral("--measure"), m(20), QStringLiteral("--fiscal-year"),
        QStringLiteral("FY27"), QStringLiteral("--target"), QStringLiteral("4321"), QStringLiteral("--note"),
        QStringLiteral("agency's own edit")});
    ok({QStringLiteral("set"), agency, QStringLiteral("--measure"), m(21), QStringLiteral("--fiscal-year"),
        QStringLiteral("FY26"), QStringLiteral("--actual"), QStringLiteral("not yet reported")});

    // The agency merges the review: both sides' work is there.
    const CliRun merged = ok({kReview, QStringLiteral("merge"), agency, reviewFile, QStringLiteral("--json")});
    const QJsonObject report = merged.json().object();
    CHECK(report.value(QStringLiteral("items_added")).toInt() == 30);
    CHECK(report.value(QStringLiteral("conflicts")).toArray().isEmpty());
    CHECK(report.value(QStringLiteral("changed_since_review")).toArray().isEmpty());
    CHECK(report.value(QStringLiteral("measures_changed")).toArray().size() == 2);
    const QJsonObject afterMerge = reviewOf(agency, owner);
    CHECK(afterMerge.value(QStringLiteral("plan")).toObject().value(QStringLiteral("state")).toString() == QLatin1String("returned"));
    CHECK(inState(afterMerge, QStringLiteral("flags"), QStringLiteral("confirmed")).size() == 20);
    const auto openComments = inState(afterMerge, QStringLiteral("comments"), QStringLiteral("open"));
    REQUIRE(openComments.size() == 10);
    for (const QJsonObject& c : openComments)
        CHECK(c.value(QStringLiteral("change_required")).toBool());
    {
        const QJsonArray list = listOf(agency);
        CHECK(annualOf(list, plan.measures[20], "FY27").value(QStringLiteral("target")).toDouble() == 4321);
        CHECK(annualOf(list, plan.measures[20], "FY27").value(QStringLiteral("target_note")).toString() ==
              QLatin1String("agency's own edit"));
        CHECK(annualOf(list, plan.measures[21], "FY26").value(QStringLiteral("actual_missing_reason")).toString() ==
              QLatin1String("not yet reported"));
    }

    // The agency edits 5 of the flagged measures, resolves 3 comments and resubmits.
    for (int i = 0; i < 5; ++i)
        ok({QStringLiteral("set"), agency, QStringLiteral("--measure"), m(i), QStringLiteral("--fiscal-year"),
            QStringLiteral("FY27"), QStringLiteral("--target"), QString::number(1000 + i), QStringLiteral("--note"),
            QStringLiteral("raised after review")});
    QSet<qint64> resolvedIds;
    for (int i = 0; i < 3; ++i) {
        const qint64 id = openComments[size_t(i)].value(QStringLiteral("id")).toInteger();
        resolvedIds.insert(id);
        ok({kReview, QStringLiteral("resolve"), agency, QStringLiteral("--comment"), QString::number(id),
            QStringLiteral("--answer"), QStringLiteral("Denominator added to the formula.")});
    }
    CHECK(ok({kReview, QStringLiteral("decide"), agency, QStringLiteral("--plan"), owner, QStringLiteral("--submit")})
              .out.contains(QStringLiteral("Returned -> Resubmitted (version 2)")));

    // The reviewer compares the resubmitted file with the version they reviewed: exactly 5 + 2 measures changed.
    const QJsonObject diff =
        ok({QStringLiteral("diff"), reviewer, agency, QStringLiteral("--plan"), owner, QStringLiteral("--json")}).json().object();
    const QJsonArray plans = diff.value(QStringLiteral("plans")).toArray();
    REQUIRE(plans.size() == 1);
    const QJsonObject planDiff = plans.first().toObject();
    QSet<qint64> expected;
    for (int i : {0, 1, 2, 3, 4, 20, 21})
        expected.insert(plan.measures[size_t(i)]);
    CHECK(idsOf(planDiff.value(QStringLiteral("measures_changed")).toArray()) == expected);
    CHECK(planDiff.value(QStringLiteral("measures_added")).toArray().isEmpty());
    CHECK(planDiff.value(QStringLiteral("measures_removed")).toArray().isEmpty());
    const QString diffText = ok({QStringLiteral("diff"), reviewer, agency, QStringLiteral("--plan"), owner}).out;
    CHECK(diffText.contains(QStringLiteral("0 measures added, 0 removed, 7 changed")));
    CHECK(diffText.contains(QStringLiteral("FY27 annual target")));

    // ... and, in the review list, the 3 resolved comments and the 5 flags on measures changed since the review.
    const QJsonObject resubmitted = reviewOf(agency, owner);
    const auto resolved = inState(resubmitted, QStringLiteral("comments"), QStringLiteral("resolved"));
    CHECK(resolved.size() == 3);
    for (const QJsonObject& c : resolved)
        CHECK(resolvedIds.contains(c.value(QStringLiteral("id")).toInteger()));
    CHECK(inState(resubmitted, QStringLiteral("comments"), QStringLiteral("open")).size() == 7);
    QSet<qint64> changedFlags;
    for (const QJsonObject& f : inState(resubmitted, QStringLiteral("flags"), QStringLiteral("confirmed")))
        if (f.value(QStringLiteral("changed_since_review")).toBool())
            changedFlags.insert(f.value(QStringLiteral("measure")).toInteger());
    CHECK(changedFlags == QSet<qint64>{plan.measures[0], plan.measures[1], plan.measures[2], plan.measures[3],
                                       plan.measures[4]});

    // The old review merged once more brings nothing back: resolved comments stay resolved.
    const QJsonObject again = ok({kReview, QStringLiteral("merge"), agency, reviewFile, QStringLiteral("--json")}).json().object();
    CHECK(again.value(QStringLiteral("items_added")).toInt() == 0);
    CHECK(again.value(QStringLiteral("items_unchanged")).toInt() == 30);
    CHECK(inState(reviewOf(agency, owner), QStringLiteral("comments"), QStringLiteral("resolved")).size() == 3);
    CHECK(reviewOf(agency, owner).value(QStringLiteral("plan")).toObject().value(QStringLiteral("state")).toString() ==
          QLatin1String("resubmitted"));

    // The reviewer approves. Publishing is refused while FY26 actuals are missing: the publish gate holds.
    ok({kReview, QStringLiteral("decide"), agency, QStringLiteral("--plan"), owner, QStringLiteral("--approve")});
    const CliRun publish =
        runYardstick({kReview, QStringLiteral("decide"), agency, QStringLiteral("--plan"), owner, QStringLiteral("--publish")});
    CHECK(publish.exitCode == 1);
    CHECK(publish.out.contains(QStringLiteral("does not pass the publish gate")));
    const QJsonObject approved = reviewOf(agency, owner);
    CHECK(approved.value(QStringLiteral("plan")).toObject().value(QStringLiteral("state")).toString() == QLatin1String("approved"));
    CHECK_FALSE(approved.value(QStringLiteral("passes_publish_gate")).toBool());

    // Approved measures are locked except the latest actual and the next target.
    const CliRun closed = runYardstick({QStringLiteral("set"), agency, QStringLiteral("--measure"), m(5),
                                        QStringLiteral("--fiscal-year"), QStringLiteral("FY25"), QStringLiteral("--actual"),
                                        QStringLiteral("1")});
    CHECK(closed.exitCode == 4);
    CHECK(closed.err.contains(QStringLiteral("is locked")));
    ok({QStringLiteral("set"), agency, QStringLiteral("--measure"), m(5), QStringLiteral("--fiscal-year"),
        QStringLiteral("FY26"), QStringLiteral("--actual"), QStringLiteral("12")});
    ok({QStringLiteral("set"), agency, QStringLiteral("--measure"), m(5), QStringLiteral("--fiscal-year"),
        QStringLiteral("FY27"), QStringLiteral("--target"), QStringLiteral("13")});
}

TEST_CASE("review: a merge marks review items on measures the agency changed meanwhile, and keeps both sides")
{
    const BaltimoreFixture& fixture = BaltimoreFixture::get();
    const ReviewedPlan plan = largestFy27Plan(fixture.measures);
    REQUIRE(plan.measures.size() >= 3);
    TempDir dir;
    const QString reviewer = fixture.copyTo(dir, QStringLiteral("reviewer.yardstick"));
    const QString agency = fixture.copyTo(dir, QStringLiteral("agency.yardstick"));
    const QString first = QString::number(plan.measures[0]);
    ok({kReview, QStringLiteral("flag"), reviewer, QStringLiteral("--measure"), first, QStringLiteral("--kind"),
        QStringLiteral("duplicative"), QStringLiteral("--comment"), QStringLiteral("Same as another")});
    ok({kReview, QStringLiteral("comment"), reviewer, QStringLiteral("--measure"), first, QStringLiteral("--fiscal-year"),
        QStringLiteral("FY27"), QStringLiteral("--text"), QStringLiteral("Is this target right?")});
    ok({kReview, QStringLiteral("comment"), reviewer, QStringLiteral("--plan"), plan.owner, QStringLiteral("--section"),
        QStringLiteral("risks"), QStringLiteral("--text"), QStringLiteral("Name the IT system.")});
    ok({kReview, QStringLiteral("score"), reviewer, QStringLiteral("--plan"), plan.owner, QStringLiteral("--criterion"),
        QStringLiteral("goal_quality"), QStringLiteral("--score"), QStringLiteral("3")});
    const QString reviewFile = dir.path(QStringLiteral("r.yardstick-review"));
    ok({kReview, QStringLiteral("export"), reviewer, reviewFile, QStringLiteral("--plan"), plan.owner});

    // The agency changes the flagged measure's FY27 target before the review comes back.
    ok({QStringLiteral("set"), agency, QStringLiteral("--measure"), first, QStringLiteral("--fiscal-year"),
        QStringLiteral("FY27"), QStringLiteral("--target"), QStringLiteral("99")});
    const QString text = ok({kReview, QStringLiteral("merge"), agency, reviewFile}).out;
    CHECK(text.contains(QStringLiteral("Changed since review (2)")));
    const QJsonObject review = reviewOf(agency, plan.owner);
    const auto flags = inState(review, QStringLiteral("flags"), QStringLiteral("confirmed"));
    REQUIRE(flags.size() == 1);
    CHECK(flags.front().value(QStringLiteral("changed_since_review")).toBool());
    int changedComments = 0;
    for (const auto& c : review.value(QStringLiteral("comments")).toArray())
        changedComments += c.toObject().value(QStringLiteral("changed_since_review")).toBool() ? 1 : 0;
    CHECK(changedComments == 1); // the FY27 value changed; the risks section did not
    const QJsonObject rubric = review.value(QStringLiteral("rubric")).toObject();
    CHECK(rubric.value(QStringLiteral("scored")).toInt() == 1);
    CHECK(rubric.value(QStringLiteral("overall")).toDouble() == 3.0);
    CHECK(annualOf(listOf(agency), plan.measures[0], "FY27").value(QStringLiteral("target")).toDouble() == 99);
}
