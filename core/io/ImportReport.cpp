// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportReport.h"

#include <QJsonArray>

namespace ys::io {

QString code(ImportIssue::Kind kind)
{
    switch (kind) {
    case ImportIssue::Kind::Warning: return QStringLiteral("warning");
    case ImportIssue::Kind::Conflict: return QStringLiteral("conflict");
    case ImportIssue::Kind::Rounding: return QStringLiteral("rounding");
    case ImportIssue::Kind::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

void ImportReport::add(ImportIssue::Kind kind, const QString& sheet, int row, const QString& column, const QString& raw,
                       const QString& reason)
{
    issues.push_back(ImportIssue{kind, sheet, row, column, raw, reason});
}

int ImportReport::count(ImportIssue::Kind kind) const
{
    int n = 0;
    for (const auto& issue : issues)
        n += issue.kind == kind ? 1 : 0;
    return n;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray list;
    for (const auto& issue : issues) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), code(issue.kind));
        o.insert(QStringLiteral("sheet"), issue.sheet);
        o.insert(QStringLiteral("row"), issue.row);
        o.insert(QStringLiteral("column"), issue.column);
        o.insert(QStringLiteral("raw"), issue.raw);
        o.insert(QStringLiteral("reason"), issue.reason);
        list.append(o);
    }
    QJsonObject counts;
    counts.insert(QStringLiteral("rows_read"), rowsRead);
    counts.insert(QStringLiteral("agencies"), agencies);
    counts.insert(QStringLiteral("owners"), owners);
    counts.insert(QStringLiteral("services"), services);
    counts.insert(QStringLiteral("plans"), plans);
    counts.insert(QStringLiteral("measures_created"), measuresCreated);
    counts.insert(QStringLiteral("measures_updated"), measuresUpdated);
    counts.insert(QStringLiteral("values_stored"), valuesStored);
    counts.insert(QStringLiteral("values_unchanged"), valuesUnchanged);
    counts.insert(QStringLiteral("warnings"), count(ImportIssue::Kind::Warning));
    counts.insert(QStringLiteral("conflicts"), count(ImportIssue::Kind::Conflict));
    counts.insert(QStringLiteral("roundings"), count(ImportIssue::Kind::Rounding));
    counts.insert(QStringLiteral("skipped"), count(ImportIssue::Kind::Skipped));
    QJsonObject root;
    root.insert(QStringLiteral("source"), source);
    root.insert(QStringLiteral("format"), format);
    root.insert(QStringLiteral("dry_run"), dryRun);
    root.insert(QStringLiteral("counts"), counts);
    root.insert(QStringLiteral("issues"), list);
    return root;
}

QString ImportReport::toText(int maxIssues) const
{
    QString text;
    text += QStringLiteral("%1%2 (%3): %4 rows read\n").arg(dryRun ? QStringLiteral("Dry run, nothing written: ") : QString(),
                                                            source, format)
                .arg(rowsRead);
    text += QStringLiteral("  agencies %1, plan owners %2, services %3, plans %4\n")
                .arg(agencies)
                .arg(owners)
                .arg(services)
                .arg(plans);
    text += QStringLiteral("  measures created %1, updated %2; values stored %3, unchanged %4\n")
                .arg(measuresCreated)
                .arg(measuresUpdated)
                .arg(valuesStored)
                .arg(valuesUnchanged);
    text += QStringLiteral("  %1 warnings, %2 conflicts, %3 rounding differences, %4 rows skipped\n")
                .arg(count(ImportIssue::Kind::Warning))
                .arg(count(ImportIssue::Kind::Conflict))
                .arg(count(ImportIssue::Kind::Rounding))
                .arg(count(ImportIssue::Kind::Skipped));
    int shown = 0;
    for (const auto& issue : issues) {
        if (maxIssues > 0 && shown == maxIssues) {
            text += QStringLiteral("  ... and %1 more (write them all with --report FILE.json)\n")
                        .arg(int(issues.size()) - shown);
            break;
        }
        QString where = issue.sheet;
        if (issue.row > 0)
            where += QStringLiteral(" row %1").arg(issue.row);
        if (!issue.column.isEmpty())
            where += QStringLiteral(", \"%1\"").arg(issue.column);
        text += QStringLiteral("  %1: %2: %3%4\n")
                    .arg(code(issue.kind), where.trimmed(), issue.reason,
                         issue.raw.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(issue.raw.left(60)));
        ++shown;
    }
    return text;
}

} // namespace ys::io
