// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "Vocabulary.h"

#include <QString>

#include <array>
#include <optional>

namespace ys {

// The written validation elements the city requires for every measure (plan guidance, "Measure
// Validation Elements"). Title, type, direction, unit and baseline are typed fields of Measure.
enum class Element {
    Description,
    DataSource,
    DataOwner,
    UpdateFrequency,
    ContextRequired,
    DataLocation,
    CollectionMethod,
    Formula,
    Disaggregation,
    DataUse,
    Meaning,
    Proxy,
    MeasurementImprovement,
};
inline constexpr int ElementCount = 13;

QString code(Element element);
QString label(Element element);
std::optional<Element> elementFromCode(const QString& text);

// A KPI or a service metric, fully defined. Its values per fiscal year and period are Value rows.
struct Measure
{
    RowId id = 0;
    QString uid;
    RowId ownerId = 0;
    RowId serviceId = 0;    // 0 for a goal-level KPI
    RowId goalId = 0;       // 0 for a service metric
    RowId pillarGoalId = 0;
    MeasureLevel level = MeasureLevel::Service;
    QString title;
    MeasureType type = MeasureType::Unspecified;
    Direction direction = Direction::Unspecified;
    Unit unit = Unit::Count;
    Interval interval = Interval::Unspecified;
    std::optional<double> tolerance; // fraction (0.1 = 10%); unset: the plan's default
    std::array<QString, ElementCount> elements;
    std::optional<double> baseline;
    int baselineYear = 0; // end year of the baseline's fiscal year; 0 when unknown
    bool equity = false;
    bool deprecated = false;
    ChangeMapping change = ChangeMapping::Unchanged;
    ApprovalStatus approval = ApprovalStatus::Draft;
    QString sourceIds; // ids the measure had in the files it came from ("AM01", "1851")
    QString sourceType; // the type as the source wrote it, when it had to be read ("Ouput")

    const QString& element(Element e) const { return elements[static_cast<int>(e)]; }
    QString& element(Element e) { return elements[static_cast<int>(e)]; }
};

} // namespace ys
