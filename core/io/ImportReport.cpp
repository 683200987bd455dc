// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportReport.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <map>

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
                       const QString& reason, const QString& topic)
{
    issues.push_back(ImportIssue{kind, sheet, row, column, raw, reason, topic});
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
        if (!issue.topic.isEmpty())
            o.insert(QStringLiteral("topic"), issue.topic);
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
    if (valueCells > 0) {
        counts.insert(QStringLiteral("value_cells"), valueCells);
        counts.insert(QStringLiteral("value_cells_as_numbers"), valueCellsAsNumbers);
    }
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
    if (valueCells > 0) {
        const QLocale c = QLocale::c();
        text += QStringLiteral("  value cells %1: %2 read as numbers, %3 text kept as missing values with their "
                               "reason\n")
                    .arg(c.toString(valueCells), c.toString(valueCellsAsNumbers),
                         c.toString(valueCells - valueCellsAsNumbers));
    }
    text += QStringLiteral("  %1 warnings, %2 conflicts, %3 rounding differences, %4 rows skipped\n")
                .arg(count(ImportIssue::Kind::Warning))
                .arg(count(ImportIssue::Kind::Conflict))
                .arg(count(ImportIssue::Kind::Rounding))
                .arg(count(ImportIssue::Kind::Skipped));
    // Issues with a topic are summed up by it, the most serious kinds first, each with its first
    // occurrence as an example: the overview a list of thousands hides. The others are listed.
    const auto line = [](const ImportIssue& issue) {
        QString where = issue.sheet;
        if (issue.row > 0)
            where += QStringLiteral(" row %1").arg(issue.row);
        if (!issue.column.isEmpty())
            where += QStringLiteral(", \"%1\"").arg(issue.column);
        const QString raw = issue.raw.simplified();
        return QStringLiteral("%1: %2%3")
            .arg(where.trimmed(), issue.reason,
                 raw.isEmpty() || issue.reason.contains(raw) ? QString()
                                                             : QStringLiteral(" (\"%1\")").arg(raw.left(60)));
    };
    const auto severity = [](ImportIssue::Kind kind) {
        switch (kind) {
        case ImportIssue::Kind::Skipped: return 0;
        case ImportIssue::Kind::Conflict: return 1;
        case ImportIssue::Kind::Rounding: return 2;
        case ImportIssue::Kind::Warning: return 3;
        }
        return 4;
    };
    struct Topic
    {
        ImportIssue::Kind kind;
        QString name;
        int count = 0;
        const ImportIssue* first = nullptr;
    };
    std::vector<Topic> topics;
    std::map<std::pair<int, QString>, size_t> topicIndex;
    std::vector<const ImportIssue*> untopical;
    for (const auto& issue : issues) {
        if (issue.topic.isEmpty()) {
            untopical.push_back(&issue);
            continue;
        }
        const auto [it, added] = topicIndex.emplace(std::pair{int(issue.kind), issue.topic}, topics.size());
        if (added)
            topics.push_back({issue.kind, issue.topic, 0, &issue});
        ++topics[it->second].count;
    }
    std::stable_sort(topics.begin(), topics.end(), [&](const Topic& a, const Topic& b) {
        return severity(a.kind) != severity(b.kind) ? severity(a.kind) < severity(b.kind) : a.count > b.count;
    });
    if (!topics.empty()) {
        text += QStringLiteral("  by kind, with the first of each:\n");
        for (const Topic& topic : topics)
            text += QStringLiteral("  %1 %2: %3\n           %4\n")
                        .arg(topic.count, 6)
                        .arg(code(topic.kind), topic.name, line(*topic.first));
    }
    // maxIssues 0 asks for every issue (a window with room for them); otherwise the summary stands
    // for the issues that have a topic, and the others are listed up to maxIssues.
    if (maxIssues == 0) {
        if (!topics.empty() && !issues.empty())
            text += QStringLiteral("  all issues:\n");
        for (const auto& issue : issues)
            text += QStringLiteral("  %1: %2\n").arg(code(issue.kind), line(issue));
        return text;
    }
    int shown = 0;
    for (const ImportIssue* issue : untopical) {
        if (shown == maxIssues) {
            text += QStringLiteral("  ... and %1 more\n").arg(int(untopical.size()) - shown);
            break;
        }
        text += QStringLiteral("  %1: %2\n").arg(code(issue->kind), line(*issue));
        ++shown;
    }
    if (!issues.empty())
        text += QStringLiteral("  every issue with its sheet, row, column and raw text: --report FILE.json\n");
    return text;
}

} // namespace ys::io
