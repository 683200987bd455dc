// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewMerge.h"

#include "ContentFingerprint.h"
#include "PlanLookup.h"
#include "ReviewItemText.h"

#include "domain/FiscalYear.h"
#include "storage/PlanFile.h"
#include "storage/PlanRepository.h"
#include "storage/PlanSnapshot.h"
#include "storage/ReviewRepository.h"
#include "storage/RubricRepository.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>

namespace ys::review::ReviewMerge {
namespace {

QDateTime lastChange(const ReviewItem& item)
{
    return item.updatedAt.isValid() ? item.updatedAt : item.createdAt;
}

bool sameReviewerPart(const ReviewItem& a, const ReviewItem& b)
{
    const bool flag = a.kind == ReviewItem::Kind::Flag;
    return a.text == b.text && a.changeRequired == b.changeRequired && a.flagKind == b.flagKind &&
           (!flag || a.state == b.state);
}

// Merges one item that both sides have; returns whether `local` changed.
bool mergeItem(ReviewItem& local, const ReviewItem& incoming, const QString& name, QStringList& conflicts)
{
    bool changed = false;
    if (!sameReviewerPart(local, incoming)) {
        if (lastChange(incoming) > lastChange(local)) {
            local.text = incoming.text;
            local.changeRequired = incoming.changeRequired;
            local.flagKind = incoming.flagKind;
            if (local.kind == ReviewItem::Kind::Flag)
                local.state = incoming.state;
            local.anchorFingerprint = incoming.anchorFingerprint;
            local.planVersion = incoming.planVersion;
            local.updatedAt = incoming.updatedAt;
            changed = true;
        } else {
            conflicts << QStringLiteral("%1 was changed in this file after the reviewer's version; this file's "
                                        "version was kept.")
                             .arg(name);
        }
    }
    if (local.kind == ReviewItem::Kind::Comment && incoming.state == ReviewItem::State::Resolved) {
        if (local.state != ReviewItem::State::Resolved) {
            local.state = ReviewItem::State::Resolved;
            local.answer = incoming.answer;
            local.resolvedAt = incoming.resolvedAt;
            changed = true;
        } else if (local.answer != incoming.answer) {
            conflicts << QStringLiteral("%1 was resolved on both sides with different answers; this file's answer was "
                                        "kept (the other: \u201c%2\u201d).")
                             .arg(name, incoming.answer.left(200));
        }
    }
    return changed;
}

Error anotherPlan(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot,
                  const ReviewPackage::PlanReview& reviewed, const QString& source)
{
    QString sameOwner;
    for (const Plan& plan : snapshot.plans)
        if (plan.cycle == reviewed.cycle && PlanLookup::ownerName(snapshot, plan) == reviewed.owner)
            sameOwner = QStringLiteral(" This file's own %1 plan of that owner is another plan (made separately, "
                                       "not a copy of the reviewed one).")
                            .arg(FiscalYear(reviewed.cycle).label());
    Error error = Error::make(Error::Code::WriteRefused,
                              QStringLiteral("this is the review of another plan: %1's %2 plan (uid %3), which %4 does "
                                             "not hold.%5 Nothing was merged.")
                                  .arg(reviewed.owner, FiscalYear(reviewed.cycle).label(), reviewed.planUid,
                                       file.path(), sameOwner));
    error.file = source;
    return error;
}

struct Context
{
    const storage::PlanFile& file;
    const storage::PlanSnapshot& snapshot;
    storage::ReviewRepository& reviews;
    storage::RubricRepository& rubric;
    QHash<QString, RowId> measureByUid;
    QHash<QString, RowId> criterionByCode;
    MergeReport& report;
};

Status mergeItems(Context& c, const Plan& plan, const ReviewPackage::PlanReview& reviewed)
{
    auto localItems = c.reviews.items(plan.id);
    if (!localItems)
        return localItems.error();
    QHash<QString, int> byUid;
    QHash<QPair<RowId, QString>, int> flagByKey;
    for (int i = 0; i < int(localItems->size()); ++i) {
        const ReviewItem& item = (*localItems)[size_t(i)];
        byUid.insert(item.uid, i);
        if (item.kind == ReviewItem::Kind::Flag)
            flagByKey.insert({item.anchor.measureId, item.flagKind}, i);
    }
    for (const ReviewPackage::Item& packed : reviewed.items) {
        ReviewItem incoming = packed.item;
        incoming.id = 0;
        incoming.anchor.planId = plan.id;
        incoming.anchor.measureId = 0;
        if (!packed.measureUid.isEmpty()) {
            const RowId measureId = c.measureByUid.value(packed.measureUid);
            if (measureId) {
                incoming.anchor.measureId = measureId;
            } else {
                QString title = packed.measureUid;
                for (const auto& ref : reviewed.measures)
                    if (ref.uid == packed.measureUid)
                        title = ref.title;
                c.report.conflicts << QStringLiteral("the measure \u201c%1\u201d is no longer in this file; its %2 was "
                                                     "kept on the plan.")
                                          .arg(title, code(incoming.kind));
                if (incoming.kind == ReviewItem::Kind::Flag) {
                    incoming.kind = ReviewItem::Kind::Comment;
                    incoming.state = ReviewItem::State::Open;
                    incoming.text = QStringLiteral("[%1] %2").arg(ReviewItemText::flagLabel(incoming.flagKind), incoming.text);
                    incoming.flagKind.clear();
                }
                incoming.text = QStringLiteral("[On the measure \u201c%1\u201d, no longer in the plan] %2").arg(title, incoming.text);
                incoming.anchor.kind = ReviewAnchor::Kind::Plan;
                incoming.anchorFingerprint.clear();
            }
        }
        int index = byUid.value(incoming.uid, -1);
        if (index < 0 && incoming.kind == ReviewItem::Kind::Flag)
            index = flagByKey.value({incoming.anchor.measureId, incoming.flagKind}, -1);
        if (index < 0) {
            auto id = c.reviews.insertItemInTransaction(incoming);
            if (!id)
                return id.error();
            ++c.report.itemsAdded;
            incoming.id = *id;
        } else {
            ReviewItem& local = (*localItems)[size_t(index)];
            if (mergeItem(local, incoming, ReviewItemText::item(c.snapshot, local), c.report.conflicts)) {
                if (auto status = c.reviews.updateItemInTransaction(local); !status)
                    return status;
                ++c.report.itemsUpdated;
            } else {
                ++c.report.itemsUnchanged;
            }
            incoming = local;
        }
        if (!incoming.anchorFingerprint.isEmpty()) {
            auto now = ContentFingerprint::ofAnchor(c.file, c.snapshot, incoming.anchor);
            if (!now)
                return now.error();
            if (*now != incoming.anchorFingerprint)
                c.report.changedSinceReview << ReviewItemText::item(c.snapshot, incoming);
        }
    }
    return {};
}

Status mergeScores(Context& c, const Plan& plan, const ReviewPackage::PlanReview& reviewed)
{
    auto local = c.rubric.scores(plan.id);
    if (!local)
        return local.error();
    QHash<RowId, RubricScore> byCriterion;
    for (const RubricScore& s : *local)
        byCriterion.insert(s.criterionId, s);
    for (const ReviewPackage::Score& s : reviewed.scores) {
        const RowId criterionId = c.criterionByCode.value(s.criterion);
        if (!criterionId) {
            c.report.conflicts << QStringLiteral("this file's rubric has no criterion \u201c%1\u201d; the reviewer's "
                                                 "score %2 for it was not merged.")
                                      .arg(s.criterion)
                                      .arg(s.score);
            continue;
        }
        const RubricScore incoming{plan.id, criterionId, s.score, s.note, s.author, s.scoredAt};
        const auto it = byCriterion.constFind(criterionId);
        if (it == byCriterion.cend()) {
            if (auto status = c.rubric.setScoreInTransaction(incoming); !status)
                return status;
            ++c.report.scoresAdded;
        } else if (it->score != s.score || it->note != s.note) {
            if (s.scoredAt > it->scoredAt) {
                if (auto status = c.rubric.setScoreInTransaction(incoming); !status)
                    return status;
                ++c.report.scoresUpdated;
            } else {
                c.report.conflicts << QStringLiteral("the score of \u201c%1\u201d was changed in this file after the "
                                                     "reviewer's (%2 here, %3 in the review); this file's was kept.")
                                          .arg(s.criterion)
                                          .arg(it->score)
                                          .arg(s.score);
            }
        }
    }
    return {};
}

Status mergeDecisions(Context& c, const Plan& plan, const ReviewPackage::PlanReview& reviewed,
                      MergeReport::PlanResult& result)
{
    QSet<QString> added;
    for (ReviewDecision d : reviewed.decisions) {
        auto existing = c.reviews.decisionByUid(d.uid);
        if (!existing)
            return existing.error();
        if (*existing)
            continue;
        d.planId = plan.id;
        if (auto id = c.reviews.insertDecisionInTransaction(d); !id)
            return id.error();
        added.insert(d.uid);
        ++c.report.decisionsAdded;
    }
    auto all = c.reviews.decisions(plan.id);
    if (!all)
        return all.error();
    Plan after = plan;
    if (!all->empty() && added.contains(all->back().uid)) {
        after.state = all->back().to;
        after.version = std::max(plan.version, all->back().planVersion);
    }
    result.after = after.state;
    result.version = after.version;
    if (after.state == plan.state && after.version == plan.version)
        return {};
    storage::PlanRepository plans(c.file);
    return plans.updatePlan(after);
}

void listChangedMeasures(Context& c, const Plan& plan, const ReviewPackage::PlanReview& reviewed)
{
    QSet<QString> seen;
    for (const ReviewPackage::MeasureRef& ref : reviewed.measures) {
        seen.insert(ref.uid);
        const Measure* m = c.snapshot.measure(c.measureByUid.value(ref.uid));
        if (!m)
            c.report.measuresChanged << QStringLiteral("\u201c%1\u201d was removed").arg(ref.title);
        else if (ContentFingerprint::ofMeasure(c.snapshot, *m) != ref.fingerprint)
            c.report.measuresChanged << QStringLiteral("#%1 \u201c%2\u201d changed").arg(m->id).arg(m->title);
    }
    if (reviewed.measures.empty())
        return;
    for (const Measure* m : PlanLookup::measuresOf(c.snapshot, plan.id))
        if (!seen.contains(m->uid))
            c.report.measuresChanged << QStringLiteral("#%1 \u201c%2\u201d was added").arg(m->id).arg(m->title);
}

} // namespace

Result<MergeReport> merge(const storage::PlanFile& file, const ReviewPackage& package, const QString& source,
                          const Options& options)
{
    if (auto status = file.requireWritable(); !status)
        return status.error();
    auto snapshot = storage::PlanSnapshot::load(file);
    if (!snapshot)
        return snapshot.error();
    MergeReport report;
    report.source = source;
    report.dryRun = options.dryRun;

    // Every reviewed plan must be here before anything is written.
    std::vector<const Plan*> targets;
    for (const auto& reviewed : package.plans) {
        const Plan* target = nullptr;
        for (const Plan& plan : snapshot->plans)
            if (plan.uid == reviewed.planUid)
                target = &plan;
        if (!target)
            return anotherPlan(file, *snapshot, reviewed, source);
        targets.push_back(target);
    }

    storage::Transaction tx(file.connection());
    if (!tx.isOpen())
        return tx.error();
    storage::ReviewRepository reviews(file);
    storage::RubricRepository rubric(file);
    Context c{file, *snapshot, reviews, rubric, {}, {}, report};
    for (const Measure& m : snapshot->measures)
        c.measureByUid.insert(m.uid, m.id);

    auto criteria = rubric.criteria();
    if (!criteria)
        return criteria.error();
    if (criteria->empty())
        for (const auto& reviewed : package.plans)
            if (!reviewed.criteria.empty()) {
                if (auto status = rubric.installCriteriaInTransaction(reviewed.criteria); !status)
                    return status.error();
                report.rubricInstalled = true;
                criteria = rubric.criteria();
                if (!criteria)
                    return criteria.error();
                break;
            }
    QHash<QString, double> weightOf;
    for (const RubricCriterion& criterion : *criteria) {
        c.criterionByCode.insert(criterion.code, criterion.id);
        weightOf.insert(criterion.code, criterion.weight);
    }

    for (size_t i = 0; i < package.plans.size(); ++i) {
        const auto& reviewed = package.plans[i];
        const Plan& plan = *targets[i];
        for (const RubricCriterion& criterion : reviewed.criteria)
            if (weightOf.contains(criterion.code) && weightOf.value(criterion.code) != criterion.weight)
                report.conflicts << QStringLiteral("the criterion \u201c%1\u201d weighs %2 here and %3 in the review; "
                                                   "this file's rubric was kept.")
                                        .arg(criterion.code)
                                        .arg(weightOf.value(criterion.code))
                                        .arg(criterion.weight);
        MergeReport::PlanResult result{plan.id, PlanLookup::describe(*snapshot, plan), plan.state, plan.state,
                                       plan.version, reviewed.planVersion};
        if (auto status = mergeItems(c, plan, reviewed); !status)
            return status.error();
        if (auto status = mergeScores(c, plan, reviewed); !status)
            return status.error();
        if (auto status = mergeDecisions(c, plan, reviewed, result); !status)
            return status.error();
        listChangedMeasures(c, plan, reviewed);
        report.plans.push_back(result);
    }
    if (options.dryRun) {
        tx.rollback();
        return report;
    }
    if (auto status = tx.commit(); !status)
        return status.error();
    return report;
}

} // namespace ys::review::ReviewMerge
