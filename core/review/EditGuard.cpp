// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditGuard.h"

#include "PlanLifeCycle.h"
#include "PlanLookup.h"

#include "domain/FiscalYear.h"

namespace ys::review::EditGuard {
namespace {

bool sameFigure(const Figure& a, const Figure& b)
{
    return a.number == b.number && a.note == b.note && a.raw == b.raw && a.missingReason == b.missingReason;
}

Error locked(const storage::PlanSnapshot& snapshot, const Plan& plan, const QString& what)
{
    Error error = Error::make(
        Error::Code::WriteRefused,
        QStringLiteral("%1 is %2, so %3 is locked; only the %4 actual and the %5 target (and later ones) may still change.")
            .arg(PlanLookup::describe(snapshot, plan), label(plan.state).toLower(), what,
                 FiscalYear(plan.cycle - 1).label(), FiscalYear(plan.cycle).label()));
    error.field = QStringLiteral("plan");
    return error;
}

} // namespace

Status mayEditMeasure(const storage::PlanSnapshot& snapshot, RowId measureId)
{
    for (RowId planId : snapshot.plansOfMeasure.value(measureId))
        if (const Plan* plan = snapshot.plan(planId); plan && isLocked(plan->state))
            return locked(snapshot, *plan, QStringLiteral("the measure's definition"));
    return {};
}

Status mayEditValue(const storage::PlanSnapshot& snapshot, const Value& before, const Value& after)
{
    const bool targetChanged = !sameFigure(before.target, after.target);
    const bool actualChanged = !sameFigure(before.actual, after.actual) || before.statusOverride != after.statusOverride ||
                               before.overrideNote != after.overrideNote;
    const int year = after.fiscalYear;
    for (RowId planId : snapshot.plansOfMeasure.value(after.measureId)) {
        const Plan* plan = snapshot.plan(planId);
        if (!plan || !isLocked(plan->state))
            continue;
        if (targetChanged && year < plan->cycle)
            return locked(snapshot, *plan, QStringLiteral("the %1 target").arg(FiscalYear(year).label()));
        if (actualChanged && year < plan->cycle - 1)
            return locked(snapshot, *plan, QStringLiteral("the %1 actual").arg(FiscalYear(year).label()));
    }
    return {};
}

} // namespace ys::review::EditGuard
