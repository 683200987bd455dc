// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewRepository.h"

#include "WriteTransaction.h"

#include <QUuid>

namespace ys::storage {
namespace {

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* name : list)
        out << QString::fromLatin1(name);
    return out;
}

QVariant timeText(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime timeFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.toUTC();
}

QVariantList itemRow(const ReviewItem& i)
{
    const bool value = i.anchor.kind == ReviewAnchor::Kind::Value;
    return {i.uid.isEmpty() ? newReviewUid() : i.uid,
            code(i.kind),
            code(i.anchor.kind),
            nullableId(i.anchor.planId),
            i.anchor.section,
            nullableId(i.anchor.measureId),
            value ? QVariant(i.anchor.fiscalYear) : QVariant(),
            value ? QVariant(i.anchor.period) : QVariant(),
            i.flagKind,
            code(i.state),
            i.text,
            i.changeRequired ? 1 : 0,
            i.answer,
            i.author,
            timeText(i.createdAt.isValid() ? i.createdAt : QDateTime::currentDateTimeUtc()),
            timeText(i.resolvedAt),
            i.planVersion,
            i.anchorFingerprint,
            timeText(i.updatedAt)};
}

ReviewItem itemFrom(const QSqlQuery& q)
{
    ReviewItem i;
    int c = 0;
    i.id = q.value(c++).toLongLong();
    i.uid = q.value(c++).toString();
    i.kind = reviewKindFromCode(q.value(c++).toString()).value_or(ReviewItem::Kind::Comment);
    i.anchor.kind = anchorKindFromCode(q.value(c++).toString()).value_or(ReviewAnchor::Kind::Plan);
    i.anchor.planId = q.value(c++).toLongLong();
    i.anchor.section = q.value(c++).toString();
    i.anchor.measureId = q.value(c++).toLongLong();
    i.anchor.fiscalYear = q.value(c++).toInt();
    i.anchor.period = q.value(c++).toString();
    i.flagKind = q.value(c++).toString();
    i.state = reviewStateFromCode(q.value(c++).toString()).value_or(ReviewItem::State::Open);
    i.text = q.value(c++).toString();
    i.changeRequired = q.value(c++).toBool();
    i.answer = q.value(c++).toString();
    i.author = q.value(c++).toString();
    i.createdAt = timeFrom(q.value(c++));
    i.resolvedAt = timeFrom(q.value(c++));
    i.planVersion = q.value(c++).toInt();
    i.anchorFingerprint = q.value(c++).toString();
    i.updatedAt = timeFrom(q.value(c++));
    return i;
}

QVariantList decisionRow(const ReviewDecision& d)
{
    return {d.uid.isEmpty() ? newReviewUid() : d.uid,
            d.planId,
            code(d.from),
            code(d.to),
            d.planVersion,
            d.author,
            timeText(d.decidedAt.isValid() ? d.decidedAt : QDateTime::currentDateTimeUtc()),
            d.note};
}

ReviewDecision decisionFrom(const QSqlQuery& q)
{
    ReviewDecision d;
    d.id = q.value(0).toLongLong();
    d.uid = q.value(1).toString();
    d.planId = q.value(2).toLongLong();
    d.from = fromCode<LifeCycle>(q.value(3).toString()).value_or(LifeCycle::Draft);
    d.to = fromCode<LifeCycle>(q.value(4).toString()).value_or(LifeCycle::Draft);
    d.planVersion = q.value(5).toInt();
    d.author = q.value(6).toString();
    d.decidedAt = timeFrom(q.value(7));
    d.note = q.value(8).toString();
    return d;
}

QString summaryOf(const ReviewItem& item)
{
    return QStringLiteral("%1 %2").arg(code(item.kind), item.kind == ReviewItem::Kind::Flag ? item.flagKind : item.text.left(80));
}

} // namespace

QString newReviewUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ReviewRepository::ReviewRepository(const PlanFile& file)
    : m_file(file),
      m_audit(file.connection(), file.userName()),
      m_items(file.connection(), m_audit, QStringLiteral("review_item"),
              names({"uid", "kind", "anchor_kind", "plan_id", "section", "measure_id", "fiscal_year", "period",
                     "flag_kind", "state", "text", "change_required", "answer", "author", "created_at", "resolved_at",
                     "plan_version", "anchor_fingerprint", "updated_at"})),
      m_decisions(file.connection(), m_audit, QStringLiteral("review_decision"),
                  names({"uid", "plan_id", "from_state", "to_state", "plan_version", "author", "decided_at", "note"}))
{
}

Result<std::vector<ReviewItem>> ReviewRepository::items(RowId planId) const
{
    return readAll<ReviewItem>(m_file, m_items.selectSql() + QStringLiteral(" WHERE plan_id = ? ORDER BY id"), {planId},
                               itemFrom);
}

Result<std::vector<ReviewItem>> ReviewRepository::allItems() const
{
    return readAll<ReviewItem>(m_file, m_items.selectSql() + QStringLiteral(" ORDER BY id"), {}, itemFrom);
}

Result<ReviewItem> ReviewRepository::item(RowId id) const
{
    auto found = readAll<ReviewItem>(m_file, m_items.selectSql() + QStringLiteral(" WHERE id = ?"), {id}, itemFrom);
    if (!found)
        return found.error();
    if (found->empty())
        return Error::make(Error::Code::NotFound, QStringLiteral("there is no review item with id %1.").arg(id));
    return found->front();
}

Result<std::optional<ReviewItem>> ReviewRepository::itemByUid(const QString& uid) const
{
    auto found = readAll<ReviewItem>(m_file, m_items.selectSql() + QStringLiteral(" WHERE uid = ?"), {uid}, itemFrom);
    if (!found)
        return found.error();
    return found->empty() ? std::optional<ReviewItem>() : std::optional<ReviewItem>(found->front());
}

Result<RowId> ReviewRepository::insertItemInTransaction(const ReviewItem& item)
{
    return m_items.insert(itemRow(item), summaryOf(item));
}

Status ReviewRepository::updateItemInTransaction(const ReviewItem& item)
{
    return m_items.update(item.id, itemRow(item));
}

Result<RowId> ReviewRepository::addItem(const ReviewItem& item)
{
    return writeTransaction(m_file, [&] { return insertItemInTransaction(item); });
}

Status ReviewRepository::updateItem(const ReviewItem& item)
{
    return writeTransaction(m_file, [&] { return updateItemInTransaction(item); });
}

Status ReviewRepository::removeItem(RowId id)
{
    return writeTransaction(m_file, [&] { return m_items.remove(id, {}); });
}

Status ReviewRepository::restoreItem(const ReviewItem& item)
{
    return writeTransaction(m_file, [&]() -> Status {
        auto id = m_items.insertWithId(item.id, itemRow(item), summaryOf(item));
        return id ? Status() : Status(id.error());
    });
}

Result<std::vector<ReviewDecision>> ReviewRepository::decisions(RowId planId) const
{
    return readAll<ReviewDecision>(m_file,
                                   m_decisions.selectSql() + QStringLiteral(" WHERE plan_id = ? ORDER BY decided_at, id"),
                                   {planId}, decisionFrom);
}

Result<std::optional<ReviewDecision>> ReviewRepository::decisionByUid(const QString& uid) const
{
    auto found = readAll<ReviewDecision>(m_file, m_decisions.selectSql() + QStringLiteral(" WHERE uid = ?"), {uid},
                                         decisionFrom);
    if (!found)
        return found.error();
    return found->empty() ? std::optional<ReviewDecision>() : std::optional<ReviewDecision>(found->front());
}

Result<RowId> ReviewRepository::insertDecisionInTransaction(const ReviewDecision& decision)
{
    return m_decisions.insert(decisionRow(decision),
                              QStringLiteral("%1 -> %2").arg(code(decision.from), code(decision.to)));
}

} // namespace ys::storage
