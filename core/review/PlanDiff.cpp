// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDiff.h"

#include "PlanLookup.h"

#include "domain/FiscalYear.h"

#include <QHash>

namespace ys::review {
namespace {

using FieldChange = PlanDiff::FieldChange;

QString number(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 15) : QString();
}

void compareField(std::vector<FieldChange>& out, const QString& field, const QString& before, const QString& after)
{
    if (before != after)
        out.push_back({field, before, after});
}

std::vector<FieldChange> headerChanges(const Plan& a, const Plan& b)
{
    std::vector<FieldChange> out;
    compareField(out, QStringLiteral("state"), code(a.state), code(b.state));
    compareField(out, QStringLiteral("version"), QString::number(a.version), QString::number(b.version));
    compareField(out, QStringLiteral("contact"), a.contact, b.contact);
    compareField(out, QStringLiteral("plan_date"), a.planDate.toString(Qt::ISODate), b.planDate.toString(Qt::ISODate));
    compareField(out, QStringLiteral("reviewers"), a.reviewers, b.reviewers);
    compareField(out, QStringLiteral("overview"), a.overview, b.overview);
    compareField(out, QStringLiteral("vision"), a.vision, b.vision);
    compareField(out, QStringLiteral("vision_link"), a.visionLink, b.visionLink);
    compareField(out, QStringLiteral("website"), a.website, b.website);
    return out;
}

QString serviceOf(const storage::PlanSnapshot& s, const Measure& m)
{
    const Service* service = s.service(m.serviceId);
    return service ? QString::number(service->number) : QString();
}

std::vector<FieldChange> definitionChanges(const storage::PlanSnapshot& sa, const Measure& a,
                                           const storage::PlanSnapshot& sb, const Measure& b)
{
    std::vector<FieldChange> out;
    compareField(out, QStringLiteral("title"), a.title, b.title);
    compareField(out, QStringLiteral("service"), serviceOf(sa, a), serviceOf(sb, b));
    compareField(out, QStringLiteral("level"), code(a.level), code(b.level));
    compareField(out, QStringLiteral("type"), code(a.type), code(b.type));
    compareField(out, QStringLiteral("direction"), code(a.direction), code(b.direction));
    compareField(out, QStringLiteral("unit"), code(a.unit), code(b.unit));
    compareField(out, QStringLiteral("interval"), code(a.interval), code(b.interval));
    compareField(out, QStringLiteral("tolerance"), number(a.tolerance), number(b.tolerance));
    for (int i = 0; i < ElementCount; ++i)
        compareField(out, code(Element(i)), a.elements[size_t(i)], b.elements[size_t(i)]);
    compareField(out, QStringLiteral("baseline"), number(a.baseline), number(b.baseline));
    compareField(out, QStringLiteral("baseline_year"), a.baselineYear ? QString::number(a.baselineYear) : QString(),
                 b.baselineYear ? QString::number(b.baselineYear) : QString());
    compareField(out, QStringLiteral("equity"), QString::number(a.equity), QString::number(b.equity));
    compareField(out, QStringLiteral("deprecated"), QString::number(a.deprecated), QString::number(b.deprecated));
    compareField(out, QStringLiteral("change_mapping"), code(a.change), code(b.change));
    compareField(out, QStringLiteral("approval"), code(a.approval), code(b.approval));
    return out;
}

std::vector<FieldChange> valueChanges(const std::vector<Value>& a, const std::vector<Value>& b)
{
    QMap<QPair<int, int>, std::pair<const Value*, const Value*>> keys; // ordered by year, period
    for (const Value& v : a)
        keys[{v.fiscalYear, int(v.period)}].first = &v;
    for (const Value& v : b)
        keys[{v.fiscalYear, int(v.period)}].second = &v;
    static const Value none;
    std::vector<FieldChange> out;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        const Value& x = it->first ? *it->first : none;
        const Value& y = it->second ? *it->second : none;
        const QString prefix =
            QStringLiteral("%1 %2 ").arg(FiscalYear(it.key().first).label(), code(Period(it.key().second)));
        compareField(out, prefix + QStringLiteral("target"), number(x.target.number), number(y.target.number));
        compareField(out, prefix + QStringLiteral("target note"), x.target.note, y.target.note);
        compareField(out, prefix + QStringLiteral("target missing reason"), x.target.missingReason, y.target.missingReason);
        compareField(out, prefix + QStringLiteral("actual"), number(x.actual.number), number(y.actual.number));
        compareField(out, prefix + QStringLiteral("actual note"), x.actual.note, y.actual.note);
        compareField(out, prefix + QStringLiteral("actual missing reason"), x.actual.missingReason, y.actual.missingReason);
        compareField(out, prefix + QStringLiteral("status override"),
                     x.statusOverride ? code(*x.statusOverride) : QString(),
                     y.statusOverride ? code(*y.statusOverride) : QString());
        compareField(out, prefix + QStringLiteral("override note"), x.overrideNote, y.overrideNote);
    }
    return out;
}

PlanDiff::MeasureRef refOf(const storage::PlanSnapshot& s, const Measure& m)
{
    const Service* service = s.service(m.serviceId);
    return {m.uid, m.id, m.title, service ? service->number : 0};
}

} // namespace

PlanDiff PlanDiff::compare(const storage::PlanSnapshot& before, const storage::PlanSnapshot& after, const QString& planUid)
{
    PlanDiff diff;
    QHash<QString, const Plan*> oldPlans;
    for (const Plan& p : before.plans)
        if (planUid.isEmpty() || p.uid == planUid)
            oldPlans.insert(p.uid, &p);
    for (const Plan& newPlan : after.plans) {
        if (!planUid.isEmpty() && newPlan.uid != planUid)
            continue;
        const Plan* oldPlan = oldPlans.take(newPlan.uid);
        if (!oldPlan) {
            diff.plansAdded << PlanLookup::describe(after, newPlan);
            continue;
        }
        PlanChange change;
        change.uid = newPlan.uid;
        change.plan = PlanLookup::describe(after, newPlan);
        change.header = headerChanges(*oldPlan, newPlan);
        QHash<QString, const Measure*> oldMeasures;
        for (const Measure* m : PlanLookup::measuresOf(before, oldPlan->id))
            oldMeasures.insert(m->uid, m);
        for (const Measure* m : PlanLookup::measuresOf(after, newPlan.id)) {
            const Measure* old = oldMeasures.take(m->uid);
            if (!old) {
                change.added.push_back(refOf(after, *m));
                continue;
            }
            MeasureChange mc;
            mc.measure = refOf(after, *m);
            mc.oldId = old->id;
            mc.definition = definitionChanges(before, *old, after, *m);
            mc.values = valueChanges(before.valuesOf(old->id), after.valuesOf(m->id));
            if (!mc.definition.empty() || !mc.values.empty())
                change.changed.push_back(std::move(mc));
        }
        for (const Measure* m : PlanLookup::measuresOf(before, oldPlan->id))
            if (oldMeasures.contains(m->uid))
                change.removed.push_back(refOf(before, *m));
        if (!change.isEmpty())
            diff.plans.push_back(std::move(change));
    }
    for (const Plan& p : before.plans)
        if (oldPlans.contains(p.uid))
            diff.plansRemoved << PlanLookup::describe(before, p);
    return diff;
}

bool PlanDiff::isEmpty() const
{
    return plans.empty() && plansAdded.isEmpty() && plansRemoved.isEmpty();
}

int PlanDiff::measuresChanged() const
{
    int count = 0;
    for (const PlanChange& p : plans)
        count += int(p.changed.size());
    return count;
}

} // namespace ys::review
