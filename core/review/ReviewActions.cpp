// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewActions.h"

#include "PlanDecisions.h"
#include "Rubric.h"

#include "storage/PlanFile.h"
#include "storage/ReviewRepository.h"
#include "storage/RubricRepository.h"
#include "storage/WriteTransaction.h"

namespace ys::review {

ReviewActions::ReviewActions(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot)
    : m_file(file), m_snapshot(snapshot)
{
}

Result<ReviewItem> ReviewActions::writeReviewerItem(const ReviewItem& item, RowId planId)
{
    storage::ReviewRepository reviews(m_file);
    ReviewItem written = item;
    auto id = storage::writeTransaction(m_file, [&]() -> Result<RowId> {
        if (auto started = PlanDecisions::startReviewIfWaiting(m_file, m_snapshot, planId); !started)
            return started.error();
        if (item.id != 0) {
            if (auto status = reviews.updateItemInTransaction(item); !status)
                return status.error();
            return item.id;
        }
        return reviews.insertItemInTransaction(item);
    });
    if (!id)
        return id.error();
    written.id = *id;
    return written;
}

Result<ReviewItem> ReviewActions::flag(const FlagRequest& request)
{
    storage::ReviewRepository reviews(m_file);
    auto items = reviews.items(request.planId);
    if (!items)
        return items.error();
    auto item = ReviewItemBuilder::flag(m_file, m_snapshot, *items, request);
    if (!item)
        return item.error();
    return writeReviewerItem(*item, request.planId);
}

Result<ReviewItem> ReviewActions::comment(const CommentRequest& request)
{
    auto item = ReviewItemBuilder::comment(m_file, m_snapshot, request);
    if (!item)
        return item.error();
    return writeReviewerItem(*item, request.anchor.planId);
}

Result<ReviewItem> ReviewActions::resolve(RowId commentId, const QString& answer)
{
    storage::ReviewRepository reviews(m_file);
    auto comment = reviews.item(commentId);
    if (!comment) {
        Error error = comment.error();
        error.code = Error::Code::Usage;
        error.field = QStringLiteral("comment");
        return error;
    }
    auto resolved = ReviewItemBuilder::resolution(m_file, *comment, answer);
    if (!resolved)
        return resolved.error();
    if (auto status = reviews.updateItem(*resolved); !status)
        return status.error();
    return *resolved;
}

Result<std::vector<RubricCriterion>> ReviewActions::ensureRubric(const storage::PlanFile& file)
{
    storage::RubricRepository rubric(file);
    auto criteria = rubric.criteria();
    if (!criteria || !criteria->empty())
        return criteria;
    if (auto status = rubric.installCriteria(defaultRubric()); !status)
        return status.error();
    return rubric.criteria();
}

Result<RubricScore> ReviewActions::score(RowId planId, const QString& criterionCode, int value, const QString& note)
{
    if (!m_snapshot.plan(planId))
        return Error::make(Error::Code::Usage, QStringLiteral("there is no plan with id %1.").arg(planId));
    if (value < 1 || value > 4) {
        Error error = Error::make(Error::Code::Usage, QStringLiteral("a score is 1, 2, 3 or 4."));
        error.field = QStringLiteral("score");
        return error;
    }
    auto criteria = ensureRubric(m_file);
    if (!criteria)
        return criteria.error();
    const RubricCriterion* criterion = nullptr;
    QStringList codes;
    for (const RubricCriterion& c : *criteria) {
        codes << c.code;
        if (c.code == criterionCode)
            criterion = &c;
    }
    if (!criterion) {
        Error error = Error::make(Error::Code::Usage, QStringLiteral("the rubric has no criterion \u201c%1\u201d; its "
                                                                     "criteria are %2.")
                                                          .arg(criterionCode, codes.join(QStringLiteral(", "))));
        error.field = QStringLiteral("criterion");
        return error;
    }
    RubricScore score{planId, criterion->id, value, note, m_file.userName(), QDateTime::currentDateTimeUtc()};
    storage::RubricRepository rubric(m_file);
    auto written = storage::writeTransaction(m_file, [&]() -> Status {
        if (auto started = PlanDecisions::startReviewIfWaiting(m_file, m_snapshot, planId); !started)
            return started.error();
        return rubric.setScoreInTransaction(score);
    });
    if (!written)
        return written.error();
    return score;
}

} // namespace ys::review
