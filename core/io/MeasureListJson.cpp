// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureListJson.h"

#include "domain/FiscalYear.h"

namespace ys::io {
namespace {

QJsonValue number(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

bool MeasureListJson::matches(const storage::PlanSnapshot& snapshot, const Measure& measure, const QString& filter)
{
    if (filter.isEmpty())
        return true;
    const PlanOwner* owner = snapshot.owner(measure.ownerId);
    if (!owner)
        return false;
    if (owner->name.compare(filter, Qt::CaseInsensitive) == 0)
        return true;
    const Agency* agency = snapshot.agency(owner->agencyId);
    return agency && agency->code.compare(filter, Qt::CaseInsensitive) == 0;
}

QJsonObject MeasureListJson::value(const Value& v)
{
    QJsonObject o;
    o.insert(QStringLiteral("fiscal_year"), FiscalYear(v.fiscalYear).label());
    o.insert(QStringLiteral("period"), code(v.period));
    o.insert(QStringLiteral("target"), number(v.target.number));
    o.insert(QStringLiteral("actual"), number(v.actual.number));
    o.insert(QStringLiteral("target_note"), v.target.note);
    o.insert(QStringLiteral("actual_note"), v.actual.note);
    // One reason for the value as a whole (the actual's, else the target's), and each side's.
    o.insert(QStringLiteral("missing_reason"),
             !v.actual.missingReason.isEmpty() ? v.actual.missingReason : v.target.missingReason);
    o.insert(QStringLiteral("target_missing_reason"), v.target.missingReason);
    o.insert(QStringLiteral("actual_missing_reason"), v.actual.missingReason);
    QJsonObject raw;
    raw.insert(QStringLiteral("target"), v.target.raw);
    raw.insert(QStringLiteral("actual"), v.actual.raw);
    o.insert(QStringLiteral("raw"), raw);
    if (v.statusOverride) {
        o.insert(QStringLiteral("status_override"), code(*v.statusOverride));
        o.insert(QStringLiteral("override_note"), v.overrideNote);
    }
    return o;
}

QJsonObject MeasureListJson::measure(const storage::PlanSnapshot& snapshot, const Measure& m)
{
    const PlanOwner* owner = snapshot.owner(m.ownerId);
    const Agency* agency = owner ? snapshot.agency(owner->agencyId) : nullptr;
    const Service* service = snapshot.service(m.serviceId);
    QJsonObject o;
    o.insert(QStringLiteral("id"), m.id);
    o.insert(QStringLiteral("uid"), m.uid);
    o.insert(QStringLiteral("agency"), agency ? agency->code : QString());
    o.insert(QStringLiteral("agency_name"), agency ? agency->name : QString());
    o.insert(QStringLiteral("owner"), owner ? owner->name : QString());
    o.insert(QStringLiteral("service"), service ? QJsonValue(service->number) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("service_name"), service ? service->name : QString());
    o.insert(QStringLiteral("level"), code(m.level));
    o.insert(QStringLiteral("title"), m.title);
    o.insert(QStringLiteral("type"), code(m.type));
    o.insert(QStringLiteral("direction"), code(m.direction));
    o.insert(QStringLiteral("unit"), code(m.unit));
    o.insert(QStringLiteral("interval"), code(m.interval));
    o.insert(QStringLiteral("deprecated"), m.deprecated);
    QJsonArray cycles;
    for (RowId planId : snapshot.plansOfMeasure.value(m.id))
        if (const Plan* plan = snapshot.plan(planId))
            cycles.append(FiscalYear(plan->cycle).label());
    o.insert(QStringLiteral("cycles"), cycles);
    QJsonArray values;
    for (const Value& v : snapshot.valuesOf(m.id))
        values.append(value(v));
    o.insert(QStringLiteral("values"), values);
    return o;
}

QJsonArray MeasureListJson::measures(const storage::PlanSnapshot& snapshot, const QString& agencyFilter)
{
    QJsonArray out;
    for (const Measure& m : snapshot.measures)
        if (matches(snapshot, m, agencyFilter))
            out.append(measure(snapshot, m));
    return out;
}

} // namespace ys::io
