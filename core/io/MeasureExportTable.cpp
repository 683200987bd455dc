// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureExportTable.h"

#include "ExportLayout.h"
#include "MeasureListJson.h"
#include "domain/FiscalYear.h"

#include <map>
#include <set>
#include <tuple>

namespace ys::io {
namespace {

using Part = ExportLayout::Part;
// fiscal year, period, target?, part
using ValueSlot = std::tuple<int, int, bool, int>;

constexpr Period PeriodOrder[] = {Period::Annual, Period::Q1, Period::Q2, Period::Q3, Period::Q4};
constexpr Part PartOrder[] = {Part::Value, Part::MissingReason, Part::Note};

ValueSlot slotOf(int year, Period period, bool target, Part part)
{
    return {year, static_cast<int>(period), target, static_cast<int>(part)};
}

bool selected(const storage::PlanSnapshot& snapshot, const Measure& m, const ExportFilter& filter)
{
    if (!MeasureListJson::matches(snapshot, m, filter.agency))
        return false;
    if (filter.cycle == 0)
        return true;
    for (RowId planId : snapshot.plansOfMeasure.value(m.id))
        if (const Plan* plan = snapshot.plan(planId); plan && plan->cycle == filter.cycle)
            return true;
    return false;
}

// The slots some selected measure fills; every year's annual target and actual always have a column.
std::set<ValueSlot> usedSlots(const storage::PlanSnapshot& snapshot,
                              const std::vector<const Measure*>& measures)
{
    std::set<ValueSlot> used;
    for (const Measure* m : measures) {
        for (const Value& v : snapshot.valuesOf(m->id)) {
            used.insert(slotOf(v.fiscalYear, Period::Annual, true, Part::Value));
            used.insert(slotOf(v.fiscalYear, Period::Annual, false, Part::Value));
            for (const bool target : {true, false}) {
                const Figure& f = target ? v.target : v.actual;
                if (f.number)
                    used.insert(slotOf(v.fiscalYear, v.period, target, Part::Value));
                if (!f.missingReason.isEmpty())
                    used.insert(slotOf(v.fiscalYear, v.period, target, Part::MissingReason));
                if (!f.note.isEmpty())
                    used.insert(slotOf(v.fiscalYear, v.period, target, Part::Note));
            }
        }
    }
    return used;
}

QString wordOr(const QString& word, bool unspecified)
{
    return unspecified ? QString() : word;
}

std::vector<ExportCell> measureCells(const storage::PlanSnapshot& snapshot, const Measure& m)
{
    const PlanOwner* owner = snapshot.owner(m.ownerId);
    const Agency* agency = owner ? snapshot.agency(owner->agencyId) : nullptr;
    const Service* service = snapshot.service(m.serviceId);
    std::set<int> cycles;
    for (RowId planId : snapshot.plansOfMeasure.value(m.id))
        if (const Plan* plan = snapshot.plan(planId))
            cycles.insert(plan->cycle);
    QStringList cycleLabels;
    for (int cycle : cycles)
        cycleLabels << FiscalYear(cycle).label();
    // A type the source wrote and Yardstick could not read ("Ouput") goes out as written.
    const QString type = m.type == MeasureType::Unspecified ? m.sourceType : label(m.type);

    std::vector<ExportCell> cells{
        ExportCell::ofText(agency ? agency->code : QString()),
        ExportCell::ofText(agency ? agency->name : QString()),
        ExportCell::ofText(owner ? owner->name : QString()),
        service ? ExportCell::ofNumber(service->number) : ExportCell{},
        ExportCell::ofText(service ? service->code : QString()),
        ExportCell::ofText(service ? service->name : QString()),
        ExportCell::ofText(code(m.level)),
        ExportCell::ofText(m.title),
        ExportCell::ofText(type),
        ExportCell::ofText(wordOr(label(m.direction), m.direction == Direction::Unspecified)),
        ExportCell::ofText(label(m.unit)),
        ExportCell::ofText(wordOr(label(m.interval), m.interval == Interval::Unspecified)),
        ExportCell::ofText(cycleLabels.join(u' ')),
        ExportCell::ofText(m.sourceIds),
        m.baseline ? ExportCell::ofNumber(*m.baseline) : ExportCell{},
        ExportCell::ofText(m.baselineYear > 0 ? FiscalYear(m.baselineYear).label() : QString()),
    };
    for (const QString& element : m.elements)
        cells.push_back(ExportCell::ofText(element));
    return cells;
}

} // namespace

ExportTable MeasureExportTable::build(const storage::PlanSnapshot& snapshot, const ExportFilter& filter)
{
    std::vector<const Measure*> measures;
    for (const Measure& m : snapshot.measures)
        if (selected(snapshot, m, filter))
            measures.push_back(&m);

    ExportTable table;
    table.header = ExportLayout::measureColumns();
    const std::set<ValueSlot> used = usedSlots(snapshot, measures);
    std::set<int> years;
    for (const ValueSlot& slot : used)
        years.insert(std::get<0>(slot));
    std::map<ValueSlot, int> columnOf;
    for (int year : years)
        for (Period period : PeriodOrder)
            for (Part part : PartOrder)
                for (const bool target : {true, false})
                    if (used.count(slotOf(year, period, target, part))) {
                        columnOf[slotOf(year, period, target, part)] = int(table.header.size());
                        table.header << ExportLayout::valueColumn(year, period, target, part);
                    }

    for (const Measure* m : measures) {
        std::vector<ExportCell> row = measureCells(snapshot, *m);
        row.resize(size_t(table.header.size()));
        for (const Value& v : snapshot.valuesOf(m->id)) {
            for (const bool target : {true, false}) {
                const Figure& f = target ? v.target : v.actual;
                const auto put = [&](Part part, const ExportCell& cell) {
                    const auto it = columnOf.find(slotOf(v.fiscalYear, v.period, target, part));
                    if (it != columnOf.end() && cell.kind != ExportCell::Kind::Empty)
                        row[size_t(it->second)] = cell;
                };
                if (f.number)
                    put(Part::Value, ExportCell::ofNumber(*f.number));
                put(Part::MissingReason, ExportCell::ofText(f.missingReason));
                put(Part::Note, ExportCell::ofText(f.note));
            }
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace ys::io
