// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanFile.h"
#include "Sql.h"
#include "Transaction.h"

#include <QSqlQuery>

#include <vector>

namespace ys::storage {

// Runs `fn` as one write in its own transaction, refused on a read-only file: every edit is
// committed by itself, or not at all.
template <typename Fn>
auto writeTransaction(const PlanFile& file, Fn fn) -> decltype(fn())
{
    if (auto status = file.requireWritable(); !status)
        return status.error();
    Transaction tx(file.connection());
    if (!tx.isOpen())
        return tx.error();
    auto result = fn();
    if (!result)
        return result;
    if (auto status = tx.commit(); !status)
        return status.error();
    return result;
}

// Runs a read and maps every row with `from`.
template <typename T, typename From>
Result<std::vector<T>> readAll(const PlanFile& file, const QString& sql, std::initializer_list<QVariant> params,
                               From from)
{
    QSqlQuery query(file.connection().database());
    query.setForwardOnly(true);
    if (auto status = run(query, sql, params, file.path()); !status)
        return status.error();
    std::vector<T> out;
    while (query.next())
        out.push_back(from(query));
    return out;
}

} // namespace ys::storage
