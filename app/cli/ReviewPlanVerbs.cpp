// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick review score | decide: the rubric's scores and the plan's life.
#include "Console.h"
#include "ExitCode.h"
#include "OpenPlan.h"
#include "PlanChoice.h"
#include "ReviewCommands.h"
#include "VerbParser.h"
#include "review/PlanDecisions.h"
#include "review/PlanLookup.h"
#include "review/ReviewActions.h"
#include "review/Rubric.h"
#include "storage/RubricRepository.h"

namespace ys::cli::review {

int score(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("review score"),
                    QStringLiteral("Scores one criterion of the review rubric for a plan, 1 (weak) to 4 (strong). "
                                   "A file without a rubric gets Yardstick's default one first."),
                    QStringLiteral("FILE"));
    verb.parser().addOptions({{QStringLiteral("criterion"), QStringLiteral("The criterion's code (review list shows them)."),
                               QStringLiteral("CODE")},
                              {QStringLiteral("score"), QStringLiteral("1, 2, 3 or 4."), QStringLiteral("N")},
                              {QStringLiteral("note"), QStringLiteral("Why this score."), QStringLiteral("TEXT")}});
    PlanChoice choice(verb);
    if (auto stop = verb.parse(arguments, 1, 1))
        return *stop;
    bool ok = false;
    const int value = verb.parser().value(QStringLiteral("score")).toInt(&ok);
    if (!ok || value < 1 || value > 4)
        return Console::usage(verb.name(), QStringLiteral("--score must be 1, 2, 3 or 4."));
    if (!verb.parser().isSet(QStringLiteral("criterion")))
        return Console::usage(verb.name(), QStringLiteral("name the criterion with --criterion CODE."));
    auto open = OpenPlan::forWriting(verb.positional().first());
    if (!open)
        return open.exitCode;
    auto snapshot = storage::PlanSnapshot::load(*open.file);
    if (!snapshot)
        return Console::fail(snapshot.error());
    int code = 0;
    const Plan* plan = choice.resolve(*snapshot, code);
    if (!plan)
        return code;
    auto scored = ys::review::ReviewActions(*open.file, *snapshot)
                      .score(plan->id, verb.parser().value(QStringLiteral("criterion")), value,
                             verb.parser().value(QStringLiteral("note")));
    if (!scored)
        return Console::fail(scored.error());
    storage::RubricRepository rubric(*open.file);
    auto criteria = rubric.criteria();
    auto scores = rubric.scores(plan->id);
    QString overall;
    if (criteria && scores) {
        const auto result = ys::review::rubricResult(*criteria, *scores);
        overall = QStringLiteral(" Overall %1 (%2 of %3 criteria scored).")
                      .arg(result.overall ? QString::number(*result.overall, 'f', 2) : QStringLiteral("-"))
                      .arg(result.scored)
                      .arg(result.criteria);
    }
    Console::out(QStringLiteral("%1: %2 scored %3.%4\n")
                     .arg(ys::review::PlanLookup::describe(*snapshot, *plan), verb.parser().value(QStringLiteral("criterion")))
                     .arg(value)
                     .arg(overall));
    return Done;
}

int decide(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("review decide"),
                    QStringLiteral("Moves a plan along its life: --submit (the agency: a draft or a returned plan), "
                                   "--return or --approve (the reviewer), --publish (an approved plan that passes the "
                                   "publish gate; exit code 1 and the missing numbers when it does not)."),
                    QStringLiteral("FILE"));
    verb.parser().addOptions({{QStringLiteral("submit"), QStringLiteral("Submit (or resubmit) the plan.")},
                              {QStringLiteral("return"), QStringLiteral("Return the plan with required changes.")},
                              {QStringLiteral("approve"), QStringLiteral("Approve the plan; its measures lock.")},
                              {QStringLiteral("publish"), QStringLiteral("Publish an approved plan.")},
                              {QStringLiteral("note"), QStringLiteral("A note recorded with the decision."), QStringLiteral("TEXT")}});
    PlanChoice choice(verb);
    if (auto stop = verb.parse(arguments, 1, 1))
        return *stop;
    std::optional<ys::review::Decision> decision;
    int chosen = 0;
    for (const auto& [option, d] : {std::pair{"submit", ys::review::Decision::Submit},
                                    std::pair{"return", ys::review::Decision::Return},
                                    std::pair{"approve", ys::review::Decision::Approve},
                                    std::pair{"publish", ys::review::Decision::Publish}})
        if (verb.parser().isSet(QLatin1String(option))) {
            decision = d;
            ++chosen;
        }
    if (chosen != 1)
        return Console::usage(verb.name(), QStringLiteral("give one of --submit, --return, --approve, --publish."));
    auto open = OpenPlan::forWriting(verb.positional().first());
    if (!open)
        return open.exitCode;
    auto snapshot = storage::PlanSnapshot::load(*open.file);
    if (!snapshot)
        return Console::fail(snapshot.error());
    int code = 0;
    const Plan* plan = choice.resolve(*snapshot, code);
    if (!plan)
        return code;
    auto outcome = ys::review::PlanDecisions::decide(*open.file, *snapshot, plan->id, *decision,
                                                     verb.parser().value(QStringLiteral("note")));
    if (!outcome)
        return Console::fail(outcome.error());
    const QString name = ys::review::PlanLookup::describe(*snapshot, *plan);
    if (!outcome->done) {
        QString text = QStringLiteral("%1 was not published: it does not pass the publish gate (%2 missing).\n")
                           .arg(name)
                           .arg(outcome->gate.size());
        for (const auto& g : outcome->gate)
            text += QStringLiteral("  #%1 \u201c%2\u201d lacks the %3\n").arg(g.measureId).arg(g.measureTitle, g.what);
        Console::out(text);
        return Findings;
    }
    Console::notices(outcome->notices);
    Console::out(QStringLiteral("%1: %2 -> %3 (version %4).\n")
                     .arg(name, label(outcome->from), label(outcome->plan.state))
                     .arg(outcome->plan.version));
    return Done;
}

} // namespace ys::cli::review
