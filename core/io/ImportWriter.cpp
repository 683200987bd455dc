// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWriter.h"

#include "CsvMapping.h"
#include "FigureMerge.h"
#include "domain/FiscalYear.h"
#include "storage/PlanFile.h"

namespace ys::io {
namespace {

QString pair(RowId a, const QString& b)
{
    return QString::number(a) + u'\x1f' + b;
}

QStringList sourceIdsOf(const QString& ids)
{
    QStringList out;
    for (const QString& id : ids.split(u',', Qt::SkipEmptyParts))
        if (!id.trimmed().isEmpty())
            out << id.trimmed();
    return out;
}

// "FY13 annual target", as the report names a value.
QString valueName(int year, Period period, bool target)
{
    return QStringLiteral("%1 %2 %3")
        .arg(FiscalYear(year).label(), period == Period::Annual ? QStringLiteral("annual") : code(period),
             target ? QStringLiteral("target") : QStringLiteral("actual"));
}

QString figureText(const Figure& f)
{
    if (f.number)
        return QString::number(*f.number, 'f', QLocale::FloatingPointShortest);
    return f.missingReason.isEmpty() ? f.note : QStringLiteral("missing: ") + f.missingReason;
}

} // namespace

ImportWriter::ImportWriter(storage::PlanFile& file, const MeasureKeyParts& key, ImportReport& report,
                           QString sheet)
    : m_file(file), m_key(key), m_report(report), m_sheet(std::move(sheet)), m_reference(file), m_plans(file),
      m_measures(file)
{
}

Status ImportWriter::load()
{
    auto snapshot = storage::PlanSnapshot::load(m_file);
    if (!snapshot)
        return snapshot.error();
    for (const Agency& a : snapshot->agencies) {
        m_agencies.insert(CsvMapping::fold(a.code), a.id);
        m_agencyNames.insert(a.id, a.name);
    }
    for (const PlanOwner& o : snapshot->owners) {
        m_owners.insert(pair(o.agencyId, CsvMapping::fold(o.name)), o.id);
        m_ownerAgency.insert(o.id, o.agencyId);
    }
    for (const Service& s : snapshot->services) {
        m_servicesByNumber.insert(s.number, s.id);
        m_servicesByName.insert(pair(s.agencyId, CsvMapping::fold(s.name)), s.id);
        m_serviceNames.insert(s.id, s.name);
        m_serviceAgency.insert(s.id, s.agencyId);
        m_nextServiceNumber = std::max(m_nextServiceNumber, s.number + 1);
    }
    for (const Plan& p : snapshot->plans)
        m_plansByOwnerCycle.insert(pair(p.ownerId, QString::number(p.cycle)), p.id);
    for (const Measure& m : snapshot->measures) {
        indexMeasure(m);
        for (RowId planId : snapshot->plansOfMeasure.value(m.id))
            m_links.insert(pair(m.id, QString::number(planId)));
    }
    m_values = snapshot->values;
    return {};
}

QString ImportWriter::keyOf(RowId agencyId, RowId ownerId, RowId serviceId, const QString& title,
                            const QString& sourceId) const
{
    QStringList parts;
    parts << (m_key.agency ? QString::number(agencyId) : QString());
    parts << (m_key.owner ? QString::number(ownerId) : QString());
    parts << (m_key.service ? QString::number(serviceId) : QString());
    parts << (m_key.title ? CsvMapping::fold(title) : QString());
    parts << (m_key.sourceId ? CsvMapping::fold(sourceId) : QString());
    return parts.join(u'\x1f');
}

void ImportWriter::indexMeasure(const Measure& m)
{
    m_measureById.insert(m.id, m);
    const RowId agencyId = m_ownerAgency.value(m.ownerId);
    const QStringList ids = sourceIdsOf(m.sourceIds);
    if (!m_key.sourceId || ids.isEmpty()) {
        m_measureByKey.insert(keyOf(agencyId, m.ownerId, m.serviceId, m.title, QString()), m.id);
        return;
    }
    for (const QString& id : ids)
        m_measureByKey.insert(keyOf(agencyId, m.ownerId, m.serviceId, m.title, id), m.id);
}

void ImportWriter::issue(ImportIssue::Kind kind, const ImportedRow& row, const QString& column,
                         const QString& raw, const QString& reason, const QString& topic)
{
    m_report.add(kind, m_sheet, row.line, column, raw, reason, topic);
}

Result<RowId> ImportWriter::agencyFor(const ImportedRow& row)
{
    const QString key = CsvMapping::fold(row.agencyCode);
    if (const RowId id = m_agencies.value(key))
        return id;
    Agency agency;
    agency.code = row.agencyCode;
    agency.name = row.agencyName.isEmpty() ? row.agencyCode : row.agencyName;
    auto id = m_reference.addAgency(agency);
    if (!id)
        return id.error();
    m_agencies.insert(key, *id);
    m_agencyNames.insert(*id, agency.name);
    ++m_report.agencies;
    return id;
}

Result<RowId> ImportWriter::ownerFor(const ImportedRow& row, RowId agencyId)
{
    const QString agencyName = m_agencyNames.value(agencyId);
    const QString name = row.ownerName.isEmpty() ? agencyName : row.ownerName;
    const QString key = pair(agencyId, CsvMapping::fold(name));
    if (const RowId id = m_owners.value(key))
        return id;
    auto id = m_reference.addOwner(
        PlanOwner{0, agencyId, name, CsvMapping::fold(name) != CsvMapping::fold(agencyName)});
    if (!id)
        return id.error();
    m_owners.insert(key, *id);
    m_ownerAgency.insert(*id, agencyId);
    ++m_report.owners;
    return id;
}

Result<RowId> ImportWriter::serviceFor(const ImportedRow& row, RowId agencyId, RowId ownerId)
{
    if (row.noService)
        return RowId(0);
    const QString nameKey = pair(agencyId, CsvMapping::fold(row.serviceName));
    RowId found =
        row.serviceNumber > 0 ? m_servicesByNumber.value(row.serviceNumber) : m_servicesByName.value(nameKey);
    int number = row.serviceNumber;
    // A number held by another agency's service of another name is not this service: numbers made up
    // for services without one (from 100001) mean nothing outside the file that made them.
    if (found && row.serviceNumber > 0 && !row.serviceName.isEmpty() &&
        m_serviceAgency.value(found) != agencyId &&
        CsvMapping::fold(m_serviceNames.value(found)) != CsvMapping::fold(row.serviceName)) {
        const QString other = m_serviceNames.value(found);
        found = m_servicesByName.value(nameKey);
        if (!found) {
            number = m_nextServiceNumber;
            issue(ImportIssue::Kind::Warning, row, QString(), QString::number(row.serviceNumber),
                  QStringLiteral(
                      "service number %1 is another agency's service \"%2\" in the plan file: \"%3\" is "
                      "filed as service %4")
                      .arg(row.serviceNumber)
                      .arg(other, row.serviceName)
                      .arg(number),
                  QStringLiteral("service number taken"));
        }
    }
    if (found) {
        const QString stored = m_serviceNames.value(found);
        if (row.serviceNumber > 0 && !row.serviceName.isEmpty() &&
            CsvMapping::fold(stored) != CsvMapping::fold(row.serviceName))
            issue(ImportIssue::Kind::Warning, row, QString(), row.serviceName,
                  QStringLiteral("service %1 is named \"%2\" in the plan file: that name is kept")
                      .arg(row.serviceNumber)
                      .arg(stored),
                  QStringLiteral("service named otherwise"));
        return found;
    }
    Service service;
    service.number = number > 0 ? number : m_nextServiceNumber;
    service.code = row.serviceCode;
    service.name =
        row.serviceName.isEmpty() ? QStringLiteral("Service %1").arg(service.number) : row.serviceName;
    service.agencyId = agencyId;
    service.ownerId = ownerId;
    auto id = m_reference.addService(service);
    if (!id)
        return id.error();
    m_nextServiceNumber = std::max(m_nextServiceNumber, service.number + 1);
    m_servicesByNumber.insert(service.number, *id);
    m_servicesByName.insert(pair(agencyId, CsvMapping::fold(service.name)), *id);
    m_serviceNames.insert(*id, service.name);
    m_serviceAgency.insert(*id, agencyId);
    ++m_report.services;
    return id;
}

Result<RowId> ImportWriter::planFor(RowId ownerId, int cycle)
{
    const QString key = pair(ownerId, QString::number(cycle));
    if (const RowId id = m_plansByOwnerCycle.value(key))
        return id;
    Plan plan;
    plan.ownerId = ownerId;
    plan.cycle = cycle;
    auto id = m_plans.insertPlanInTransaction(plan);
    if (!id)
        return id.error();
    m_plansByOwnerCycle.insert(key, *id);
    ++m_report.plans;
    return id;
}

Status ImportWriter::write(const ImportedRow& row)
{
    auto agencyId = agencyFor(row);
    if (!agencyId)
        return agencyId.error();
    auto ownerId = ownerFor(row, *agencyId);
    if (!ownerId)
        return ownerId.error();
    auto serviceId = serviceFor(row, *agencyId, *ownerId);
    if (!serviceId)
        return serviceId.error();
    std::vector<RowId> planIds;
    for (int cycle : row.cycles) {
        auto planId = planFor(*ownerId, cycle);
        if (!planId)
            return planId.error();
        planIds.push_back(*planId);
    }
    auto measureId = measureFor(row, *agencyId, *ownerId, *serviceId, planIds);
    if (!measureId)
        return measureId.error();
    return writeValues(row, *measureId);
}

Result<RowId> ImportWriter::measureFor(const ImportedRow& row, RowId agencyId, RowId ownerId, RowId serviceId,
                                       const std::vector<RowId>& planIds)
{
    const QString key = keyOf(agencyId, ownerId, serviceId, row.title, row.sourceId);
    const RowId existingId = m_measureByKey.value(key);
    Measure m = existingId ? m_measureById.value(existingId) : Measure();
    const Measure before = m;
    m.ownerId = ownerId;
    m.serviceId = serviceId;
    m.level =
        row.level.value_or(serviceId ? (existingId ? m.level : MeasureLevel::Service) : MeasureLevel::Goal);
    m.title = row.title;
    // Blank cells keep what the file holds.
    if (row.type) {
        m.type = *row.type;
        m.sourceType = row.sourceType;
    }
    m.direction = row.direction.value_or(m.direction);
    m.unit = row.unit.value_or(m.unit);
    m.interval = row.interval.value_or(m.interval);
    for (int i = 0; i < ElementCount; ++i)
        if (row.elements[i])
            m.elements[i] = *row.elements[i];
    if (row.baseline)
        m.baseline = row.baseline;
    if (row.baselineYear)
        m.baselineYear = *row.baselineYear;
    if (!row.sourceId.isEmpty() && !sourceIdsOf(m.sourceIds).contains(row.sourceId))
        m.sourceIds =
            m.sourceIds.isEmpty() ? row.sourceId : m.sourceIds + QStringLiteral(", ") + row.sourceId;

    if (!existingId) {
        auto id = m_measures.insertMeasureInTransaction(m, planIds);
        if (!id)
            return id.error();
        m.id = *id;
        for (RowId planId : planIds)
            m_links.insert(pair(m.id, QString::number(planId)));
        m_createdHere.insert(m.id);
        indexMeasure(m);
        ++m_report.measuresCreated;
        return m.id;
    }
    const bool changed = m.ownerId != before.ownerId || m.serviceId != before.serviceId ||
                         m.level != before.level || m.title != before.title || m.type != before.type ||
                         m.sourceType != before.sourceType || m.direction != before.direction ||
                         m.unit != before.unit || m.interval != before.interval ||
                         m.elements != before.elements || m.baseline != before.baseline ||
                         m.baselineYear != before.baselineYear || m.sourceIds != before.sourceIds;
    if (changed) {
        if (auto status = m_measures.updateMeasureInTransaction(m); !status)
            return status.error();
        indexMeasure(m);
        if (!m_createdHere.contains(m.id))
            ++m_report.measuresUpdated;
    }
    if (auto status = linkPlans(m.id, planIds); !status)
        return status.error();
    return m.id;
}

Status ImportWriter::linkPlans(RowId measureId, const std::vector<RowId>& planIds)
{
    for (RowId planId : planIds) {
        const QString link = pair(measureId, QString::number(planId));
        if (m_links.contains(link))
            continue;
        if (auto status = m_measures.addToPlan(planId, measureId); !status)
            return status;
        m_links.insert(link);
    }
    return {};
}

Status ImportWriter::writeValues(const ImportedRow& row, RowId measureId)
{
    std::vector<Value>& stored = m_values[measureId];
    for (const ImportedValue& imported : row.values) {
        auto it = std::find_if(stored.begin(), stored.end(), [&](const Value& v) {
            return v.fiscalYear == imported.fiscalYear && v.period == imported.period;
        });
        Value value;
        if (it != stored.end()) {
            value = *it;
        } else {
            value.measureId = measureId;
            value.fiscalYear = imported.fiscalYear;
            value.period = imported.period;
        }
        bool store = false;
        for (const bool target : {true, false}) {
            const ImportedFigure& in = target ? imported.target : imported.actual;
            Figure& figure = target ? value.target : value.actual;
            const FigureMerge merged = FigureMerge::merge(figure, in);
            const QString name = valueName(imported.fiscalYear, imported.period, target);
            const QString slot = QString::number(measureId) + u' ' + name;
            switch (merged.outcome) {
            case FigureMerge::Outcome::Nothing:
                continue;
            case FigureMerge::Outcome::Unchanged:
                ++m_report.valuesUnchanged;
                break;
            case FigureMerge::Outcome::Conflict:
                issue(
                    ImportIssue::Kind::Conflict, row, in.column, in.raw.isEmpty() ? in.note : in.raw,
                    QStringLiteral("%1 of \"%2\" was edited in Yardstick (%3): the file's value is not taken")
                        .arg(name, row.title, figureText(figure)),
                    QStringLiteral("value edited in Yardstick"));
                break;
            case FigureMerge::Outcome::Store:
                if (m_valueRows.contains(slot))
                    issue(ImportIssue::Kind::Warning, row, in.column, in.raw,
                          QStringLiteral(
                              "row %1 gave another %2 for the same measure (%3): this later row wins")
                              .arg(m_valueRows.value(slot))
                              .arg(name, figureText(figure)),
                          QStringLiteral("value given twice"));
                figure = merged.figure;
                store = true;
                ++m_report.valuesStored;
                break;
            }
            m_valueRows.insert(slot, row.line);
        }
        if (!store)
            continue;
        if (auto status = m_measures.setValueInTransaction(value); !status)
            return status;
        if (it != stored.end())
            *it = value;
        else
            stored.push_back(value);
    }
    return {};
}

} // namespace ys::io
