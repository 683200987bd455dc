// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureTable.h"

#include "domain/FiscalYear.h"
#include "report/NumberFormat.h"
#include "report/StatusStyle.h"
#include "rules/AnnualActualRule.h"
#include "rules/MeasureStatus.h"

#include <algorithm>
#include <set>

namespace ys::report::pdf {
namespace {

constexpr int PastYears = 5;

const Value* annualRow(const std::vector<Value>& values, int year)
{
    for (const Value& v : values)
        if (v.fiscalYear == year && v.period == Period::Annual)
            return &v;
    return nullptr;
}

QString directionText(Direction direction)
{
    switch (direction) {
    case Direction::Increase:
        return QStringLiteral("\u2191 Higher is better");
    case Direction::Decrease:
        return QStringLiteral("\u2193 Lower is better");
    case Direction::Maintain:
        return QStringLiteral("\u2194 Maintain");
    case Direction::NotApplicable:
        return QStringLiteral("Not applicable");
    case Direction::Unspecified:
        break;
    }
    return QStringLiteral("Not stated");
}

} // namespace

MeasureTable::MeasureTable(const storage::PlanSnapshot& snapshot, std::vector<RowId> measures, int planYear)
    : m_snapshot(snapshot), m_measures(std::move(measures)), m_planYear(planYear)
{
    std::set<int> withData;
    for (RowId id : m_measures) {
        const Measure* m = snapshot.measure(id);
        if (!m)
            continue;
        const auto& values = snapshot.valuesOf(id);
        for (const Value& v : values)
            if (v.fiscalYear < planYear && rules::annualActual(m->interval, values, v.fiscalYear).value)
                withData.insert(v.fiscalYear);
    }
    for (auto it = withData.rbegin(); it != withData.rend() && int(m_years.size()) < PastYears; ++it)
        m_years.insert(m_years.begin(), *it);
}

std::vector<TableColumn> MeasureTable::columns() const
{
    std::vector<TableColumn> columns{{QStringLiteral("Type"), 11, Qt::AlignLeft},
                                     {QStringLiteral("Measure"), 25, Qt::AlignLeft},
                                     {QStringLiteral("Direction"), 9, Qt::AlignLeft}};
    for (int year : m_years)
        columns.push_back({QStringLiteral("%1 actual").arg(FiscalYear(year).label()), 7.6, Qt::AlignRight});
    columns.push_back({QStringLiteral("Latest status"), 10, Qt::AlignLeft});
    columns.push_back({QStringLiteral("%1 target").arg(FiscalYear(m_planYear).label()), 8, Qt::AlignRight});
    return columns;
}

QString MeasureTable::actualText(const Measure& measure, const std::vector<Value>& values, int year, int planYear)
{
    const rules::AnnualActual actual = rules::annualActual(measure.interval, values, year);
    if (actual.value) {
        const QString number = NumberFormat::format(*actual.value, measure.unit);
        return actual.derived ? QStringLiteral("\u2248 ") + number : number;
    }
    if (const Value* row = annualRow(values, year); row && !row->actual.missingReason.isEmpty())
        return row->actual.missingReason;
    return year >= planYear - 1 ? QStringLiteral("not yet reported") : QStringLiteral("not reported");
}

std::vector<TableCell> MeasureTable::row(RowId measureId) const
{
    const Measure* m = m_snapshot.measure(measureId);
    if (!m)
        return {};
    const auto& values = m_snapshot.valuesOf(measureId);
    std::vector<TableCell> cells;
    cells.push_back(TableCell{label(m->type), FontRole::Table, Qt::AlignLeft, {}, {}});
    cells.push_back(TableCell{m->title, FontRole::TableBold, Qt::AlignLeft, {}, label(m->unit)});
    cells.push_back(TableCell{directionText(m->direction), FontRole::Table, Qt::AlignLeft, {}, {}});
    for (int year : m_years) {
        const QString text = actualText(*m, values, year, m_planYear);
        const bool number = rules::annualActual(m->interval, values, year).value.has_value();
        cells.push_back(TableCell{text, number ? FontRole::Table : FontRole::Small,
                                  number ? Qt::AlignRight : Qt::AlignLeft, {}, {}});
    }
    const rules::MeasureYearStatus status = rules::measureStatus(*m, values, {}, m_snapshot.defaultTolerance);
    const StatusStyle style = StatusStyle::of(status.status);
    if (status.fiscalYear == 0)
        cells.push_back(TableCell{style.labelled(), FontRole::Table, Qt::AlignLeft, style.background,
                                  QStringLiteral("no year with both")});
    else
        cells.push_back(TableCell{style.labelled(), FontRole::TableBold, Qt::AlignLeft, style.background,
                                  FiscalYear(status.fiscalYear).label()});
    const Value* plan = annualRow(values, m_planYear);
    if (plan && plan->target.number)
        cells.push_back(TableCell{NumberFormat::format(*plan->target.number, m->unit), FontRole::Table,
                                  Qt::AlignRight, {}, {}});
    else
        cells.push_back(TableCell{plan && !plan->target.missingReason.isEmpty() ? plan->target.missingReason
                                                                              : QStringLiteral("not set"),
                                  FontRole::Small, Qt::AlignLeft, {}, {}});
    return cells;
}

} // namespace ys::report::pdf
