// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScorecardBuilder.h"

#include "ChartText.h"

#include "rules/MeasureStatus.h"
#include "storage/PlanSnapshot.h"

#include <QSet>

#include <algorithm>

namespace ys::charts {
namespace {

bool inScope(const storage::PlanSnapshot& snapshot, const Measure& measure, const ScorecardScope& scope)
{
    switch (scope.kind) {
    case ScorecardScope::Kind::File: return true;
    case ScorecardScope::Kind::Owner: return measure.ownerId == scope.id;
    case ScorecardScope::Kind::Agency: {
        if (const PlanOwner* owner = snapshot.owner(measure.ownerId))
            return owner->agencyId == scope.id;
        const Service* service = snapshot.service(measure.serviceId);
        return service && service->agencyId == scope.id;
    }
    }
    return false;
}

} // namespace

ScorecardRow scorecardRowOf(MeasureType type)
{
    switch (type) {
    case MeasureType::Output: return ScorecardRow::Output;
    case MeasureType::Efficiency: return ScorecardRow::Efficiency;
    case MeasureType::Effectiveness: return ScorecardRow::Effectiveness;
    case MeasureType::Outcome: return ScorecardRow::Outcome;
    default: break;
    }
    return ScorecardRow::Other;
}

QString ScorecardBuilder::scopeName(const storage::PlanSnapshot& snapshot, const ScorecardScope& scope)
{
    switch (scope.kind) {
    case ScorecardScope::Kind::File: return ChartText::tr("All agencies in the file");
    case ScorecardScope::Kind::Agency:
        if (const Agency* agency = snapshot.agency(scope.id))
            return agency->displayName();
        break;
    case ScorecardScope::Kind::Owner:
        if (const PlanOwner* owner = snapshot.owner(scope.id))
            return owner->name;
        break;
    }
    return ChartText::tr("Unknown");
}

Scorecard ScorecardBuilder::build(const storage::PlanSnapshot& snapshot, const ScorecardScope& scope, const Options& options)
{
    Scorecard card;
    card.scope = scope;
    card.scopeName = scopeName(snapshot, scope);
    card.fiscalYear = options.fiscalYear;
    card.planCycle = options.planCycle;
    if (card.planCycle == 0)
        for (const Plan& plan : snapshot.plans)
            card.planCycle = std::max(card.planCycle, plan.cycle);

    QSet<RowId> plansOfCycle;
    for (const Plan& plan : snapshot.plans)
        if (plan.cycle == card.planCycle)
            plansOfCycle.insert(plan.id);
    if (plansOfCycle.isEmpty())
        card.planCycle = 0; // no plan of that cycle: count every measure of the scope

    for (const Measure& measure : snapshot.measures) {
        if (!inScope(snapshot, measure, scope))
            continue;
        if (!plansOfCycle.isEmpty()) {
            const auto plans = snapshot.plansOfMeasure.value(measure.id);
            if (std::none_of(plans.begin(), plans.end(), [&](RowId p) { return plansOfCycle.contains(p); }))
                continue;
        }
        if (measure.deprecated) {
            ++card.deprecatedLeftOut;
            continue;
        }
        const rules::MeasureYearStatus status =
            rules::measureStatus(measure, snapshot.valuesOf(measure.id), options.fiscalYear, snapshot.defaultTolerance);
        if (!options.fiscalYear) {
            if (status.fiscalYear == 0)
                ++card.withoutStatusYear;
            else
                ++card.statusYears[status.fiscalYear];
        }
        card.cells[size_t(scorecardRowOf(measure.type))][size_t(status.status)].push_back(measure.id);
    }
    return card;
}

int Scorecard::rowTotal(ScorecardRow row) const
{
    int total = 0;
    for (const Cell& cell : cells[size_t(row)])
        total += int(cell.size());
    return total;
}

int Scorecard::statusTotal(TargetStatus status) const
{
    int total = 0;
    for (const auto& row : cells)
        total += int(row[size_t(status)].size());
    return total;
}

int Scorecard::total() const
{
    int total = 0;
    for (int row = 0; row < ScorecardRowCount; ++row)
        total += rowTotal(ScorecardRow(row));
    return total;
}

int Scorecard::mainStatusYear() const
{
    if (fiscalYear)
        return *fiscalYear;
    int best = 0, most = 0;
    for (const auto& [year, count] : statusYears)
        if (count >= most) {
            best = year;
            most = count;
        }
    return best;
}

QString Scorecard::yearCaption() const
{
    if (fiscalYear)
        return ChartText::tr("Statuses for %1 (every measure judged on its %1 target and actual)")
            .arg(ChartText::yearLabel(*fiscalYear));
    const int main = mainStatusYear();
    if (main == 0)
        return ChartText::tr("No status yet: no measure has a year with both a target and an actual");
    QStringList others;
    for (auto it = statusYears.rbegin(); it != statusYears.rend(); ++it)
        if (it->first != main)
            others << ChartText::tr("%1 for %2").arg(ChartText::yearLabel(it->first)).arg(it->second);
    QString text = ChartText::tr("Statuses for %1, each measure's latest year with a target and an actual")
                       .arg(ChartText::yearLabel(main));
    if (!others.isEmpty())
        text += QLatin1Char(' ') + ChartText::tr("(other years: %1)").arg(others.join(QStringLiteral(", ")));
    return text;
}

} // namespace ys::charts
