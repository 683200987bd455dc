// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPackageJson.h"

#include "FlagKind.h"
#include "Rubric.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace ys::review::ReviewPackageJson {
namespace {

constexpr int MaxText = 20000;
constexpr int MaxShort = 500;
constexpr int MaxEntries = 200000;

QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject itemJson(const ReviewPackage::Item& packed)
{
    const ReviewItem& i = packed.item;
    QJsonObject anchor{{QStringLiteral("kind"), code(i.anchor.kind)}};
    if (i.anchor.kind == ReviewAnchor::Kind::Section)
        anchor.insert(QStringLiteral("section"), i.anchor.section);
    if (i.anchor.kind == ReviewAnchor::Kind::Measure || i.anchor.kind == ReviewAnchor::Kind::Value)
        anchor.insert(QStringLiteral("measure_uid"), packed.measureUid);
    if (i.anchor.kind == ReviewAnchor::Kind::Value) {
        anchor.insert(QStringLiteral("fiscal_year"), i.anchor.fiscalYear);
        anchor.insert(QStringLiteral("period"), i.anchor.period);
    }
    return {{QStringLiteral("uid"), i.uid},
            {QStringLiteral("kind"), code(i.kind)},
            {QStringLiteral("anchor"), anchor},
            {QStringLiteral("flag_kind"), i.flagKind},
            {QStringLiteral("state"), code(i.state)},
            {QStringLiteral("text"), i.text},
            {QStringLiteral("change_required"), i.changeRequired},
            {QStringLiteral("answer"), i.answer},
            {QStringLiteral("author"), i.author},
            {QStringLiteral("created_at"), time(i.createdAt)},
            {QStringLiteral("resolved_at"), time(i.resolvedAt)},
            {QStringLiteral("updated_at"), time(i.updatedAt)},
            {QStringLiteral("plan_version"), i.planVersion},
            {QStringLiteral("anchor_fingerprint"), i.anchorFingerprint}};
}

QJsonObject planJson(const ReviewPackage::PlanReview& p)
{
    QJsonArray measures;
    for (const auto& m : p.measures)
        measures.append(QJsonObject{{QStringLiteral("uid"), m.uid},
                                    {QStringLiteral("title"), m.title},
                                    {QStringLiteral("service"), m.service},
                                    {QStringLiteral("fingerprint"), m.fingerprint}});
    QJsonArray items;
    for (const auto& i : p.items)
        items.append(itemJson(i));
    QJsonArray criteria;
    for (const auto& c : p.criteria)
        criteria.append(QJsonObject{{QStringLiteral("code"), c.code},
                                    {QStringLiteral("section"), c.section},
                                    {QStringLiteral("title"), c.title},
                                    {QStringLiteral("guidance"), c.guidance},
                                    {QStringLiteral("weight"), c.weight}});
    QJsonArray scores;
    for (const auto& s : p.scores)
        scores.append(QJsonObject{{QStringLiteral("criterion"), s.criterion},
                                  {QStringLiteral("score"), s.score},
                                  {QStringLiteral("note"), s.note},
                                  {QStringLiteral("author"), s.author},
                                  {QStringLiteral("scored_at"), time(s.scoredAt)}});
    QJsonArray decisions;
    for (const auto& d : p.decisions)
        decisions.append(QJsonObject{{QStringLiteral("uid"), d.uid},
                                     {QStringLiteral("from"), code(d.from)},
                                     {QStringLiteral("to"), code(d.to)},
                                     {QStringLiteral("plan_version"), d.planVersion},
                                     {QStringLiteral("author"), d.author},
                                     {QStringLiteral("decided_at"), time(d.decidedAt)},
                                     {QStringLiteral("note"), d.note}});
    return {{QStringLiteral("plan_uid"), p.planUid},
            {QStringLiteral("owner"), p.owner},
            {QStringLiteral("agency"), p.agency},
            {QStringLiteral("cycle"), p.cycle},
            {QStringLiteral("plan_version"), p.planVersion},
            {QStringLiteral("state"), code(p.state)},
            {QStringLiteral("header_fingerprint"), p.headerFingerprint},
            {QStringLiteral("measures"), measures},
            {QStringLiteral("items"), items},
            {QStringLiteral("rubric"), criteria},
            {QStringLiteral("scores"), scores},
            {QStringLiteral("decisions"), decisions}};
}

// Reads typed fields of one JSON object, remembering the first fault with its path.
class Reader
{
public:
    Reader(const QString& source, QString path, const QJsonObject& object, std::optional<Error>& fault)
        : m_source(source), m_path(std::move(path)), m_object(object), m_fault(fault)
    {
    }

    void fail(const QString& key, const QString& message) const
    {
        if (m_fault)
            return;
        Error error = Error::make(Error::Code::Invalid, message + QStringLiteral(" Nothing was merged."));
        error.file = m_source;
        error.field = key.isEmpty() ? m_path : (m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key);
        m_fault = error;
    }

    QString text(const QString& key, int maxLength, bool required = false) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("this field is missing."));
            return {};
        }
        if (!v.isString()) {
            fail(key, QStringLiteral("this field should be text."));
            return {};
        }
        const QString s = v.toString();
        if (required && s.trimmed().isEmpty())
            fail(key, QStringLiteral("this field is empty."));
        if (s.size() > maxLength)
            fail(key, QStringLiteral("this text is longer than %1 characters.").arg(maxLength));
        return s;
    }

    int integer(const QString& key, int min, int max) const
    {
        const QJsonValue v = m_object.value(key);
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
            fail(key, QStringLiteral("this should be a whole number from %1 to %2.").arg(min).arg(max));
            return min;
        }
        return int(d);
    }

    double number(const QString& key) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble()) {
            fail(key, QStringLiteral("this should be a number."));
            return 0;
        }
        return v.toDouble();
    }

    bool boolean(const QString& key) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isBool()) {
            fail(key, QStringLiteral("this should be true or false."));
            return false;
        }
        return v.toBool();
    }

    QDateTime when(const QString& key, bool required) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isNull() || v.isUndefined()) {
            if (required)
                fail(key, QStringLiteral("this date and time is missing."));
            return {};
        }
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!v.isString() || !t.isValid()) {
            fail(key, QStringLiteral("this should be a date and time such as 2026-08-12T09:30:00Z."));
            return {};
        }
        return t.toUTC();
    }

    QJsonArray array(const QString& key) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            fail(key, QStringLiteral("this should be a list."));
            return {};
        }
        if (v.toArray().size() > MaxEntries)
            fail(key, QStringLiteral("this list is longer than %1 entries.").arg(MaxEntries));
        return v.toArray();
    }

    // Object `index` of an array, or a fault.
    QJsonObject element(const QString& key, const QJsonArray& array, int index) const
    {
        if (!array[index].isObject())
            fail(QStringLiteral("%1[%2]").arg(key).arg(index), QStringLiteral("this should be an object."));
        return array[index].toObject();
    }

    QJsonObject object(const QString& key) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isObject())
            fail(key, QStringLiteral("this should be an object."));
        return v.toObject();
    }

    template <typename T, typename Parse>
    T code(const QString& key, Parse parse, T fallback, const QStringList& codes) const
    {
        const QString s = text(key, MaxShort, true);
        if (auto value = parse(s))
            return *value;
        fail(key, QStringLiteral("\u201c%1\u201d is not one of %2.").arg(s, codes.join(QStringLiteral(", "))));
        return fallback;
    }

    QString path(const QString& key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    // A reader of the object at `key`[`index`] that reports into the same fault.
    Reader child(const QString& key, int index, const QJsonObject& object) const
    {
        return Reader(m_source, path(QStringLiteral("%1[%2]").arg(key).arg(index)), object, m_fault);
    }
    bool failed() const { return m_fault.has_value(); }

private:
    QString m_source;
    QString m_path;
    QJsonObject m_object;
    std::optional<Error>& m_fault;
};

const QRegularExpression& fingerprintPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{0,64}$"));
    return pattern;
}

QStringList stateCodes()
{
    return {QStringLiteral("proposed"), QStringLiteral("confirmed"), QStringLiteral("dismissed"), QStringLiteral("open"),
            QStringLiteral("resolved")};
}

ReviewPackage::Item readItem(const Reader& r)
{
    ReviewPackage::Item packed;
    ReviewItem& i = packed.item;
    i.uid = r.text(QStringLiteral("uid"), 100, true);
    i.kind = r.code<ReviewItem::Kind>(QStringLiteral("kind"), reviewKindFromCode, ReviewItem::Kind::Comment,
                                      {QStringLiteral("flag"), QStringLiteral("comment")});
    i.state = r.code<ReviewItem::State>(QStringLiteral("state"), reviewStateFromCode, ReviewItem::State::Open, stateCodes());
    const bool flagState = i.state == ReviewItem::State::Proposed || i.state == ReviewItem::State::Confirmed ||
                           i.state == ReviewItem::State::Dismissed;
    if (flagState != (i.kind == ReviewItem::Kind::Flag))
        r.fail(QStringLiteral("state"), QStringLiteral("a %1 cannot be %2.").arg(code(i.kind), code(i.state)));
    i.flagKind = r.text(QStringLiteral("flag_kind"), MaxShort);
    if (i.kind == ReviewItem::Kind::Flag && !flagKindFromCode(i.flagKind))
        r.fail(QStringLiteral("flag_kind"), QStringLiteral("\u201c%1\u201d is not one of %2.")
                                                .arg(i.flagKind, allFlagCodes().join(QStringLiteral(", "))));
    i.text = r.text(QStringLiteral("text"), MaxText);
    i.changeRequired = r.boolean(QStringLiteral("change_required"));
    i.answer = r.text(QStringLiteral("answer"), MaxText);
    i.author = r.text(QStringLiteral("author"), MaxShort);
    i.createdAt = r.when(QStringLiteral("created_at"), true);
    i.resolvedAt = r.when(QStringLiteral("resolved_at"), false);
    i.updatedAt = r.when(QStringLiteral("updated_at"), false);
    i.planVersion = r.integer(QStringLiteral("plan_version"), 1, 1000000);
    i.anchorFingerprint = r.text(QStringLiteral("anchor_fingerprint"), 64);
    if (!fingerprintPattern().match(i.anchorFingerprint).hasMatch())
        r.fail(QStringLiteral("anchor_fingerprint"), QStringLiteral("this is not a fingerprint."));

    const QJsonObject anchorObject = r.object(QStringLiteral("anchor"));
    const QString kind = anchorObject.value(QStringLiteral("kind")).toString();
    const auto anchorKind = anchorKindFromCode(kind);
    if (!anchorKind) {
        r.fail(QStringLiteral("anchor.kind"), QStringLiteral("\u201c%1\u201d is not one of plan, section, measure, value.").arg(kind));
        return packed;
    }
    i.anchor.kind = *anchorKind;
    if (i.kind == ReviewItem::Kind::Flag && i.anchor.kind != ReviewAnchor::Kind::Measure)
        r.fail(QStringLiteral("anchor.kind"), QStringLiteral("a flag is anchored to a measure."));
    if (i.anchor.kind == ReviewAnchor::Kind::Section) {
        i.anchor.section = anchorObject.value(QStringLiteral("section")).toString();
        if (!reviewSections().contains(i.anchor.section))
            r.fail(QStringLiteral("anchor.section"), QStringLiteral("\u201c%1\u201d is not one of %2.")
                                                         .arg(i.anchor.section, reviewSections().join(QStringLiteral(", "))));
    }
    if (i.anchor.kind == ReviewAnchor::Kind::Measure || i.anchor.kind == ReviewAnchor::Kind::Value) {
        const QJsonValue uid = anchorObject.value(QStringLiteral("measure_uid"));
        packed.measureUid = uid.toString();
        if (!uid.isString() || packed.measureUid.trimmed().isEmpty() || packed.measureUid.size() > 100)
            r.fail(QStringLiteral("anchor.measure_uid"), QStringLiteral("the measure's uid is missing."));
    }
    if (i.anchor.kind == ReviewAnchor::Kind::Value) {
        const double year = anchorObject.value(QStringLiteral("fiscal_year")).toDouble(0);
        if (year < 1900 || year > 2200 || year != double(int(year)))
            r.fail(QStringLiteral("anchor.fiscal_year"), QStringLiteral("this should be a fiscal year's end year, 1900 to 2200."));
        i.anchor.fiscalYear = int(year);
        i.anchor.period = anchorObject.value(QStringLiteral("period")).toString();
        if (!fromCode<Period>(i.anchor.period))
            r.fail(QStringLiteral("anchor.period"), QStringLiteral("\u201c%1\u201d is not one of %2.")
                                                        .arg(i.anchor.period, allCodes<Period>().join(QStringLiteral(", "))));
    }
    return packed;
}

ReviewPackage::PlanReview readPlan(const Reader& r)
{
    ReviewPackage::PlanReview p;
    p.planUid = r.text(QStringLiteral("plan_uid"), 100, true);
    p.owner = r.text(QStringLiteral("owner"), MaxShort);
    p.agency = r.text(QStringLiteral("agency"), MaxShort);
    p.cycle = r.integer(QStringLiteral("cycle"), 1900, 2200);
    p.planVersion = r.integer(QStringLiteral("plan_version"), 1, 1000000);
    p.state = r.code<LifeCycle>(QStringLiteral("state"), fromCode<LifeCycle>, LifeCycle::Draft, allCodes<LifeCycle>());
    p.headerFingerprint = r.text(QStringLiteral("header_fingerprint"), 64);

    const QJsonArray measures = r.array(QStringLiteral("measures"));
    for (int n = 0; n < measures.size() && !r.failed(); ++n) {
        const Reader m = r.child(QStringLiteral("measures"), n, r.element(QStringLiteral("measures"), measures, n));
        ReviewPackage::MeasureRef ref;
        ref.uid = m.text(QStringLiteral("uid"), 100, true);
        ref.title = m.text(QStringLiteral("title"), MaxText);
        ref.service = m.integer(QStringLiteral("service"), 0, 1000000);
        ref.fingerprint = m.text(QStringLiteral("fingerprint"), 64);
        p.measures.push_back(ref);
    }
    QSet<QString> uids;
    const QJsonArray items = r.array(QStringLiteral("items"));
    for (int n = 0; n < items.size() && !r.failed(); ++n) {
        const Reader item = r.child(QStringLiteral("items"), n, r.element(QStringLiteral("items"), items, n));
        p.items.push_back(readItem(item));
        if (uids.contains(p.items.back().item.uid))
            item.fail(QStringLiteral("uid"), QStringLiteral("two review items have the same uid."));
        uids.insert(p.items.back().item.uid);
    }
    const QJsonArray criteria = r.array(QStringLiteral("rubric"));
    QSet<QString> codes;
    for (int n = 0; n < criteria.size() && !r.failed(); ++n) {
        const Reader c = r.child(QStringLiteral("rubric"), n, r.element(QStringLiteral("rubric"), criteria, n));
        RubricCriterion criterion;
        criterion.code = c.text(QStringLiteral("code"), 64, true);
        criterion.section = c.text(QStringLiteral("section"), MaxShort, true);
        criterion.title = c.text(QStringLiteral("title"), MaxShort, true);
        criterion.guidance = c.text(QStringLiteral("guidance"), MaxText);
        criterion.weight = c.number(QStringLiteral("weight"));
        criterion.order = n + 1;
        codes.insert(criterion.code);
        p.criteria.push_back(criterion);
    }
    if (!p.criteria.empty() && !r.failed())
        if (auto status = validateRubric(p.criteria, QString()); !status)
            r.fail(QStringLiteral("rubric"), status.error().describe());
    const QJsonArray scores = r.array(QStringLiteral("scores"));
    for (int n = 0; n < scores.size() && !r.failed(); ++n) {
        const Reader s = r.child(QStringLiteral("scores"), n, r.element(QStringLiteral("scores"), scores, n));
        ReviewPackage::Score score;
        score.criterion = s.text(QStringLiteral("criterion"), 64, true);
        if (!codes.contains(score.criterion))
            s.fail(QStringLiteral("criterion"), QStringLiteral("the review's rubric has no criterion \u201c%1\u201d.").arg(score.criterion));
        score.score = s.integer(QStringLiteral("score"), 1, 4);
        score.note = s.text(QStringLiteral("note"), MaxText);
        score.author = s.text(QStringLiteral("author"), MaxShort);
        score.scoredAt = s.when(QStringLiteral("scored_at"), true);
        p.scores.push_back(score);
    }
    uids.clear();
    const QJsonArray decisions = r.array(QStringLiteral("decisions"));
    for (int n = 0; n < decisions.size() && !r.failed(); ++n) {
        const Reader d = r.child(QStringLiteral("decisions"), n, r.element(QStringLiteral("decisions"), decisions, n));
        ReviewDecision decision;
        decision.uid = d.text(QStringLiteral("uid"), 100, true);
        if (uids.contains(decision.uid))
            d.fail(QStringLiteral("uid"), QStringLiteral("two decisions have the same uid."));
        uids.insert(decision.uid);
        decision.from = d.code<LifeCycle>(QStringLiteral("from"), fromCode<LifeCycle>, LifeCycle::Draft, allCodes<LifeCycle>());
        decision.to = d.code<LifeCycle>(QStringLiteral("to"), fromCode<LifeCycle>, LifeCycle::Draft, allCodes<LifeCycle>());
        decision.planVersion = d.integer(QStringLiteral("plan_version"), 1, 1000000);
        decision.author = d.text(QStringLiteral("author"), MaxShort);
        decision.decidedAt = d.when(QStringLiteral("decided_at"), true);
        decision.note = d.text(QStringLiteral("note"), MaxText);
        p.decisions.push_back(decision);
    }
    return p;
}

} // namespace

QJsonObject toJson(const ReviewPackage& package)
{
    QJsonArray plans;
    for (const auto& p : package.plans)
        plans.append(planJson(p));
    return {{QStringLiteral("program"), package.program},
            {QStringLiteral("created_at"), time(package.createdAt)},
            {QStringLiteral("created_by"), package.createdBy},
            {QStringLiteral("source_file"), package.sourceFile},
            {QStringLiteral("plans"), plans}};
}

Result<ReviewPackage> fromJson(const QJsonObject& payload, const QString& source)
{
    std::optional<Error> fault;
    const Reader r(source, QStringLiteral("payload"), payload, fault);
    ReviewPackage package;
    package.program = r.text(QStringLiteral("program"), MaxShort);
    package.createdAt = r.when(QStringLiteral("created_at"), true);
    package.createdBy = r.text(QStringLiteral("created_by"), MaxShort);
    package.sourceFile = r.text(QStringLiteral("source_file"), MaxShort);
    if (!payload.value(QStringLiteral("plans")).isArray())
        r.fail(QStringLiteral("plans"), QStringLiteral("the list of reviewed plans is missing."));
    const QJsonArray plans = r.array(QStringLiteral("plans"));
    QSet<QString> uids;
    for (int n = 0; n < plans.size() && !fault; ++n) {
        const Reader p = r.child(QStringLiteral("plans"), n, r.element(QStringLiteral("plans"), plans, n));
        package.plans.push_back(readPlan(p));
        if (uids.contains(package.plans.back().planUid))
            p.fail(QStringLiteral("plan_uid"), QStringLiteral("the same plan is reviewed twice."));
        uids.insert(package.plans.back().planUid);
    }
    if (fault)
        return *fault;
    return package;
}

} // namespace ys::review::ReviewPackageJson
