// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewItemBuilder.h"

#include "ContentFingerprint.h"
#include "PlanLookup.h"

#include "domain/FiscalYear.h"
#include "storage/PlanFile.h"
#include "storage/ReviewRepository.h"

namespace ys::review::ReviewItemBuilder {
namespace {

Error invalid(const QString& field, const QString& message)
{
    Error error = Error::make(Error::Code::Usage, message);
    error.field = field;
    return error;
}

bool inPlan(const storage::PlanSnapshot& snapshot, RowId planId, RowId measureId)
{
    const auto plans = snapshot.plansOfMeasure.value(measureId);
    return std::find(plans.begin(), plans.end(), planId) != plans.end();
}

Status checkText(const QString& field, const QString& text, bool required)
{
    if (required && text.trimmed().isEmpty())
        return invalid(field, QStringLiteral("the text is empty; say what the agency should know."));
    if (text.size() > MaxTextLength)
        return invalid(field, QStringLiteral("the text is longer than %1 characters.").arg(MaxTextLength));
    return {};
}

} // namespace

Result<ReviewItem> flag(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot,
                        const std::vector<ReviewItem>& planItems, const FlagRequest& request)
{
    const Plan* plan = snapshot.plan(request.planId);
    if (!plan)
        return invalid(QStringLiteral("plan"), QStringLiteral("there is no plan with id %1.").arg(request.planId));
    const Measure* measure = snapshot.measure(request.measureId);
    if (!measure || !inPlan(snapshot, plan->id, measure->id))
        return invalid(QStringLiteral("measure"), QStringLiteral("measure %1 is not a measure of %2.")
                                                      .arg(request.measureId)
                                                      .arg(PlanLookup::describe(snapshot, *plan)));
    if (auto status = checkText(QStringLiteral("comment"), request.comment, false); !status)
        return status.error();

    ReviewItem item;
    for (const ReviewItem& existing : planItems)
        if (existing.kind == ReviewItem::Kind::Flag && existing.anchor.measureId == measure->id &&
            existing.flagKind == code(request.kind))
            item = existing;
    const bool isNew = item.id == 0;
    if (isNew && request.dismiss && !isDetected(request.kind))
        return invalid(QStringLiteral("kind"), QStringLiteral("measure %1 has no \u201c%2\u201d flag to dismiss.")
                                                   .arg(measure->id)
                                                   .arg(label(request.kind)));
    if (!isDetected(request.kind) && !request.dismiss && request.comment.trimmed().isEmpty() && item.text.isEmpty())
        return invalid(QStringLiteral("comment"), QStringLiteral("a \u201c%1\u201d flag needs a comment saying why.")
                                                      .arg(label(request.kind)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (isNew) {
        item.uid = storage::newReviewUid();
        item.kind = ReviewItem::Kind::Flag;
        item.anchor.kind = ReviewAnchor::Kind::Measure;
        item.anchor.planId = plan->id;
        item.anchor.measureId = measure->id;
        item.flagKind = code(request.kind);
        item.author = file.userName();
        item.createdAt = now;
    }
    item.state = request.dismiss ? ReviewItem::State::Dismissed : ReviewItem::State::Confirmed;
    if (!request.comment.trimmed().isEmpty())
        item.text = request.comment.trimmed();
    item.planVersion = plan->version;
    item.anchorFingerprint = ContentFingerprint::ofMeasure(snapshot, *measure);
    item.updatedAt = now;
    return item;
}

Result<ReviewItem> comment(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot,
                           const CommentRequest& request)
{
    const ReviewAnchor& anchor = request.anchor;
    const Plan* plan = snapshot.plan(anchor.planId);
    if (!plan)
        return invalid(QStringLiteral("plan"), QStringLiteral("there is no plan with id %1.").arg(anchor.planId));
    if (auto status = checkText(QStringLiteral("text"), request.text, true); !status)
        return status.error();
    switch (anchor.kind) {
    case ReviewAnchor::Kind::Plan: break;
    case ReviewAnchor::Kind::Section:
        if (!reviewSections().contains(anchor.section))
            return invalid(QStringLiteral("section"), QStringLiteral("there is no plan section \u201c%1\u201d; the sections "
                                                                     "are %2.")
                                                          .arg(anchor.section, reviewSections().join(QStringLiteral(", "))));
        break;
    case ReviewAnchor::Kind::Value:
        if (anchor.fiscalYear < 1900 || anchor.fiscalYear > 2200)
            return invalid(QStringLiteral("fiscal-year"), QStringLiteral("a value needs its fiscal year, such as FY27."));
        if (!fromCode<Period>(anchor.period))
            return invalid(QStringLiteral("period"), QStringLiteral("the period is one of %1.")
                                                         .arg(allCodes<Period>().join(QStringLiteral(", "))));
        [[fallthrough]];
    case ReviewAnchor::Kind::Measure:
        if (!snapshot.measure(anchor.measureId) || !inPlan(snapshot, plan->id, anchor.measureId))
            return invalid(QStringLiteral("measure"), QStringLiteral("measure %1 is not a measure of %2.")
                                                          .arg(anchor.measureId)
                                                          .arg(PlanLookup::describe(snapshot, *plan)));
        break;
    }
    auto fingerprint = ContentFingerprint::ofAnchor(file, snapshot, anchor);
    if (!fingerprint)
        return fingerprint.error();
    ReviewItem item;
    item.uid = storage::newReviewUid();
    item.kind = ReviewItem::Kind::Comment;
    item.anchor = anchor;
    if (anchor.kind != ReviewAnchor::Kind::Section)
        item.anchor.section.clear();
    item.state = ReviewItem::State::Open;
    item.text = request.text.trimmed();
    item.changeRequired = request.changeRequired;
    item.author = file.userName();
    item.createdAt = QDateTime::currentDateTimeUtc();
    item.updatedAt = item.createdAt;
    item.planVersion = plan->version;
    item.anchorFingerprint = *fingerprint;
    return item;
}

Result<ReviewItem> resolution(const storage::PlanFile& file, const ReviewItem& comment, const QString& answer)
{
    if (comment.kind != ReviewItem::Kind::Comment)
        return invalid(QStringLiteral("comment"),
                       QStringLiteral("review item %1 is a flag; only comments are answered and resolved.").arg(comment.id));
    if (comment.state == ReviewItem::State::Resolved)
        return invalid(QStringLiteral("comment"),
                       QStringLiteral("comment %1 was resolved already (%2); it stays in the history as it is.")
                           .arg(comment.id)
                           .arg(comment.resolvedAt.toString(Qt::ISODate)));
    if (answer.trimmed().isEmpty())
        return invalid(QStringLiteral("answer"), QStringLiteral("the answer is empty; say what was done."));
    if (answer.size() > MaxTextLength)
        return invalid(QStringLiteral("answer"), QStringLiteral("the answer is longer than %1 characters.").arg(MaxTextLength));
    ReviewItem item = comment;
    item.state = ReviewItem::State::Resolved;
    item.answer = answer.trimmed();
    item.resolvedAt = QDateTime::currentDateTimeUtc();
    Q_UNUSED(file);
    return item;
}

} // namespace ys::review::ReviewItemBuilder
