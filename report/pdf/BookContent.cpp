// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookContent.h"

#include "domain/FiscalYear.h"
#include "storage/PlanFile.h"
#include "storage/PlanRepository.h"
#include "storage/ReferenceRepository.h"

#include <QHash>

#include <algorithm>

namespace ys::report::pdf {
namespace {

bool inScope(const PlanOwner& owner, const Agency* agency, const QString& filter)
{
    if (filter.isEmpty())
        return true;
    return owner.name.compare(filter, Qt::CaseInsensitive) == 0 ||
           (agency && agency->code.compare(filter, Qt::CaseInsensitive) == 0);
}

Status readSections(const storage::PlanFile& file, const QHash<RowId, const PillarGoal*>& pillarGoals,
                    PlanContent& content)
{
    storage::PlanRepository plans(file);
    auto goals = plans.goals(content.plan.id);
    if (!goals)
        return goals.error();
    for (const Goal& goal : *goals) {
        GoalContent g{goal, {}, {}, {}};
        if (const PillarGoal* pillar = pillarGoals.value(goal.pillarGoalId))
            g.pillarGoal = QStringLiteral("%1 %2").arg(pillar->code, pillar->title).trimmed();
        auto initiatives = plans.initiatives(goal.id);
        if (!initiatives)
            return initiatives.error();
        g.initiatives = std::move(*initiatives);
        content.goals.push_back(std::move(g));
    }
    auto risks = plans.risks(content.plan.id);
    if (!risks)
        return risks.error();
    content.risks = std::move(*risks);
    auto people = plans.personnel(content.plan.id);
    if (!people)
        return people.error();
    content.people = std::move(*people);
    return {};
}

// The plan's measures: service metrics grouped by service (services in number order), KPIs under
// their goals.
void placeMeasures(const storage::PlanSnapshot& snapshot, PlanContent& content)
{
    QHash<RowId, size_t> serviceIndex;
    for (const Measure& m : snapshot.measures) {
        const auto plans = snapshot.plansOfMeasure.value(m.id);
        if (std::find(plans.begin(), plans.end(), content.plan.id) == plans.end())
            continue;
        if (m.serviceId != 0 && m.level == MeasureLevel::Service) {
            auto found = serviceIndex.constFind(m.serviceId);
            if (found == serviceIndex.constEnd()) {
                const Service* service = snapshot.service(m.serviceId);
                if (!service)
                    continue;
                found = serviceIndex.insert(m.serviceId, content.services.size());
                content.services.push_back(ServiceContent{*service, {}});
            }
            content.services[*found].measures.push_back(m.id);
            continue;
        }
        auto goal = std::find_if(content.goals.begin(), content.goals.end(),
                                 [&](const GoalContent& g) { return g.goal.id == m.goalId; });
        if (goal != content.goals.end())
            goal->kpis.push_back(m.id);
        else
            content.otherKpis.push_back(m.id);
    }
    std::sort(content.services.begin(), content.services.end(),
              [](const ServiceContent& a, const ServiceContent& b) { return a.service.number < b.service.number; });
}

} // namespace

bool PlanContent::approved() const
{
    return plan.state == LifeCycle::Approved || plan.state == LifeCycle::Published;
}

int PlanContent::measureCount() const
{
    int count = int(otherKpis.size());
    for (const GoalContent& g : goals)
        count += int(g.kpis.size());
    for (const ServiceContent& s : services)
        count += int(s.measures.size());
    return count;
}

bool BookContent::allApproved() const
{
    return std::all_of(plans.begin(), plans.end(), [](const PlanContent& p) { return p.approved(); });
}

int BookContent::measureCount() const
{
    int count = 0;
    for (const PlanContent& p : plans)
        count += p.measureCount();
    return count;
}

Result<BookContent> BookContent::read(const storage::PlanFile& file, const BookScope& scope)
{
    BookContent book;
    auto snapshot = storage::PlanSnapshot::load(file);
    if (!snapshot)
        return snapshot.error();
    book.snapshot = std::move(*snapshot);
    book.cityBook = scope.agency.isEmpty();
    book.cycle = scope.cycle;
    if (book.cycle == 0)
        for (const Plan& plan : book.snapshot.plans)
            book.cycle = std::max(book.cycle, plan.cycle);
    if (book.cycle == 0)
        return Error::make(Error::Code::NotFound, QStringLiteral("the file holds no plan to publish"));

    auto pillarGoals = storage::ReferenceRepository(file).pillarGoals();
    if (!pillarGoals)
        return pillarGoals.error();
    QHash<RowId, const PillarGoal*> pillarGoalById;
    for (const PillarGoal& g : *pillarGoals)
        pillarGoalById.insert(g.id, &g);

    bool agencyKnown = scope.agency.isEmpty();
    for (const Plan& plan : book.snapshot.plans) {
        const PlanOwner* owner = book.snapshot.owner(plan.ownerId);
        const Agency* agency = owner ? book.snapshot.agency(owner->agencyId) : nullptr;
        if (!owner || !inScope(*owner, agency, scope.agency))
            continue;
        agencyKnown = true;
        if (plan.cycle != book.cycle)
            continue;
        PlanContent content;
        content.plan = plan;
        content.owner = *owner;
        if (agency)
            content.agency = *agency;
        if (auto status = readSections(file, pillarGoalById, content); !status)
            return status.error();
        placeMeasures(book.snapshot, content);
        book.plans.push_back(std::move(content));
    }
    if (!agencyKnown)
        return Error::make(Error::Code::NotFound,
                     QStringLiteral("no agency or plan owner \"%1\" in the file (use an agency id such as "
                                    "AGC7900 or a plan owner's name, as 'yardstick list' shows them)")
                         .arg(scope.agency));
    if (book.plans.empty())
        return Error::make(Error::Code::NotFound,
                     QStringLiteral("no %1 plan%2 in the file").arg(FiscalYear(book.cycle).label(),
                                                                    scope.agency.isEmpty() ? QString()
                                                                                           : QStringLiteral(" for %1").arg(scope.agency)));
    std::sort(book.plans.begin(), book.plans.end(), [](const PlanContent& a, const PlanContent& b) {
        const QString left = a.agency.displayName(), right = b.agency.displayName();
        if (int c = left.compare(right, Qt::CaseInsensitive); c != 0)
            return c < 0;
        return a.owner.name.compare(b.owner.name, Qt::CaseInsensitive) < 0;
    });
    return book;
}

} // namespace ys::report::pdf
