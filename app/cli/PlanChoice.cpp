// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanChoice.h"

#include "Console.h"
#include "ExitCode.h"
#include "review/PlanLookup.h"

namespace ys::cli {

PlanChoice::PlanChoice(VerbParser& verb)
    : m_verb(verb),
      m_plan(QStringLiteral("plan"), QStringLiteral("The plan owner (its name, or an agency id such as AGC2101)."),
             QStringLiteral("OWNER")),
      m_cycle(QStringLiteral("cycle"), QStringLiteral("The plan's cycle (default: the owner's latest)."),
              QStringLiteral("FY"))
{
    verb.parser().addOptions({m_plan, m_cycle});
}

bool PlanChoice::isSet() const
{
    return m_verb.parser().isSet(m_plan);
}

const Plan* PlanChoice::resolve(const storage::PlanSnapshot& snapshot, int& exitCode, RowId measureId) const
{
    const auto cycle = m_verb.fiscalYearOption(QStringLiteral("cycle"));
    if (!cycle) {
        exitCode = Console::usage(m_verb.name(), QStringLiteral("--cycle must be a fiscal year such as FY27."));
        return nullptr;
    }
    if (isSet()) {
        auto plan = review::PlanLookup::find(snapshot, m_verb.parser().value(m_plan), *cycle);
        if (!plan) {
            exitCode = Console::fail(plan.error());
            return nullptr;
        }
        return *plan;
    }
    if (measureId) {
        const Plan* latest = nullptr;
        for (RowId id : snapshot.plansOfMeasure.value(measureId))
            if (const Plan* p = snapshot.plan(id); p && (*cycle ? p->cycle == *cycle : (!latest || p->cycle > latest->cycle)))
                latest = p;
        if (latest)
            return latest;
        exitCode = Console::usage(m_verb.name(), snapshot.measure(measureId)
                                                     ? QStringLiteral("measure %1 belongs to no plan%2; name one with --plan.")
                                                           .arg(measureId)
                                                           .arg(*cycle ? QStringLiteral(" of that cycle") : QString())
                                                     : QStringLiteral("there is no measure %1 in the file; "
                                                                      "`yardstick list --json` shows the ids.")
                                                           .arg(measureId));
        return nullptr;
    }
    exitCode = Console::usage(m_verb.name(), QStringLiteral("name the plan with --plan OWNER."));
    return nullptr;
}

std::optional<RowId> idOption(VerbParser& verb, const QString& option, int& exitCode)
{
    if (!verb.parser().isSet(option))
        return std::nullopt;
    bool ok = false;
    const qint64 id = verb.parser().value(option).toLongLong(&ok);
    if (!ok || id <= 0) {
        exitCode = Console::usage(verb.name(), QStringLiteral("--%1 must be an id such as 12 (`yardstick list --json` "
                                                              "and `yardstick review list --json` show them).")
                                                   .arg(option));
        return RowId(0);
    }
    return id;
}

} // namespace ys::cli
