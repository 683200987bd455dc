// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanLookup.h"

#include "domain/FiscalYear.h"

#include <QSet>

#include <algorithm>

namespace ys::review::PlanLookup {

QString ownerName(const storage::PlanSnapshot& snapshot, const Plan& plan)
{
    const PlanOwner* owner = snapshot.owner(plan.ownerId);
    return owner ? owner->name : QString();
}

QString agencyCode(const storage::PlanSnapshot& snapshot, const Plan& plan)
{
    const PlanOwner* owner = snapshot.owner(plan.ownerId);
    const Agency* agency = owner ? snapshot.agency(owner->agencyId) : nullptr;
    return agency ? agency->code : QString();
}

QString describe(const storage::PlanSnapshot& snapshot, const Plan& plan)
{
    const QString code = agencyCode(snapshot, plan);
    return QStringLiteral("%1%2, %3 plan")
        .arg(ownerName(snapshot, plan), code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(code),
             FiscalYear(plan.cycle).label());
}

Result<const Plan*> find(const storage::PlanSnapshot& snapshot, const QString& owner, int cycle)
{
    const QString wanted = owner.trimmed();
    QSet<RowId> owners;
    for (const PlanOwner& o : snapshot.owners)
        if (o.name.compare(wanted, Qt::CaseInsensitive) == 0)
            owners.insert(o.id);
    if (owners.isEmpty())
        for (const PlanOwner& o : snapshot.owners) {
            const Agency* agency = snapshot.agency(o.agencyId);
            if (agency && agency->code.compare(wanted, Qt::CaseInsensitive) == 0)
                owners.insert(o.id);
        }
    Error error = Error::make(Error::Code::Usage, {});
    error.field = QStringLiteral("plan");
    if (owners.isEmpty()) {
        error.message = QStringLiteral("no plan owner is called \u201c%1\u201d; give an owner's name as `yardstick "
                                       "list` shows it, or an agency id such as AGC2101.")
                            .arg(wanted);
        return error;
    }
    if (owners.size() > 1) {
        QStringList names;
        for (RowId id : owners)
            names << snapshot.owner(id)->name;
        names.sort();
        error.message = QStringLiteral("\u201c%1\u201d has several plan owners; name one: %2.")
                            .arg(wanted, names.join(QStringLiteral("; ")));
        return error;
    }
    const Plan* chosen = nullptr;
    for (const Plan& plan : snapshot.plans)
        if (owners.contains(plan.ownerId) && (cycle == 0 ? (!chosen || plan.cycle > chosen->cycle) : plan.cycle == cycle))
            chosen = &plan;
    if (!chosen) {
        error.message = cycle ? QStringLiteral("\u201c%1\u201d has no %2 plan.").arg(wanted, FiscalYear(cycle).label())
                              : QStringLiteral("\u201c%1\u201d has no plan in this file.").arg(wanted);
        return error;
    }
    return chosen;
}

std::vector<const Measure*> measuresOf(const storage::PlanSnapshot& snapshot, RowId planId)
{
    std::vector<const Measure*> out;
    for (const Measure& measure : snapshot.measures) {
        const auto plans = snapshot.plansOfMeasure.value(measure.id);
        if (std::find(plans.begin(), plans.end(), planId) != plans.end())
            out.push_back(&measure);
    }
    return out;
}

} // namespace ys::review::PlanLookup
