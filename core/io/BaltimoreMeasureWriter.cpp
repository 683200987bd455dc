// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaltimoreMeasureWriter.h"

#include "BaltimoreNames.h"
#include "domain/FiscalYear.h"

#include <QLocale>

#include <cmath>
#include <map>

namespace ys::io {
namespace {

using Field = BaltimoreColumns::Field;

QString measureKey(RowId owner, RowId service, const QString& tail)
{
    return QStringLiteral("%1|%2|%3").arg(owner).arg(service).arg(tail);
}

bool sameNumber(const std::optional<double>& a, const std::optional<double>& b)
{
    if (!a || !b)
        return a.has_value() == b.has_value();
    return std::abs(*a - *b) <= 1e-9 * std::max({1.0, std::abs(*a), std::abs(*b)});
}

bool sameFigure(const Figure& a, const Figure& b)
{
    return sameNumber(a.number, b.number) && a.raw == b.raw && a.missingReason == b.missingReason && a.note == b.note &&
           a.origin == b.origin;
}

// A figure as a message names it: its raw text, its reason, or its note.
QString described(const Figure& f)
{
    if (!f.raw.isEmpty())
        return QStringLiteral("\"%1\"").arg(f.raw);
    if (f.number)
        return QString::number(*f.number, 'f', QLocale::FloatingPointShortest);
    if (!f.missingReason.isEmpty())
        return QStringLiteral("\"%1\"").arg(f.missingReason);
    return QStringLiteral("the note \"%1\"").arg(f.note.left(60));
}

QString slotName(const BaltimoreSlot& slot)
{
    const auto& [year, period, target] = slot;
    const QString side = target ? QStringLiteral("target") : QStringLiteral("actual");
    return period == Period::Annual ? QStringLiteral("%1 %2").arg(FiscalYear(year).label(), side)
                                    : QStringLiteral("%1 %2 %3").arg(FiscalYear(year).label(), code(period), side);
}

} // namespace

BaltimoreMeasureWriter::BaltimoreMeasureWriter(const storage::PlanFile& file, const storage::PlanSnapshot& snapshot,
                                               QString sheet, const BaltimoreColumns& columns, ImportReport& report)
    : m_snapshot(snapshot), m_measures(file), m_sheet(std::move(sheet)), m_columns(columns), m_report(report)
{
    for (const Measure& m : snapshot.measures) {
        m_stored.insert(m.id, &m);
        const QString key = measureKey(m.ownerId, m.serviceId, BaltimoreNames::key(m.title));
        if (!m_byTitle.contains(key))
            m_byTitle.insert(key, m.id);
        for (const QString& id : m.sourceIds.split(QLatin1Char(','), Qt::SkipEmptyParts))
            m_byId[measureKey(m.ownerId, m.serviceId, id.trimmed())].append(m.id);
    }
}

void BaltimoreMeasureWriter::conflict(const BaltimoreMeasure& measure, const QString& column, const QString& raw,
                                      const QString& reason, const QString& topic, int row)
{
    m_report.add(ImportIssue::Kind::Conflict, m_sheet, row > 0 ? row : measure.rows.back(), column, raw, reason, topic);
}

std::vector<RowId> BaltimoreMeasureWriter::match(const std::vector<BaltimoreMeasurePlacement>& placements)
{
    std::vector<RowId> found(placements.size(), 0);
    QSet<RowId> claimed;
    for (size_t i = 0; i < placements.size(); ++i) {
        const auto& p = placements[i];
        const RowId id = m_byTitle.value(measureKey(p.ownerId, p.serviceId, p.measure->titleKey));
        if (id != 0 && !claimed.contains(id)) {
            found[i] = id;
            claimed.insert(id);
        }
    }
    for (size_t i = 0; i < placements.size(); ++i) {
        if (found[i] != 0)
            continue;
        found[i] = findById(placements[i], claimed);
        if (found[i] != 0)
            claimed.insert(found[i]);
    }
    return found;
}

RowId BaltimoreMeasureWriter::findById(const BaltimoreMeasurePlacement& placement, const QSet<RowId>& claimed)
{
    const BaltimoreMeasure& measure = *placement.measure;
    QSet<RowId> candidates;
    for (const QString& id : measure.measureIds)
        for (RowId m : m_byId.value(measureKey(placement.ownerId, placement.serviceId, id)))
            if (!claimed.contains(m))
                candidates.insert(m);
    if (candidates.size() != 1)
        return 0;
    const RowId found = *candidates.begin();
    m_report.add(ImportIssue::Kind::Warning, m_sheet, measure.rows.back(),
                 m_columns.header(m_columns.column(Field::Title)), measure.definition.title,
                 QStringLiteral("found as \"%1\" by its measure id %2: the title differs from the plan's")
                     .arg(m_stored.value(found)->title, measure.measureIds.join(QStringLiteral(", "))),
                 QStringLiteral("measure found again by its measure id"));
    return found;
}

Status BaltimoreMeasureWriter::write(const BaltimoreMeasurePlacement& placement, RowId existing)
{
    if (existing == 0)
        return create(placement);
    const BaltimoreMeasure& measure = *placement.measure;
    auto defined = updateDefinition(measure, *m_stored.value(existing));
    if (!defined)
        return defined.error();
    auto linked = linkPlans(existing, placement.planIds);
    if (!linked)
        return linked.error();
    if (*defined || *linked)
        ++m_report.measuresUpdated;
    return writeValues(existing, measure);
}

Status BaltimoreMeasureWriter::create(const BaltimoreMeasurePlacement& placement)
{
    Measure m = placement.measure->definition;
    m.ownerId = placement.ownerId;
    m.serviceId = placement.serviceId;
    auto id = m_measures.insertMeasureInTransaction(m, placement.planIds);
    if (!id)
        return id.error();
    ++m_report.measuresCreated;
    return writeValues(*id, *placement.measure);
}

Result<bool> BaltimoreMeasureWriter::updateDefinition(const BaltimoreMeasure& measure, const Measure& stored)
{
    Measure m = stored;
    const Measure& file = measure.definition;
    // A field the plan leaves blank takes the file's word; a different word in both is the plan's.
    const auto merge = [&](auto& planValue, const auto& fileValue, const auto& blank, Field field, const QString& plan,
                           const QString& said) {
        if (fileValue == blank || planValue == fileValue)
            return;
        if (planValue == blank) {
            planValue = fileValue;
            return;
        }
        conflict(measure, BaltimoreColumns::headerOf(field), said,
                 QStringLiteral("\"%1\": the plan says %2, the file says %3: the plan's is kept (it may have been "
                                "edited since the last import)")
                     .arg(file.title, plan, said),
                 QStringLiteral("definition differs from the plan, the plan's kept"));
    };
    merge(m.type, file.type, MeasureType::Unspecified, Field::Type, label(stored.type), label(file.type));
    merge(m.direction, file.direction, Direction::Unspecified, Field::Direction, label(stored.direction),
          label(file.direction));
    merge(m.interval, file.interval, Interval::Unspecified, Field::Interval, label(stored.interval),
          label(file.interval));
    merge(m.unit, file.unit, Unit::Count, Field::Unit, label(stored.unit), label(file.unit));
    for (const auto& [element, field] : {std::pair{Element::Formula, Field::Formula},
                                         std::pair{Element::DataSource, Field::DataSource},
                                         std::pair{Element::UpdateFrequency, Field::Interval}})
        merge(m.element(element), file.element(element), QString(), field,
              QStringLiteral("\"%1\"").arg(stored.element(element)), QStringLiteral("\"%1\"").arg(file.element(element)));
    merge(m.equity, file.equity, false, Field::Equity, QStringLiteral("no"), QStringLiteral("yes"));
    merge(m.deprecated, file.deprecated, false, Field::Deprecated, QStringLiteral("no"), QStringLiteral("yes"));
    if (m.sourceType.isEmpty())
        m.sourceType = file.sourceType;
    m.sourceIds = BaltimoreNames::joinIds(stored.sourceIds, measure.measureIds);

    const bool changed = m.type != stored.type || m.direction != stored.direction || m.interval != stored.interval ||
                         m.unit != stored.unit || m.elements != stored.elements || m.equity != stored.equity ||
                         m.deprecated != stored.deprecated || m.sourceType != stored.sourceType ||
                         m.sourceIds != stored.sourceIds;
    if (!changed)
        return false;
    if (auto status = m_measures.updateMeasureInTransaction(m); !status)
        return status.error();
    return true;
}

Result<bool> BaltimoreMeasureWriter::linkPlans(RowId measureId, const std::vector<RowId>& planIds)
{
    const std::vector<RowId> linked = m_snapshot.plansOfMeasure.value(measureId);
    bool added = false;
    for (RowId planId : planIds) {
        if (std::find(linked.begin(), linked.end(), planId) != linked.end())
            continue;
        if (auto status = m_measures.addToPlan(planId, measureId); !status)
            return status.error();
        added = true;
    }
    return added;
}

bool BaltimoreMeasureWriter::mergeFigure(const Figure& imported, Figure& stored, const BaltimoreMeasure& measure,
                                         const BaltimoreSlot& slot)
{
    const bool hasReading = imported.number || !imported.raw.isEmpty() || !imported.missingReason.isEmpty();
    const bool hasNote = !imported.note.isEmpty();
    if (!hasReading && !hasNote)
        return false;
    if (stored.isEmpty()) {
        stored = imported;
        ++m_report.valuesStored;
        return true;
    }
    Figure merged = stored;
    if (hasReading) {
        merged.number = imported.number;
        merged.raw = imported.raw;
        merged.missingReason = imported.missingReason;
    }
    if (hasNote)
        merged.note = imported.note;
    if (stored.origin == Origin::User) {
        merged.origin = Origin::User;
        if (sameFigure(merged, stored)) {
            ++m_report.valuesUnchanged;
            return false;
        }
        const auto source = measure.sources.find(slot);
        const bool readingDiffers = !sameNumber(merged.number, stored.number) || merged.raw != stored.raw ||
                                    merged.missingReason != stored.missingReason;
        conflict(measure, source != measure.sources.end() ? source->second.column : slotName(slot),
                 readingDiffers ? imported.raw : imported.note.left(60),
                 QStringLiteral("%1 of \"%2\" was edited in Yardstick (%3); the file says %4: the edit is kept")
                     .arg(slotName(slot), measure.definition.title, described(stored),
                          readingDiffers ? described(imported) : QStringLiteral("the note \"%1\"").arg(imported.note.left(60))),
                 QStringLiteral("edited in Yardstick, not overwritten"),
                 source != measure.sources.end() ? source->second.row : 0);
        return false;
    }
    merged.origin = Origin::Import;
    if (sameFigure(merged, stored)) {
        ++m_report.valuesUnchanged;
        return false;
    }
    stored = merged;
    ++m_report.valuesStored;
    return true;
}

Status BaltimoreMeasureWriter::writeValues(RowId measureId, const BaltimoreMeasure& measure)
{
    std::map<std::pair<int, Period>, Value> stored;
    for (const Value& v : m_snapshot.valuesOf(measureId))
        stored[{v.fiscalYear, v.period}] = v;
    for (const Value& imported : measure.values) {
        Value value;
        const auto it = stored.find({imported.fiscalYear, imported.period});
        const bool exists = it != stored.end();
        if (exists)
            value = it->second;
        value.measureId = measureId;
        value.fiscalYear = imported.fiscalYear;
        value.period = imported.period;
        const bool target = mergeFigure(imported.target, value.target, measure, {value.fiscalYear, value.period, true});
        const bool actual = mergeFigure(imported.actual, value.actual, measure, {value.fiscalYear, value.period, false});
        if (!target && !actual)
            continue;
        if (!exists) {
            m_newValues.push_back(std::move(value));
            continue;
        }
        if (auto status = m_measures.setValueInTransaction(value); !status)
            return status;
    }
    return {};
}

Status BaltimoreMeasureWriter::flush()
{
    const Status status = m_measures.insertValuesInTransaction(m_newValues);
    m_newValues.clear();
    return status;
}

} // namespace ys::io
