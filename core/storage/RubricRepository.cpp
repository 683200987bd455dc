// SPDX-License-Identifier: GPL-3.0-or-later
#include "RubricRepository.h"

#include "WriteTransaction.h"

namespace ys::storage {
namespace {

RubricCriterion criterionFrom(const QSqlQuery& q)
{
    RubricCriterion c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.section = q.value(2).toString();
    c.title = q.value(3).toString();
    c.guidance = q.value(4).toString();
    c.weight = q.value(5).toDouble();
    c.order = q.value(6).toInt();
    return c;
}

RubricScore scoreFrom(const QSqlQuery& q)
{
    RubricScore s;
    s.planId = q.value(0).toLongLong();
    s.criterionId = q.value(1).toLongLong();
    s.score = q.value(2).toInt();
    s.note = q.value(3).toString();
    s.author = q.value(4).toString();
    s.scoredAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs).toUTC();
    return s;
}

// Audit field of a score: "score goal_quality".
Result<QString> scoreField(const PlanFile& file, RowId criterionId)
{
    auto found = readAll<QString>(file, QStringLiteral("SELECT code FROM rubric_criterion WHERE id = ?"), {criterionId},
                                  [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!found)
        return found.error();
    if (found->empty())
        return Error::make(Error::Code::NotFound, QStringLiteral("there is no rubric criterion with id %1.").arg(criterionId));
    return QStringLiteral("score %1").arg(found->front());
}

} // namespace

RubricRepository::RubricRepository(const PlanFile& file)
    : m_file(file),
      m_audit(file.connection(), file.userName()),
      m_criteria(file.connection(), m_audit, QStringLiteral("rubric_criterion"),
                 {QStringLiteral("code"), QStringLiteral("section"), QStringLiteral("title"), QStringLiteral("guidance"),
                  QStringLiteral("weight"), QStringLiteral("sort_order")})
{
}

Result<std::vector<RubricCriterion>> RubricRepository::criteria() const
{
    return readAll<RubricCriterion>(m_file, m_criteria.selectSql() + QStringLiteral(" ORDER BY sort_order, id"), {},
                                    criterionFrom);
}

Status RubricRepository::installCriteriaInTransaction(const std::vector<RubricCriterion>& criteria)
{
    auto existing = this->criteria();
    if (!existing)
        return existing.error();
    if (!existing->empty()) {
        Error error = Error::make(Error::Code::Conflict, QStringLiteral("the file carries a rubric already."));
        error.file = m_file.path();
        return error;
    }
    int order = 0;
    for (const RubricCriterion& c : criteria) {
        auto id = m_criteria.insert({c.code, c.section, c.title, c.guidance, c.weight, c.order ? c.order : ++order},
                                    c.code);
        if (!id)
            return id.error();
    }
    return {};
}

Status RubricRepository::installCriteria(const std::vector<RubricCriterion>& criteria)
{
    return writeTransaction(m_file, [&] { return installCriteriaInTransaction(criteria); });
}

Result<std::vector<RubricScore>> RubricRepository::scores(RowId planId) const
{
    return readAll<RubricScore>(m_file,
                                QStringLiteral("SELECT s.plan_id, s.criterion_id, s.score, s.note, s.author, s.scored_at "
                                               "FROM rubric_score s JOIN rubric_criterion c ON c.id = s.criterion_id "
                                               "WHERE s.plan_id = ? ORDER BY c.sort_order, c.id"),
                                {planId}, scoreFrom);
}

Status RubricRepository::setScoreInTransaction(const RubricScore& score)
{
    if (score.score < 1 || score.score > 4) {
        Error error = Error::make(Error::Code::Invalid, QStringLiteral("a rubric score is 1, 2, 3 or 4."));
        error.field = QStringLiteral("score");
        return error;
    }
    auto field = scoreField(m_file, score.criterionId);
    if (!field)
        return field.error();
    auto old = readAll<RubricScore>(m_file,
                                    QStringLiteral("SELECT plan_id, criterion_id, score, note, author, scored_at FROM "
                                                   "rubric_score WHERE plan_id = ? AND criterion_id = ?"),
                                    {score.planId, score.criterionId}, scoreFrom);
    if (!old)
        return old.error();
    const QVariant before = old->empty() ? QVariant() : QVariant(old->front().score);
    if (old->empty() || old->front().score != score.score)
        if (auto status = m_audit.recordUpdate(QStringLiteral("plan"), score.planId, *field, before, score.score); !status)
            return status;
    if (!old->empty() && old->front().note != score.note)
        if (auto status = m_audit.recordUpdate(QStringLiteral("plan"), score.planId, *field + QStringLiteral(" note"),
                                               old->front().note, score.note);
            !status)
            return status;
    const QDateTime at = score.scoredAt.isValid() ? score.scoredAt : QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_file.connection().database());
    return run(query,
               QStringLiteral("INSERT INTO rubric_score (plan_id, criterion_id, score, note, author, scored_at) "
                              "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(plan_id, criterion_id) DO UPDATE SET "
                              "score = excluded.score, note = excluded.note, author = excluded.author, "
                              "scored_at = excluded.scored_at"),
               {score.planId, score.criterionId, score.score, score.note, score.author,
                at.toUTC().toString(Qt::ISODateWithMs)},
               m_file.path());
}

Status RubricRepository::setScore(const RubricScore& score)
{
    return writeTransaction(m_file, [&] { return setScoreInTransaction(score); });
}

Status RubricRepository::removeScore(RowId planId, RowId criterionId)
{
    return writeTransaction(m_file, [&]() -> Status {
        auto field = scoreField(m_file, criterionId);
        if (!field)
            return field.error();
        QSqlQuery query(m_file.connection().database());
        if (auto status = run(query, QStringLiteral("DELETE FROM rubric_score WHERE plan_id = ? AND criterion_id = ?"),
                              {planId, criterionId}, m_file.path());
            !status)
            return status;
        return m_audit.recordUpdate(QStringLiteral("plan"), planId, *field, QStringLiteral("scored"), QVariant());
    });
}

} // namespace ys::storage
