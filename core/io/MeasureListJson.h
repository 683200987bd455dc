// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/PlanSnapshot.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ys::io {

// The measures of a plan file as JSON (`yardstick list --json`): id, agency, owner, service,
// title, type, direction, unit and every value with its notes, raw text and missing reason.
class MeasureListJson
{
public:
    // `agencyFilter`: an agency code ("AGC7900"), an owner name, or empty for all.
    static QJsonArray measures(const storage::PlanSnapshot& snapshot, const QString& agencyFilter = {});
    static QJsonObject measure(const storage::PlanSnapshot& snapshot, const Measure& measure);
    static QJsonObject value(const Value& value);
    // True when `measure` belongs to the agency or owner named by `filter`.
    static bool matches(const storage::PlanSnapshot& snapshot, const Measure& measure, const QString& filter);
};

} // namespace ys::io
