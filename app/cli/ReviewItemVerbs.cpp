// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick review flag | comment | resolve: the reviewer's flags and comments, the agency's answers.
#include "Console.h"
#include "ExitCode.h"
#include "OpenPlan.h"
#include "PlanChoice.h"
#include "ReviewCommands.h"
#include "VerbParser.h"
#include "domain/FiscalYear.h"
#include "review/FlagKind.h"
#include "review/PlanLookup.h"
#include "review/ReviewActions.h"
#include "review/ReviewItemText.h"

namespace ys::cli::review {
namespace {

using ys::review::ReviewActions;

QString textOption(VerbParser& verb, const QString& name)
{
    return verb.parser().value(name);
}

} // namespace

int flag(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("review flag"),
                    QStringLiteral("Confirms a flag the product proposes for a measure, or raises one of the "
                                   "reviewer's own, with a comment; --dismiss dismisses it instead. Kinds: %1.")
                        .arg(ys::review::allFlagCodes().join(QStringLiteral(", "))),
                    QStringLiteral("FILE"));
    verb.parser().addOptions({{QStringLiteral("measure"), QStringLiteral("The measure's id."), QStringLiteral("ID")},
                              {QStringLiteral("kind"), QStringLiteral("The flag's kind."), QStringLiteral("KIND")},
                              {QStringLiteral("comment"), QStringLiteral("Why (needed for the reviewer's own kinds)."),
                               QStringLiteral("TEXT")},
                              {QStringLiteral("dismiss"), QStringLiteral("Dismiss the flag rather than confirm it.")}});
    PlanChoice choice(verb);
    if (auto stop = verb.parse(arguments, 1, 1))
        return *stop;
    int code = 0;
    const auto measureId = idOption(verb, QStringLiteral("measure"), code);
    if (code)
        return code;
    if (!measureId)
        return Console::usage(verb.name(), QStringLiteral("name the measure with --measure ID."));
    const auto kind = ys::review::flagKindFromCode(textOption(verb, QStringLiteral("kind")));
    if (!kind)
        return Console::usage(verb.name(), QStringLiteral("--kind must be one of %1.")
                                               .arg(ys::review::allFlagCodes().join(QStringLiteral(", "))));
    auto open = OpenPlan::forWriting(verb.positional().first());
    if (!open)
        return open.exitCode;
    auto snapshot = storage::PlanSnapshot::load(*open.file);
    if (!snapshot)
        return Console::fail(snapshot.error());
    const Plan* plan = choice.resolve(*snapshot, code, *measureId);
    if (!plan)
        return code;
    ys::review::FlagRequest request{plan->id, *measureId, *kind, textOption(verb, QStringLiteral("comment")),
                                    verb.parser().isSet(QStringLiteral("dismiss"))};
    auto item = ReviewActions(*open.file, *snapshot).flag(request);
    if (!item)
        return Console::fail(item.error());
    Console::out(QStringLiteral("Flag %1: %2 %3.\n")
                     .arg(item->id)
                     .arg(ys::review::ReviewItemText::item(*snapshot, *item), label(item->state).toLower()));
    return Done;
}

int comment(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("review comment"),
                    QStringLiteral("Comments on a measure, one of its values, a plan section or the plan. A comment "
                                   "marked --change-required asks the agency for a change; the agency answers and "
                                   "resolves it (review resolve)."),
                    QStringLiteral("FILE"));
    verb.parser().addOptions(
        {{QStringLiteral("measure"), QStringLiteral("The measure's id."), QStringLiteral("ID")},
         {QStringLiteral("fiscal-year"), QStringLiteral("With --measure: a single value of that fiscal year."), QStringLiteral("FY")},
         {QStringLiteral("period"), QStringLiteral("With --fiscal-year: Q1-Q4 or annual (default annual)."), QStringLiteral("P"),
          QStringLiteral("annual")},
         {QStringLiteral("section"), QStringLiteral("With --plan: the section (%1).").arg(reviewSections().join(QStringLiteral(", "))),
          QStringLiteral("NAME")},
         {QStringLiteral("text"), QStringLiteral("The comment."), QStringLiteral("TEXT")},
         {QStringLiteral("change-required"), QStringLiteral("The agency must change something.")}});
    PlanChoice choice(verb);
    if (auto stop = verb.parse(arguments, 1, 1))
        return *stop;
    int code = 0;
    const auto measureId = idOption(verb, QStringLiteral("measure"), code);
    if (code)
        return code;
    if (!measureId && !choice.isSet())
        return Console::usage(verb.name(), QStringLiteral("anchor the comment with --measure ID or --plan OWNER."));
    if (measureId && verb.parser().isSet(QStringLiteral("section")))
        return Console::usage(verb.name(), QStringLiteral("--section goes with --plan, not with --measure."));
    ReviewAnchor anchor;
    if (verb.parser().isSet(QStringLiteral("fiscal-year"))) {
        if (!measureId)
            return Console::usage(verb.name(), QStringLiteral("--fiscal-year goes with --measure."));
        const auto year = verb.fiscalYearOption(QStringLiteral("fiscal-year"));
        if (!year || !*year)
            return Console::usage(verb.name(), QStringLiteral("--fiscal-year must be a fiscal year such as FY27."));
        anchor.kind = ReviewAnchor::Kind::Value;
        anchor.fiscalYear = *year;
        anchor.period = textOption(verb, QStringLiteral("period"));
    } else if (measureId) {
        anchor.kind = ReviewAnchor::Kind::Measure;
    } else if (verb.parser().isSet(QStringLiteral("section"))) {
        anchor.kind = ReviewAnchor::Kind::Section;
        anchor.section = textOption(verb, QStringLiteral("section"));
    }
    anchor.measureId = measureId.value_or(0);
    auto open = OpenPlan::forWriting(verb.positional().first());
    if (!open)
        return open.exitCode;
    auto snapshot = storage::PlanSnapshot::load(*open.file);
    if (!snapshot)
        return Console::fail(snapshot.error());
    const Plan* plan = choice.resolve(*snapshot, code, anchor.measureId);
    if (!plan)
        return code;
    anchor.planId = plan->id;
    auto item = ReviewActions(*open.file, *snapshot)
                    .comment({anchor, textOption(verb, QStringLiteral("text")),
                              verb.parser().isSet(QStringLiteral("change-required"))});
    if (!item)
        return Console::fail(item.error());
    Console::out(QStringLiteral("Comment %1 on %2%3.\n")
                     .arg(item->id)
                     .arg(ys::review::ReviewItemText::anchor(*snapshot, item->anchor),
                          item->changeRequired ? QStringLiteral(" (change required)") : QString()));
    return Done;
}

int resolve(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("review resolve"),
                    QStringLiteral("Answers a reviewer's comment and resolves it. A resolved comment stays in the "
                                   "plan's history and does not come back in the next round."),
                    QStringLiteral("FILE"));
    verb.parser().addOptions({{QStringLiteral("comment"), QStringLiteral("The comment's id (review list --json)."),
                               QStringLiteral("ID")},
                              {QStringLiteral("answer"), QStringLiteral("What was done."), QStringLiteral("TEXT")}});
    if (auto stop = verb.parse(arguments, 1, 1))
        return *stop;
    int code = 0;
    const auto commentId = idOption(verb, QStringLiteral("comment"), code);
    if (code)
        return code;
    if (!commentId)
        return Console::usage(verb.name(), QStringLiteral("name the comment with --comment ID."));
    auto open = OpenPlan::forWriting(verb.positional().first());
    if (!open)
        return open.exitCode;
    auto snapshot = storage::PlanSnapshot::load(*open.file);
    if (!snapshot)
        return Console::fail(snapshot.error());
    auto item = ReviewActions(*open.file, *snapshot).resolve(*commentId, textOption(verb, QStringLiteral("answer")));
    if (!item)
        return Console::fail(item.error());
    Console::out(QStringLiteral("Resolved %1.\n").arg(ys::review::ReviewItemText::item(*snapshot, *item)));
    return Done;
}

} // namespace ys::cli::review
