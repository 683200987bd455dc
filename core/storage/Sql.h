// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace ys::storage {

// Small helpers shared by the repositories: bound parameters only, errors as values.

// The error of a failed query, naming the file. Constraint failures become Invalid, a damaged
// file NotAPlan, a full disk or read-only file Io; the rest Internal.
Error sqlError(const QSqlQuery& query, const QString& file);

// Prepares `sql` on `query` and binds `params` positionally (the ? placeholders); then executes it.
Status run(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> params, const QString& file);
// Executes an already prepared query after binding `params`.
Status runPrepared(QSqlQuery& query, std::initializer_list<QVariant> params, const QString& file);

// A value ready to bind: a null QString (text never set) is stored as '' so that NOT NULL text
// columns take it; an invalid QVariant stays SQL NULL.
QVariant bindable(const QVariant& value);

// NULL-aware conversions between columns and domain values.
QVariant nullable(const std::optional<double>& value);
QVariant nullableId(qint64 id);
QVariant nullableDate(const QDate& date);
QVariant nullableYear(int year);
std::optional<double> optionalDouble(const QVariant& value);

} // namespace ys::storage
