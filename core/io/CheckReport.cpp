// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckReport.h"

#include "MeasureListJson.h"
#include "domain/FiscalYear.h"
#include "rules/FieldCodes.h"

#include <QJsonArray>

namespace ys::io {

CheckReport CheckReport::build(const storage::PlanSnapshot& snapshot, const QString& agencyFilter, int cycle)
{
    // Which plans: the chosen cycle, or each owner's latest.
    QHash<RowId, const Plan*> chosen;
    for (const Plan& plan : snapshot.plans) {
        if (cycle && plan.cycle != cycle)
            continue;
        const Plan*& current = chosen[plan.ownerId];
        if (!current || plan.cycle > current->cycle)
            current = &plan;
    }
    QHash<RowId, std::vector<const Measure*>> measuresOfPlan;
    for (const Measure& m : snapshot.measures)
        if (MeasureListJson::matches(snapshot, m, agencyFilter))
            for (RowId planId : snapshot.plansOfMeasure.value(m.id))
                measuresOfPlan[planId].push_back(&m);

    CheckReport report;
    for (const Plan& plan : snapshot.plans) {
        if (chosen.value(plan.ownerId) != &plan || !measuresOfPlan.contains(plan.id))
            continue;
        PlanFindings findings;
        findings.plan = &plan;
        const PlanOwner* owner = snapshot.owner(plan.ownerId);
        const Agency* agency = owner ? snapshot.agency(owner->agencyId) : nullptr;
        findings.ownerName = owner ? owner->name : QString();
        findings.agencyCode = agency ? agency->code : QString();
        std::vector<rules::MeasureWithValues> gateInput;
        for (const Measure* m : measuresOfPlan.value(plan.id)) {
            const auto& values = snapshot.valuesOf(m->id);
            MeasureFindings mf;
            mf.measure = m;
            mf.status = rules::measureStatus(*m, values, std::nullopt, snapshot.defaultTolerance);
            mf.completeness = rules::completeness(*m);
            mf.smart = rules::smartChecks(*m, values, plan.cycle);
            findings.measures.push_back(std::move(mf));
            gateInput.emplace_back(*m, values);
        }
        findings.gate = rules::publishGate(gateInput, plan.cycle);
        report.plans.push_back(std::move(findings));
    }
    std::sort(report.plans.begin(), report.plans.end(), [](const PlanFindings& a, const PlanFindings& b) {
        return std::tie(a.agencyCode, a.ownerName) < std::tie(b.agencyCode, b.ownerName);
    });
    return report;
}

bool CheckReport::passesGate() const
{
    return std::all_of(plans.begin(), plans.end(), [](const PlanFindings& p) { return p.passesGate(); });
}

QJsonObject CheckReport::toJson() const
{
    QJsonArray planArray;
    for (const auto& p : plans) {
        QJsonArray measures;
        for (const auto& mf : p.measures) {
            QJsonObject m;
            m.insert(QStringLiteral("id"), mf.measure->id);
            m.insert(QStringLiteral("title"), mf.measure->title);
            QJsonObject status;
            status.insert(QStringLiteral("status"), code(mf.status.status));
            status.insert(QStringLiteral("fiscal_year"),
                          mf.status.fiscalYear ? QJsonValue(FiscalYear(mf.status.fiscalYear).label()) : QJsonValue());
            status.insert(QStringLiteral("target"), mf.status.target ? QJsonValue(*mf.status.target) : QJsonValue());
            status.insert(QStringLiteral("actual"), mf.status.actual ? QJsonValue(*mf.status.actual) : QJsonValue());
            status.insert(QStringLiteral("actual_derived"), mf.status.actualDerived);
            m.insert(QStringLiteral("status"), status);
            QJsonArray missing;
            for (Element e : mf.completeness.missingElements)
                missing.append(code(e));
            for (const QString& f : mf.completeness.missingFields)
                missing.append(f);
            m.insert(QStringLiteral("missing"), missing);
            m.insert(QStringLiteral("complete"), mf.completeness.complete());
            QJsonArray smart;
            for (const auto& s : mf.smart) {
                QJsonObject so;
                so.insert(QStringLiteral("criterion"), rules::criterionCode(s.criterion));
                so.insert(QStringLiteral("field"), s.field);
                so.insert(QStringLiteral("reason"), s.reason);
                smart.append(so);
            }
            m.insert(QStringLiteral("smart"), smart);
            measures.append(m);
        }
        QJsonArray gate;
        for (const auto& g : p.gate) {
            QJsonObject go;
            go.insert(QStringLiteral("measure"), g.measureId);
            go.insert(QStringLiteral("title"), g.measureTitle);
            go.insert(QStringLiteral("what"), g.what);
            go.insert(QStringLiteral("reason"), g.reason);
            gate.append(go);
        }
        QJsonObject po;
        po.insert(QStringLiteral("owner"), p.ownerName);
        po.insert(QStringLiteral("agency"), p.agencyCode);
        po.insert(QStringLiteral("cycle"), FiscalYear(p.plan->cycle).label());
        po.insert(QStringLiteral("state"), code(p.plan->state));
        po.insert(QStringLiteral("passes_publish_gate"), p.passesGate());
        po.insert(QStringLiteral("publish_gate"), gate);
        po.insert(QStringLiteral("measures"), measures);
        planArray.append(po);
    }
    QJsonObject root;
    root.insert(QStringLiteral("passes_publish_gate"), passesGate());
    root.insert(QStringLiteral("plans"), planArray);
    return root;
}

QString CheckReport::toText() const
{
    QString out;
    for (const auto& p : plans) {
        out += QStringLiteral("%1 (%2), plan %3, %4: %5\n")
                   .arg(p.ownerName, p.agencyCode, FiscalYear(p.plan->cycle).label(), label(p.plan->state),
                        p.passesGate() ? QStringLiteral("passes the publish gate")
                                       : QStringLiteral("does not pass the publish gate (%1 missing)").arg(p.gate.size()));
        for (const auto& mf : p.measures) {
            const QString year = mf.status.fiscalYear ? FiscalYear(mf.status.fiscalYear).label() : QStringLiteral("no year");
            out += QStringLiteral("  [%1] %2 (%3 in %4)\n").arg(mf.measure->id).arg(mf.measure->title, label(mf.status.status), year);
            if (!mf.completeness.complete()) {
                QStringList missing;
                for (Element e : mf.completeness.missingElements)
                    missing << label(e);
                for (const QString& f : mf.completeness.missingFields)
                    missing << rules::fieldLabel(f);
                out += QStringLiteral("      missing: %1\n").arg(missing.join(QStringLiteral(", ")));
            }
            for (const auto& s : mf.smart)
                out += QStringLiteral("      %1: %2\n").arg(rules::criterionLabel(s.criterion), s.reason);
        }
        for (const auto& g : p.gate)
            out += QStringLiteral("  publish gate: \"%1\" lacks the %2 (%3)\n").arg(g.measureTitle, g.what, g.reason);
    }
    if (plans.empty())
        out += QStringLiteral("No plan with measures to check.\n");
    return out;
}

} // namespace ys::io
