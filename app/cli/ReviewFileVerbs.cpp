// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick review list | export | merge: what a plan's review holds, and review files.
#include "Console.h"
#include "ExitCode.h"
#include "OpenPlan.h"
#include "PlanChoice.h"
#include "ReviewCommands.h"
#include "VerbParser.h"
#include "review/ReviewExport.h"
#include "review/ReviewFile.h"
#include "review/ReviewMerge.h"
#include "review/ReviewSummary.h"
#include "storage/ReviewRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ys::cli::review {
namespace {

// Plans worth listing without --plan: those with any review, or past the draft.
bool hasReview(const storage::PlanFile& file, const Plan& plan)
{
    if (plan.state != LifeCycle::Draft)
        return true;
    storage::ReviewRepository reviews(file);
    auto items = reviews.items(plan.id);
    auto decisions = reviews.decisions(plan.id);
    return (items && !items->empty()) || (decisions && !decisions->empty());
}

} // namespace

int list(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("review list"),
                    QStringLiteral("Lists a plan's review: the flags (proposed, confirmed, dismissed), the comments "
                                   "with their state and answers, the rubric's scores and overall score, the "
                                   "decisions, and what changed since the review. Without --plan: every plan that "
                                   "has a review or is past its draft."),
                    QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON object."));
    verb.parser().addOption(json);
    PlanChoice choice(verb);
    if (auto stop = verb.parse(arguments, 1, 1))
        return *stop;
    auto open = OpenPlan::forReading(verb.positional().first());
    if (!open)
        return open.exitCode;
    auto snapshot = storage::PlanSnapshot::load(*open.file);
    if (!snapshot)
        return Console::fail(snapshot.error());
    std::vector<const Plan*> plans;
    if (choice.isSet()) {
        int code = 0;
        const Plan* plan = choice.resolve(*snapshot, code);
        if (!plan)
            return code;
        plans.push_back(plan);
    } else {
        for (const Plan& plan : snapshot->plans)
            if (hasReview(*open.file, plan))
                plans.push_back(&plan);
    }
    QJsonArray array;
    QString text;
    for (const Plan* plan : plans) {
        auto summary = ys::review::ReviewSummary::build(*open.file, *snapshot, *plan);
        if (!summary)
            return Console::fail(summary.error());
        array.append(summary->toJson(*snapshot));
        text += summary->toText(*snapshot);
    }
    if (verb.parser().isSet(json)) {
        Console::out(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("file"), open.file->path()}, {QStringLiteral("plans"), array}})
                .toJson(QJsonDocument::Indented)));
        return Done;
    }
    Console::out(plans.empty() ? QStringLiteral("No plan of this file has a review yet.\n") : text);
    return Done;
}

int exportReview(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("review export"),
                    QStringLiteral("Writes the review of a plan (or of every reviewed plan) to a review file: the "
                                   "flags, comments, scores, decisions and the plan version they were made on, and "
                                   "nothing of the plan itself. A plan nobody reviewed gives an empty review."),
                    QStringLiteral("FILE OUT.yardstick-review"));
    PlanChoice choice(verb);
    if (auto stop = verb.parse(arguments, 2, 2))
        return *stop;
    auto open = OpenPlan::forReading(verb.positional().first());
    if (!open)
        return open.exitCode;
    auto snapshot = storage::PlanSnapshot::load(*open.file);
    if (!snapshot)
        return Console::fail(snapshot.error());
    std::vector<RowId> planIds;
    if (choice.isSet()) {
        int code = 0;
        const Plan* plan = choice.resolve(*snapshot, code);
        if (!plan)
            return code;
        planIds.push_back(plan->id);
    }
    auto package = ys::review::ReviewExport::build(*open.file, *snapshot, planIds);
    if (!package)
        return Console::fail(package.error());
    const QString out = verb.positional().at(1);
    if (auto status = ys::review::ReviewFile::write(*package, out); !status)
        return Console::fail(status.error());
    int items = 0;
    for (const auto& p : package->plans)
        items += int(p.items.size());
    Console::out(QStringLiteral("Wrote the review of %1 plan(s), %2 flags and comments, to %3.\n")
                     .arg(package->plans.size())
                     .arg(items)
                     .arg(out));
    return Done;
}

int merge(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("review merge"),
                    QStringLiteral("Merges a review file into a plan file that may have changed since: nothing of "
                                   "either side is lost, review items on objects that changed are marked \u201cchanged "
                                   "since review\u201d, and conflicts are listed. A review of another plan, a changed "
                                   "(tampered) review file or one made by a newer Yardstick is refused, and nothing "
                                   "is merged."),
                    QStringLiteral("FILE REVIEW"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Report what would be merged; write nothing."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    verb.parser().addOptions({dryRun, json});
    if (auto stop = verb.parse(arguments, 2, 2))
        return *stop;
    // The review file is checked before the plan file is opened for writing.
    const QString source = verb.positional().at(1);
    auto package = ys::review::ReviewFile::read(source);
    if (!package)
        return Console::fail(package.error());
    auto open = OpenPlan::forWriting(verb.positional().first());
    if (!open)
        return open.exitCode;
    auto report = ys::review::ReviewMerge::merge(*open.file, *package, source, {verb.parser().isSet(dryRun)});
    if (!report)
        return Console::fail(report.error());
    if (verb.parser().isSet(json))
        Console::out(QString::fromUtf8(QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented)));
    else
        Console::out(report->toText());
    return Done;
}

} // namespace ys::cli::review
