// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureRepository.h"

#include "WriteTransaction.h"

#include <QUuid>

namespace ys::storage {
namespace {

QStringList measureColumns()
{
    QStringList columns{QStringLiteral("uid"),         QStringLiteral("owner_id"),      QStringLiteral("service_id"),
                        QStringLiteral("goal_id"),     QStringLiteral("pillar_goal_id"), QStringLiteral("measure_level"),
                        QStringLiteral("title"),       QStringLiteral("measure_type"),  QStringLiteral("direction"),
                        QStringLiteral("unit"),        QStringLiteral("period_interval"), QStringLiteral("tolerance")};
    for (int i = 0; i < ElementCount; ++i)
        columns << code(static_cast<Element>(i));
    columns << QStringLiteral("baseline") << QStringLiteral("baseline_year") << QStringLiteral("equity")
            << QStringLiteral("deprecated") << QStringLiteral("change_mapping") << QStringLiteral("approval")
            << QStringLiteral("source_ids") << QStringLiteral("source_type");
    return columns;
}

QVariantList measureRow(const Measure& m)
{
    QVariantList row{m.uid,
                     m.ownerId,
                     nullableId(m.serviceId),
                     nullableId(m.goalId),
                     nullableId(m.pillarGoalId),
                     code(m.level),
                     m.title,
                     code(m.type),
                     code(m.direction),
                     code(m.unit),
                     code(m.interval),
                     nullable(m.tolerance)};
    for (const QString& element : m.elements)
        row << element;
    row << nullable(m.baseline) << nullableYear(m.baselineYear) << (m.equity ? 1 : 0) << (m.deprecated ? 1 : 0)
        << code(m.change) << code(m.approval) << m.sourceIds << m.sourceType;
    return row;
}

Measure measureFrom(const QSqlQuery& q)
{
    Measure m;
    int c = 0;
    m.id = q.value(c++).toLongLong();
    m.uid = q.value(c++).toString();
    m.ownerId = q.value(c++).toLongLong();
    m.serviceId = q.value(c++).toLongLong();
    m.goalId = q.value(c++).toLongLong();
    m.pillarGoalId = q.value(c++).toLongLong();
    m.level = fromCode<MeasureLevel>(q.value(c++).toString()).value_or(MeasureLevel::Service);
    m.title = q.value(c++).toString();
    m.type = fromCode<MeasureType>(q.value(c++).toString()).value_or(MeasureType::Unspecified);
    m.direction = fromCode<Direction>(q.value(c++).toString()).value_or(Direction::Unspecified);
    m.unit = fromCode<Unit>(q.value(c++).toString()).value_or(Unit::Count);
    m.interval = fromCode<Interval>(q.value(c++).toString()).value_or(Interval::Unspecified);
    m.tolerance = optionalDouble(q.value(c++));
    for (int i = 0; i < ElementCount; ++i)
        m.elements[i] = q.value(c++).toString();
    m.baseline = optionalDouble(q.value(c++));
    m.baselineYear = q.value(c++).toInt();
    m.equity = q.value(c++).toBool();
    m.deprecated = q.value(c++).toBool();
    m.change = fromCode<ChangeMapping>(q.value(c++).toString()).value_or(ChangeMapping::Unchanged);
    m.approval = fromCode<ApprovalStatus>(q.value(c++).toString()).value_or(ApprovalStatus::Draft);
    m.sourceIds = q.value(c++).toString();
    m.sourceType = q.value(c++).toString();
    return m;
}

const QString kValueColumns = QStringLiteral(
    "measure_id, fiscal_year, period, target, target_note, target_raw, target_missing, target_origin, "
    "actual, actual_note, actual_raw, actual_missing, actual_origin, status_override, override_note");

Value valueFrom(const QSqlQuery& q)
{
    Value v;
    v.measureId = q.value(0).toLongLong();
    v.fiscalYear = q.value(1).toInt();
    v.period = fromCode<Period>(q.value(2).toString()).value_or(Period::Annual);
    const auto figure = [&q](int first) {
        Figure f;
        f.number = optionalDouble(q.value(first));
        f.note = q.value(first + 1).toString();
        f.raw = q.value(first + 2).toString();
        f.missingReason = q.value(first + 3).toString();
        f.origin = originFromCode(q.value(first + 4).toString()).value_or(Origin::User);
        return f;
    };
    v.target = figure(3);
    v.actual = figure(8);
    if (!q.value(13).isNull())
        v.statusOverride = fromCode<TargetStatus>(q.value(13).toString());
    v.overrideNote = q.value(14).toString();
    return v;
}

QVariantList valueRow(const Value& v)
{
    return {v.measureId,        v.fiscalYear,         code(v.period),           nullable(v.target.number),
            v.target.note,      v.target.raw,         v.target.missingReason,   code(v.target.origin),
            nullable(v.actual.number), v.actual.note, v.actual.raw,             v.actual.missingReason,
            code(v.actual.origin), v.statusOverride ? QVariant(code(*v.statusOverride)) : QVariant(), v.overrideNote};
}

// Audit field names of a value's columns: "FY25 annual target".
QString valueField(const Value& v, const QString& column)
{
    return QStringLiteral("FY%1 %2 %3")
        .arg(v.fiscalYear % 100, 2, 10, QLatin1Char('0'))
        .arg(code(v.period), column);
}

} // namespace

MeasureRepository::MeasureRepository(const PlanFile& file)
    : m_file(file),
      m_audit(file.connection(), file.userName()),
      m_measures(file.connection(), m_audit, QStringLiteral("measure"), measureColumns())
{
}

Result<std::vector<Measure>> MeasureRepository::select(const QString& where, std::initializer_list<QVariant> params) const
{
    return readAll<Measure>(m_file, m_measures.selectSql() + where, params, measureFrom);
}

Result<std::vector<Measure>> MeasureRepository::measures() const
{
    return select(QStringLiteral(" ORDER BY owner_id, service_id, sort_order, id"), {});
}

Result<std::vector<Measure>> MeasureRepository::measuresOfOwner(RowId ownerId) const
{
    return select(QStringLiteral(" WHERE owner_id = ? ORDER BY service_id, sort_order, id"), {ownerId});
}

Result<std::vector<Measure>> MeasureRepository::measuresOfPlan(RowId planId) const
{
    return select(QStringLiteral(" WHERE id IN (SELECT measure_id FROM plan_measure WHERE plan_id = ?) "
                                 "ORDER BY service_id, sort_order, id"),
                  {planId});
}

Result<Measure> MeasureRepository::measure(RowId id) const
{
    auto found = select(QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->empty())
        return Error::make(Error::Code::NotFound, QStringLiteral("there is no measure with id %1.").arg(id));
    return found->front();
}

Result<RowId> MeasureRepository::insertMeasureInTransaction(const Measure& measure, const std::vector<RowId>& planIds)
{
    Measure stored = measure;
    if (stored.uid.isEmpty())
        stored.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto id = m_measures.insert(measureRow(stored), stored.title);
    if (!id)
        return id;
    if (!planIds.empty() && !m_linkPlanPrepared) {
        m_linkPlan = QSqlQuery(m_file.connection().database());
        if (!m_linkPlan.prepare(QStringLiteral("INSERT OR IGNORE INTO plan_measure (plan_id, measure_id) VALUES (?, ?)")))
            return sqlError(m_linkPlan, m_file.path());
        m_linkPlanPrepared = true;
    }
    for (RowId planId : planIds)
        if (auto status = runPrepared(m_linkPlan, {planId, *id}, m_file.path()); !status)
            return status.error();
    return id;
}

Result<RowId> MeasureRepository::addMeasure(const Measure& measure, const std::vector<RowId>& planIds)
{
    if (measure.title.trimmed().isEmpty()) {
        Error error = Error::make(Error::Code::Invalid, QStringLiteral("a measure needs a title."));
        error.field = QStringLiteral("title");
        return error;
    }
    return writeTransaction(m_file, [&] { return insertMeasureInTransaction(measure, planIds); });
}

Status MeasureRepository::restoreMeasure(const Measure& measure, const std::vector<RowId>& planIds,
                                         const std::vector<Value>& values)
{
    return writeTransaction(m_file, [&]() -> Status {
        auto id = m_measures.insertWithId(measure.id, measureRow(measure), measure.title);
        if (!id)
            return id.error();
        for (RowId planId : planIds) {
            QSqlQuery query(m_file.connection().database());
            if (auto status = run(query, QStringLiteral("INSERT OR IGNORE INTO plan_measure (plan_id, measure_id) VALUES (?, ?)"),
                                  {planId, measure.id}, m_file.path());
                !status)
                return status;
        }
        for (const Value& value : values)
            if (auto status = setValueInTransaction(value); !status)
                return status;
        return {};
    });
}

Status MeasureRepository::updateMeasureInTransaction(const Measure& measure)
{
    return m_measures.update(measure.id, measureRow(measure));
}

Status MeasureRepository::updateMeasure(const Measure& measure)
{
    return writeTransaction(m_file, [&] { return updateMeasureInTransaction(measure); });
}

Status MeasureRepository::removeMeasure(RowId id)
{
    return writeTransaction(m_file, [&]() -> Status {
        auto existing = measure(id);
        if (!existing)
            return existing.error();
        return m_measures.remove(id, existing->title);
    });
}

Status MeasureRepository::addToPlan(RowId planId, RowId measureId)
{
    return writeTransaction(m_file, [&]() -> Status {
        QSqlQuery query(m_file.connection().database());
        if (auto status = run(query, QStringLiteral("INSERT OR IGNORE INTO plan_measure (plan_id, measure_id) VALUES (?, ?)"),
                              {planId, measureId}, m_file.path());
            !status)
            return status;
        if (query.numRowsAffected() > 0)
            return m_audit.recordUpdate(QStringLiteral("measure"), measureId, QStringLiteral("plan"), QVariant(), planId);
        return {};
    });
}

Result<std::vector<RowId>> MeasureRepository::plansOf(RowId measureId) const
{
    return readAll<RowId>(m_file, QStringLiteral("SELECT plan_id FROM plan_measure WHERE measure_id = ? ORDER BY plan_id"),
                          {measureId}, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
}

Result<std::vector<Value>> MeasureRepository::values(RowId measureId) const
{
    return readAll<Value>(m_file,
                          QStringLiteral("SELECT %1 FROM measure_value WHERE measure_id = ? ORDER BY fiscal_year, "
                                         "CASE period WHEN 'annual' THEN 5 ELSE substr(period, 2) END")
                              .arg(kValueColumns),
                          {measureId}, valueFrom);
}

Result<QHash<RowId, std::vector<Value>>> MeasureRepository::allValues() const
{
    auto all = readAll<Value>(m_file,
                              QStringLiteral("SELECT %1 FROM measure_value ORDER BY measure_id, fiscal_year, "
                                             "CASE period WHEN 'annual' THEN 5 ELSE substr(period, 2) END")
                                  .arg(kValueColumns),
                              {}, valueFrom);
    if (!all)
        return all.error();
    QHash<RowId, std::vector<Value>> byMeasure;
    for (Value& value : *all)
        byMeasure[value.measureId].push_back(std::move(value));
    return byMeasure;
}

Status MeasureRepository::setValueInTransaction(const Value& value)
{
    if (value.statusOverride && value.overrideNote.trimmed().isEmpty()) {
        Error error = Error::make(Error::Code::Invalid, QStringLiteral("a status override needs a note saying why."));
        error.field = QStringLiteral("override_note");
        return error;
    }
    QSqlQuery query(m_file.connection().database());
    if (auto status = run(query,
                          QStringLiteral("SELECT %1 FROM measure_value WHERE measure_id = ? AND fiscal_year = ? AND "
                                         "period = ?")
                              .arg(kValueColumns),
                          {value.measureId, value.fiscalYear, code(value.period)}, m_file.path());
        !status)
        return status;
    const bool exists = query.next();
    const QVariantList oldRow = exists ? valueRow(valueFrom(query)) : QVariantList();
    query.finish();
    const QVariantList newRow = valueRow(value);
    const QStringList names = kValueColumns.split(QStringLiteral(", "));

    // Audit every column that changed (origins follow their numbers and are not audited alone).
    for (int i = 3; i < newRow.size(); ++i) {
        if (names[i].endsWith(QLatin1String("_origin")))
            continue;
        const QVariant before = exists ? oldRow[i] : QVariant();
        const bool emptyBoth = !exists && (newRow[i].isNull() || newRow[i].toString().isEmpty());
        if (!emptyBoth && !sameColumnValue(before, newRow[i]))
            if (auto status = m_audit.recordUpdate(QStringLiteral("value"), value.measureId, valueField(value, names[i]),
                                                   before, newRow[i]);
                !status)
                return status;
    }

    QSqlQuery write(m_file.connection().database());
    if (value.isEmpty()) {
        return run(write, QStringLiteral("DELETE FROM measure_value WHERE measure_id = ? AND fiscal_year = ? AND period = ?"),
                   {value.measureId, value.fiscalYear, code(value.period)}, m_file.path());
    }
    if (!write.prepare(QStringLiteral("INSERT OR REPLACE INTO measure_value (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                      "?, ?, ?, ?, ?)")
                           .arg(kValueColumns)))
        return sqlError(write, m_file.path());
    for (int i = 0; i < newRow.size(); ++i)
        write.bindValue(i, bindable(newRow[i]));
    if (!write.exec())
        return sqlError(write, m_file.path());
    return {};
}

Status MeasureRepository::insertValuesInTransaction(const std::vector<Value>& values)
{
    if (values.empty())
        return {};
    QSqlQuery write(m_file.connection().database());
    if (!write.prepare(QStringLiteral("INSERT INTO measure_value (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                           .arg(kValueColumns)))
        return sqlError(write, m_file.path());
    const auto side = [](const QString& name, const Figure& f) {
        if (f.number)
            return QStringLiteral(" %1 %2").arg(name, QString::number(*f.number, 'g', 15));
        if (!f.missingReason.isEmpty())
            return QStringLiteral(" %1 missing (%2)").arg(name, f.missingReason);
        return QString();
    };
    for (const Value& value : values) {
        if (value.isEmpty())
            continue;
        if (value.statusOverride && value.overrideNote.trimmed().isEmpty()) {
            Error error = Error::make(Error::Code::Invalid, QStringLiteral("a status override needs a note saying why."));
            error.field = QStringLiteral("override_note");
            return error;
        }
        const QVariantList row = valueRow(value);
        for (int i = 0; i < row.size(); ++i)
            write.bindValue(i, bindable(row[i]));
        if (!write.exec())
            return sqlError(write, m_file.path());
        const QString summary = QStringLiteral("FY%1 %2%3%4")
                                    .arg(value.fiscalYear % 100, 2, 10, QLatin1Char('0'))
                                    .arg(code(value.period), side(QStringLiteral("target"), value.target),
                                         side(QStringLiteral("actual"), value.actual));
        if (auto status = m_audit.recordInsert(QStringLiteral("value"), value.measureId, summary); !status)
            return status;
    }
    return {};
}

Status MeasureRepository::setValue(const Value& value)
{
    return writeTransaction(m_file, [&] { return setValueInTransaction(value); });
}

} // namespace ys::storage
