// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeReport.h"

#include <QJsonArray>

namespace ys::review {
namespace {

void list(QString& out, const QString& title, const QStringList& lines)
{
    out += QStringLiteral("%1 (%2)%3\n").arg(title).arg(lines.size()).arg(lines.isEmpty() ? QStringLiteral(": none") : QStringLiteral(":"));
    for (const QString& line : lines)
        out += QStringLiteral("  - %1\n").arg(line);
}

} // namespace

QString MergeReport::toText() const
{
    QString out;
    if (dryRun)
        out += QStringLiteral("Dry run: nothing was written.\n");
    if (plans.empty())
        out += QStringLiteral("The review is empty: it holds no plan, so nothing was merged.\n");
    for (const PlanResult& p : plans)
        out += QStringLiteral("%1: %2 -> %3, version %4 (the review was made on version %5).\n")
                   .arg(p.plan, label(p.before), label(p.after))
                   .arg(p.version)
                   .arg(p.reviewedVersion);
    out += QStringLiteral("Review items: %1 added, %2 updated, %3 already here. Scores: %4 added, %5 updated. "
                          "Decisions: %6 added.%7\n")
               .arg(itemsAdded)
               .arg(itemsUpdated)
               .arg(itemsUnchanged)
               .arg(scoresAdded)
               .arg(scoresUpdated)
               .arg(decisionsAdded)
               .arg(rubricInstalled ? QStringLiteral(" The review's rubric was installed.") : QString());
    list(out, QStringLiteral("Changed since review"), changedSinceReview);
    list(out, QStringLiteral("Measures that differ from the reviewed version"), measuresChanged);
    list(out, QStringLiteral("Conflicts, where this file's side was kept"), conflicts);
    return out;
}

QJsonObject MergeReport::toJson() const
{
    QJsonArray planArray;
    for (const PlanResult& p : plans)
        planArray.append(QJsonObject{{QStringLiteral("plan_id"), p.planId},
                                     {QStringLiteral("plan"), p.plan},
                                     {QStringLiteral("state_before"), code(p.before)},
                                     {QStringLiteral("state"), code(p.after)},
                                     {QStringLiteral("version"), p.version},
                                     {QStringLiteral("reviewed_version"), p.reviewedVersion}});
    return {{QStringLiteral("source"), source},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("plans"), planArray},
            {QStringLiteral("items_added"), itemsAdded},
            {QStringLiteral("items_updated"), itemsUpdated},
            {QStringLiteral("items_unchanged"), itemsUnchanged},
            {QStringLiteral("scores_added"), scoresAdded},
            {QStringLiteral("scores_updated"), scoresUpdated},
            {QStringLiteral("decisions_added"), decisionsAdded},
            {QStringLiteral("rubric_installed"), rubricInstalled},
            {QStringLiteral("changed_since_review"), QJsonArray::fromStringList(changedSinceReview)},
            {QStringLiteral("measures_changed"), QJsonArray::fromStringList(measuresChanged)},
            {QStringLiteral("conflicts"), QJsonArray::fromStringList(conflicts)}};
}

} // namespace ys::review
