// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Builders for the rules tests: value rows and a fully defined measure.

#include "domain/Measure.h"
#include "domain/Value.h"

#include <catch2/catch.hpp>

#include <optional>

namespace ys::rules::test {

inline Value annualRow(int fiscalYear, std::optional<double> target, std::optional<double> actual)
{
    Value value;
    value.fiscalYear = fiscalYear;
    value.period = Period::Annual;
    value.target.number = target;
    value.actual.number = actual;
    return value;
}

inline Value quarterRow(int fiscalYear, Period quarter, std::optional<double> actual)
{
    Value value;
    value.fiscalYear = fiscalYear;
    value.period = quarter;
    value.actual.number = actual;
    return value;
}

// Service 609's response-time measure, with every element written.
inline Measure definedMeasure()
{
    Measure measure;
    measure.id = 609;
    measure.title = QStringLiteral("Percent of EMS responses within 9 minutes");
    measure.type = MeasureType::Effectiveness;
    measure.direction = Direction::Increase;
    measure.unit = Unit::Percent;
    measure.interval = Interval::Period;
    for (int i = 0; i < ElementCount; ++i)
        measure.elements[static_cast<std::size_t>(i)] = QStringLiteral("Written answer %1").arg(i);
    measure.element(Element::Formula) = QStringLiteral("Responses within 9 minutes / all responses x 100");
    measure.baseline = 88.0;
    measure.baselineYear = 2026;
    return measure;
}

} // namespace ys::rules::test

// Failure messages show statuses and texts as words.
namespace Catch {
template <>
struct StringMaker<ys::TargetStatus>
{
    static std::string convert(ys::TargetStatus status) { return ys::code(status).toStdString(); }
};
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch
