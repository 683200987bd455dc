// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileStatistics.h"

#include "PlanFile.h"
#include "Sql.h"

namespace ys::storage {

Result<FileStatistics> FileStatistics::of(const PlanFile& file)
{
    QSqlQuery query(file.connection().database());
    const bool hasReview = file.fileVersion() >= 2;
    const QString sql = QStringLiteral(
        "SELECT (SELECT count(*) FROM agency), (SELECT count(*) FROM plan_owner), (SELECT count(*) FROM plan), "
        "(SELECT count(*) FROM service), (SELECT count(*) FROM measure), (SELECT count(*) FROM measure_value), "
        "(SELECT count(*) FROM audit_log)");
    if (auto status = run(query, sql, {}, file.path()); !status)
        return status.error();
    FileStatistics stats;
    if (query.next()) {
        stats.agencies = query.value(0).toInt();
        stats.owners = query.value(1).toInt();
        stats.plans = query.value(2).toInt();
        stats.services = query.value(3).toInt();
        stats.measures = query.value(4).toInt();
        stats.values = query.value(5).toInt();
        stats.auditEntries = query.value(6).toInt();
    }
    if (hasReview) {
        QSqlQuery review(file.connection().database());
        if (run(review, QStringLiteral("SELECT count(*) FROM review_item"), {}, file.path()) && review.next())
            stats.reviewItems = review.value(0).toInt();
    }
    return stats;
}

} // namespace ys::storage
