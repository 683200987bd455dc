// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ys::rules {

// The codes by which findings name the part of a measure or goal they concern. The written
// validation elements use their own codes (code(Element): "description", "formula", "data_source"...);
// these name the typed fields beside them.
namespace field {
inline const QString Title = QStringLiteral("title");
inline const QString Type = QStringLiteral("type");
inline const QString Direction = QStringLiteral("direction");
inline const QString Unit = QStringLiteral("unit");
inline const QString Baseline = QStringLiteral("baseline");
inline const QString BaselineYear = QStringLiteral("baseline_year");
inline const QString Target = QStringLiteral("target");
inline const QString Actual = QStringLiteral("actual");
inline const QString Statement = QStringLiteral("statement");
} // namespace field

// A label for people for a field code or an element code ("baseline_year" -> "Baseline year",
// "data_source" -> "Data source"); the code itself when it is neither.
QString fieldLabel(const QString& code);

} // namespace ys::rules
