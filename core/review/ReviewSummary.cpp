// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewSummary.h"

#include "ContentFingerprint.h"
#include "FlagKind.h"
#include "PlanDecisions.h"
#include "PlanLookup.h"
#include "ReviewItemText.h"

#include "domain/FiscalYear.h"
#include "storage/ReviewRepository.h"
#include "storage/RubricRepository.h"

#include <QHash>
#include <QJsonArray>

namespace ys::review {
namespace {

QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject anchorJson(const ReviewAnchor& a)
{
    QJsonObject o{{QStringLiteral("kind"), code(a.kind)}};
    if (a.kind == ReviewAnchor::Kind::Section)
        o.insert(QStringLiteral("section"), a.section);
    if (a.kind == ReviewAnchor::Kind::Measure || a.kind == ReviewAnchor::Kind::Value)
        o.insert(QStringLiteral("measure"), a.measureId);
    if (a.kind == ReviewAnchor::Kind::Value) {
        o.insert(QStringLiteral("fiscal_year"), FiscalYear(a.fiscalYear).label());
        o.insert(QStringLiteral("period"), a.period);
    }
    return o;
}

QJsonObject decisionJson(const ReviewDecision& d)
{
    return {{QStringLiteral("uid"), d.uid},
            {QStringLiteral("from"), code(d.from)},
            {QStringLiteral("state"), code(d.to)},
            {QStringLiteral("version"), d.planVersion},
            {QStringLiteral("by"), d.author},
            {QStringLiteral("at"), time(d.decidedAt)},
            {QStringLiteral("note"), d.note}};
}

} // namespace

Result<ReviewSummary> ReviewSummary::build(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot,
                                           const Plan& plan)
{
    ReviewSummary summary;
    summary.plan = plan;
    storage::ReviewRepository reviews(file);
    storage::RubricRepository rubric(file);
    auto items = reviews.items(plan.id);
    if (!items)
        return items.error();
    auto criteria = rubric.criteria();
    if (!criteria)
        return criteria.error();
    auto scores = rubric.scores(plan.id);
    if (!scores)
        return scores.error();
    auto decisions = reviews.decisions(plan.id);
    if (!decisions)
        return decisions.error();
    // A file that carries no rubric yet is shown the default one (installed on the first score).
    summary.criteria = criteria->empty() ? defaultRubric() : *criteria;
    summary.scores = *scores;
    summary.rubric = rubricResult(summary.criteria, summary.scores);
    summary.decisions = *decisions;
    summary.gate = PlanDecisions::gateOf(snapshot, plan);

    QHash<QString, QString> measurePrints; // fingerprints worked out once per measure
    const auto changed = [&](const ReviewItem& item) -> bool {
        if (item.anchorFingerprint.isEmpty())
            return false;
        if (item.anchor.kind == ReviewAnchor::Kind::Measure) {
            const Measure* m = snapshot.measure(item.anchor.measureId);
            if (!m)
                return true;
            const QString key = QString::number(m->id);
            if (!measurePrints.contains(key))
                measurePrints.insert(key, ContentFingerprint::ofMeasure(snapshot, *m));
            return measurePrints.value(key) != item.anchorFingerprint;
        }
        auto now = ContentFingerprint::ofAnchor(file, snapshot, item.anchor);
        return !now || *now != item.anchorFingerprint;
    };

    QHash<QPair<RowId, QString>, int> flagIndex;
    for (const ReviewItem& item : *items) {
        if (item.kind == ReviewItem::Kind::Comment) {
            summary.comments.push_back({item, changed(item)});
            continue;
        }
        Flag flag;
        flag.item = item;
        flag.measureId = item.anchor.measureId;
        flag.kind = item.flagKind;
        flag.state = item.state;
        flag.changedSinceReview = changed(item);
        flagIndex.insert({flag.measureId, flag.kind}, int(summary.flags.size()));
        summary.flags.push_back(flag);
    }
    for (const DetectedFlag& detected : detectFlags(snapshot, plan)) {
        const auto key = qMakePair(detected.measureId, code(detected.kind));
        if (const auto it = flagIndex.constFind(key); it != flagIndex.cend()) {
            summary.flags[size_t(*it)].detected = true;
            summary.flags[size_t(*it)].reason = detected.reason;
            continue;
        }
        Flag flag;
        flag.measureId = detected.measureId;
        flag.kind = code(detected.kind);
        flag.detected = true;
        flag.reason = detected.reason;
        summary.flags.push_back(flag);
    }
    return summary;
}

int ReviewSummary::count(ReviewItem::State state) const
{
    int n = 0;
    for (const Flag& f : flags)
        n += f.state == state ? 1 : 0;
    for (const Comment& c : comments)
        n += c.item.state == state ? 1 : 0;
    return n;
}

std::optional<ReviewDecision> ReviewSummary::latestDecision() const
{
    return decisions.empty() ? std::nullopt : std::optional<ReviewDecision>(decisions.back());
}

QJsonObject ReviewSummary::toJson(const storage::PlanSnapshot& snapshot) const
{
    QJsonArray flagArray;
    for (const Flag& f : flags) {
        const Measure* m = snapshot.measure(f.measureId);
        QJsonObject o{{QStringLiteral("id"), f.item ? QJsonValue(f.item->id) : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("uid"), f.item ? QJsonValue(f.item->uid) : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("measure"), f.measureId},
                      {QStringLiteral("measure_title"), m ? m->title : QString()},
                      {QStringLiteral("kind"), f.kind},
                      {QStringLiteral("state"), code(f.state)},
                      {QStringLiteral("detected"), f.detected},
                      {QStringLiteral("reason"), f.reason},
                      {QStringLiteral("comment"), f.item ? f.item->text : QString()},
                      {QStringLiteral("author"), f.item ? f.item->author : QString()},
                      {QStringLiteral("plan_version"), f.item ? f.item->planVersion : plan.version},
                      {QStringLiteral("changed_since_review"), f.changedSinceReview}};
        flagArray.append(o);
    }
    QJsonArray commentArray;
    for (const Comment& c : comments) {
        const ReviewItem& i = c.item;
        commentArray.append(QJsonObject{{QStringLiteral("id"), i.id},
                                        {QStringLiteral("uid"), i.uid},
                                        {QStringLiteral("anchor"), anchorJson(i.anchor)},
                                        {QStringLiteral("text"), i.text},
                                        {QStringLiteral("change_required"), i.changeRequired},
                                        {QStringLiteral("state"), code(i.state)},
                                        {QStringLiteral("answer"), i.answer},
                                        {QStringLiteral("author"), i.author},
                                        {QStringLiteral("created_at"), time(i.createdAt)},
                                        {QStringLiteral("resolved_at"), time(i.resolvedAt)},
                                        {QStringLiteral("plan_version"), i.planVersion},
                                        {QStringLiteral("changed_since_review"), c.changedSinceReview}});
    }
    QHash<RowId, const RubricScore*> scoreOf;
    for (const RubricScore& s : scores)
        scoreOf.insert(s.criterionId, &s);
    QJsonArray criteriaArray;
    for (const RubricCriterion& c : criteria) {
        const RubricScore* s = scoreOf.value(c.id);
        criteriaArray.append(QJsonObject{{QStringLiteral("code"), c.code},
                                         {QStringLiteral("section"), c.section},
                                         {QStringLiteral("title"), c.title},
                                         {QStringLiteral("weight"), c.weight},
                                         {QStringLiteral("score"), s ? QJsonValue(s->score) : QJsonValue(QJsonValue::Null)},
                                         {QStringLiteral("note"), s ? s->note : QString()}});
    }
    QJsonArray decisionArray;
    for (const ReviewDecision& d : decisions)
        decisionArray.append(decisionJson(d));
    QJsonArray gateArray;
    for (const auto& g : gate)
        gateArray.append(QJsonObject{{QStringLiteral("measure"), g.measureId}, {QStringLiteral("what"), g.what}});
    const auto latest = latestDecision();
    return {{QStringLiteral("plan"),
             QJsonObject{{QStringLiteral("id"), plan.id},
                         {QStringLiteral("uid"), plan.uid},
                         {QStringLiteral("owner"), PlanLookup::ownerName(snapshot, plan)},
                         {QStringLiteral("agency"), PlanLookup::agencyCode(snapshot, plan)},
                         {QStringLiteral("cycle"), FiscalYear(plan.cycle).label()},
                         {QStringLiteral("state"), code(plan.state)},
                         {QStringLiteral("version"), plan.version}}},
            {QStringLiteral("flags"), flagArray},
            {QStringLiteral("comments"), commentArray},
            {QStringLiteral("rubric"),
             QJsonObject{{QStringLiteral("criteria"), criteriaArray},
                         {QStringLiteral("overall"), rubric.overall ? QJsonValue(*rubric.overall) : QJsonValue(QJsonValue::Null)},
                         {QStringLiteral("scored"), rubric.scored},
                         {QStringLiteral("total"), rubric.criteria}}},
            {QStringLiteral("decision"), latest ? QJsonValue(decisionJson(*latest)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("decisions"), decisionArray},
            {QStringLiteral("passes_publish_gate"), gate.isEmpty()},
            {QStringLiteral("publish_gate"), gateArray}};
}

QString ReviewSummary::toText(const storage::PlanSnapshot& snapshot) const
{
    QString out = QStringLiteral("%1: %2, version %3\n")
                      .arg(PlanLookup::describe(snapshot, plan), label(plan.state))
                      .arg(plan.version);
    if (const auto latest = latestDecision())
        out += QStringLiteral("  Last decision: %1 by %2 on %3 (version %4)\n")
                   .arg(label(latest->to), latest->author, latest->decidedAt.toString(Qt::ISODate))
                   .arg(latest->planVersion);
    out += QStringLiteral("  Flags: %1 proposed, %2 confirmed, %3 dismissed\n")
               .arg(count(ReviewItem::State::Proposed))
               .arg(count(ReviewItem::State::Confirmed))
               .arg(count(ReviewItem::State::Dismissed));
    for (const Flag& f : flags) {
        if (f.state == ReviewItem::State::Proposed)
            continue;
        out += QStringLiteral("    [%1] %2 %3: %4%5%6\n")
                   .arg(f.item->id)
                   .arg(code(f.state), ReviewItemText::flagLabel(f.kind),
                        ReviewItemText::anchor(snapshot, f.item->anchor), f.item->text,
                        f.changedSinceReview ? QStringLiteral(" (changed since review)") : QString());
    }
    out += QStringLiteral("  Comments: %1 open, %2 resolved\n")
               .arg(count(ReviewItem::State::Open))
               .arg(count(ReviewItem::State::Resolved));
    for (const Comment& c : comments)
        out += QStringLiteral("    [%1] %2%3 on %4: %5%6%7\n")
                   .arg(c.item.id)
                   .arg(code(c.item.state), c.item.changeRequired ? QStringLiteral(", change required") : QString(),
                        ReviewItemText::anchor(snapshot, c.item.anchor), c.item.text,
                        c.item.answer.isEmpty() ? QString() : QStringLiteral(" -- answer: %1").arg(c.item.answer),
                        c.changedSinceReview ? QStringLiteral(" (changed since review)") : QString());
    out += QStringLiteral("  Rubric: %1 of %2 criteria scored, overall %3\n")
               .arg(rubric.scored)
               .arg(rubric.criteria)
               .arg(rubric.overall ? QString::number(*rubric.overall, 'f', 2) : QStringLiteral("not scored"));
    out += gate.isEmpty() ? QStringLiteral("  Publish gate: passes\n")
                          : QStringLiteral("  Publish gate: %1 missing\n").arg(gate.size());
    return out;
}

} // namespace ys::review
