// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewExport.h"

#include "ContentFingerprint.h"
#include "PlanLookup.h"

#include "storage/PlanFile.h"
#include "storage/ReviewRepository.h"
#include "storage/RubricRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace ys::review::ReviewExport {

Result<ReviewPackage> build(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot,
                            const std::vector<RowId>& planIds)
{
    storage::ReviewRepository reviews(file);
    storage::RubricRepository rubric(file);
    auto criteria = rubric.criteria();
    if (!criteria)
        return criteria.error();
    QHash<RowId, QString> criterionCode;
    for (const RubricCriterion& c : *criteria)
        criterionCode.insert(c.id, c.code);

    ReviewPackage package;
    package.program = QStringLiteral("Yardstick %1").arg(QCoreApplication::applicationVersion());
    package.createdAt = QDateTime::currentDateTimeUtc();
    package.createdBy = file.userName();
    package.sourceFile = QFileInfo(file.path()).fileName();

    for (const Plan& plan : snapshot.plans) {
        if (!planIds.empty() && std::find(planIds.begin(), planIds.end(), plan.id) == planIds.end())
            continue;
        ReviewPackage::PlanReview entry;
        entry.planUid = plan.uid;
        entry.owner = PlanLookup::ownerName(snapshot, plan);
        entry.agency = PlanLookup::agencyCode(snapshot, plan);
        entry.cycle = plan.cycle;
        entry.planVersion = plan.version;
        entry.state = plan.state;
        entry.headerFingerprint = ContentFingerprint::ofPlanHeader(plan);

        auto items = reviews.items(plan.id);
        if (!items)
            return items.error();
        for (const ReviewItem& item : *items) {
            const Measure* measure = snapshot.measure(item.anchor.measureId);
            entry.items.push_back({item, measure ? measure->uid : QString()});
        }
        auto scores = rubric.scores(plan.id);
        if (!scores)
            return scores.error();
        for (const RubricScore& s : *scores)
            entry.scores.push_back({criterionCode.value(s.criterionId), s.score, s.note, s.author, s.scoredAt});
        auto decisions = reviews.decisions(plan.id);
        if (!decisions)
            return decisions.error();
        entry.decisions = *decisions;
        if (planIds.empty() && entry.isEmpty())
            continue;

        entry.criteria = *criteria;
        for (const Measure* m : PlanLookup::measuresOf(snapshot, plan.id)) {
            const Service* service = snapshot.service(m->serviceId);
            entry.measures.push_back({m->uid, m->title, service ? service->number : 0,
                                      ContentFingerprint::ofMeasure(snapshot, *m)});
        }
        package.plans.push_back(std::move(entry));
    }
    return package;
}

} // namespace ys::review::ReviewExport
