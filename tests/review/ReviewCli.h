// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The review's command line as a script uses it, through the real binary.

#include "BaltimoreFixture.h"

#include <QCryptographicHash>
#include <QMap>

// Runs a verb that must succeed, and returns what it printed.
inline CliRun ok(const QStringList& arguments)
{
    const CliRun run = runYardstick(arguments);
    INFO("yardstick " << arguments.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

// `review list FILE --plan OWNER --json`: the one plan's review.
inline QJsonObject reviewOf(const QString& file, const QString& owner)
{
    const CliRun run = ok({QStringLiteral("review"), QStringLiteral("list"), file, QStringLiteral("--plan"), owner,
                           QStringLiteral("--json")});
    const QJsonArray plans = run.json().object().value(QStringLiteral("plans")).toArray();
    REQUIRE(plans.size() == 1);
    return plans.first().toObject();
}

// The items of a review list in a state ("confirmed", "open", "resolved"...).
inline std::vector<QJsonObject> inState(const QJsonObject& review, const QString& list, const QString& state)
{
    std::vector<QJsonObject> out;
    for (const auto& v : review.value(list).toArray())
        if (v.toObject().value(QStringLiteral("state")).toString() == state)
            out.push_back(v.toObject());
    return out;
}

inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The plan owner with the most FY27 measures in the imported workbook, and those measures' ids.
struct ReviewedPlan
{
    QString owner;
    std::vector<qint64> measures;
};

inline ReviewedPlan largestFy27Plan(const QJsonArray& measures)
{
    QMap<QString, std::vector<qint64>> byOwner;
    for (const auto& v : measures) {
        const QJsonObject m = v.toObject();
        if (m.value(QStringLiteral("cycles")).toArray().contains(QStringLiteral("FY27")))
            byOwner[m.value(QStringLiteral("owner")).toString()].push_back(m.value(QStringLiteral("id")).toInteger());
    }
    ReviewedPlan best;
    for (auto it = byOwner.cbegin(); it != byOwner.cend(); ++it)
        if (it.value().size() > best.measures.size())
            best = {it.key(), it.value()};
    std::sort(best.measures.begin(), best.measures.end());
    return best;
}

inline QJsonObject measureById(const QJsonArray& measures, qint64 id)
{
    for (const auto& v : measures)
        if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
            return v.toObject();
    return {};
}
