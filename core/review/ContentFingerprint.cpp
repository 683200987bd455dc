// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentFingerprint.h"

#include "PlanLookup.h"

#include "storage/PlanRepository.h"

#include <QCryptographicHash>
#include <QStringList>

namespace ys::review::ContentFingerprint {
namespace {

QString number(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 17) : QStringLiteral("-");
}

QString digest(const QStringList& parts)
{
    const QByteArray bytes = parts.join(QChar(0x1f)).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32));
}

void addFigure(QStringList& parts, const Figure& f)
{
    parts << number(f.number) << f.note << f.raw << f.missingReason;
}

void addValue(QStringList& parts, const Value& v)
{
    parts << QString::number(v.fiscalYear) << code(v.period);
    addFigure(parts, v.target);
    addFigure(parts, v.actual);
    parts << (v.statusOverride ? code(*v.statusOverride) : QString()) << v.overrideNote;
}

const Value* findValue(const storage::PlanSnapshot& snapshot, RowId measureId, int fiscalYear, const QString& period)
{
    for (const Value& v : snapshot.valuesOf(measureId))
        if (v.fiscalYear == fiscalYear && code(v.period) == period)
            return &v;
    return nullptr;
}

} // namespace

QString ofMeasure(const storage::PlanSnapshot& snapshot, const Measure& m)
{
    const Service* service = snapshot.service(m.serviceId);
    QStringList parts{QStringLiteral("measure"), m.uid, service ? QString::number(service->number) : QString(),
                      code(m.level), m.title, code(m.type), code(m.direction), code(m.unit), code(m.interval),
                      number(m.tolerance)};
    for (const QString& element : m.elements)
        parts << element;
    parts << number(m.baseline) << QString::number(m.baselineYear) << QString::number(m.equity)
          << QString::number(m.deprecated) << code(m.change) << code(m.approval);
    for (const Value& v : snapshot.valuesOf(m.id))
        addValue(parts, v);
    return digest(parts);
}

QString ofValue(const storage::PlanSnapshot& snapshot, RowId measureId, int fiscalYear, const QString& period)
{
    QStringList parts{QStringLiteral("value")};
    if (const Value* v = findValue(snapshot, measureId, fiscalYear, period))
        addValue(parts, *v);
    else
        parts << QString::number(fiscalYear) << period << QStringLiteral("none");
    return digest(parts);
}

QString ofPlanHeader(const Plan& p)
{
    return digest({QStringLiteral("plan"), p.uid, QString::number(p.cycle), p.contact, p.planDate.toString(Qt::ISODate),
                   p.reviewers, p.overview, p.vision, p.visionLink, p.website});
}

Result<QString> ofSection(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot, const Plan& plan,
                          const QString& section)
{
    QStringList parts{QStringLiteral("section"), section};
    storage::PlanRepository plans(file);
    if (section == QLatin1String("overview")) {
        parts << plan.overview << plan.vision << plan.visionLink << plan.website;
    } else if (section == QLatin1String("goals")) {
        auto goals = plans.goals(plan.id);
        if (!goals)
            return goals.error();
        for (const Goal& g : *goals) {
            parts << g.uid << QString::number(g.ordinal) << g.statement << QString::number(g.pillarGoalId)
                  << QString::number(g.primaryLink);
            auto initiatives = plans.initiatives(g.id);
            if (!initiatives)
                return initiatives.error();
            for (const Initiative& i : *initiatives)
                parts << i.uid << i.title << i.description << i.start.toString(Qt::ISODate)
                      << i.end.toString(Qt::ISODate) << i.owner << code(i.status);
        }
    } else if (section == QLatin1String("services")) {
        for (const Measure* m : PlanLookup::measuresOf(snapshot, plan.id)) {
            const Service* service = snapshot.service(m->serviceId);
            parts << (service ? service->name + service->description : QString()) << ofMeasure(snapshot, *m);
        }
    } else if (section == QLatin1String("risks")) {
        auto risks = plans.risks(plan.id);
        if (!risks)
            return risks.error();
        for (const Risk& r : *risks)
            parts << r.uid << code(r.category) << r.description << r.mitigation;
    } else if (section == QLatin1String("personnel")) {
        auto people = plans.personnel(plan.id);
        if (!people)
            return people.error();
        for (const KeyPerson& k : *people)
            parts << k.uid << QString::number(k.serviceId) << code(k.role) << k.name << k.title;
    } else {
        return Error::make(Error::Code::Invalid, QStringLiteral("there is no plan section \u201c%1\u201d.").arg(section));
    }
    return digest(parts);
}

Result<QString> ofAnchor(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot, const ReviewAnchor& anchor)
{
    const Plan* plan = snapshot.plan(anchor.planId);
    switch (anchor.kind) {
    case ReviewAnchor::Kind::Plan: return plan ? ofPlanHeader(*plan) : QString();
    case ReviewAnchor::Kind::Section:
        if (!plan)
            return QString();
        return ofSection(file, snapshot, *plan, anchor.section);
    case ReviewAnchor::Kind::Measure: {
        const Measure* m = snapshot.measure(anchor.measureId);
        return m ? ofMeasure(snapshot, *m) : QString();
    }
    case ReviewAnchor::Kind::Value:
        if (!snapshot.measure(anchor.measureId))
            return QString();
        return ofValue(snapshot, anchor.measureId, anchor.fiscalYear, anchor.period);
    }
    return QString();
}

} // namespace ys::review::ContentFingerprint
