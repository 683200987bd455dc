// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaltimoreMeasureMerger.h"

#include "BaltimoreValueMerger.h"
#include "domain/FiscalYear.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace ys::io {
namespace {

using Field = BaltimoreColumns::Field;

QString groupKey(const QString& ownerKey, int service, const QString& tail)
{
    return ownerKey + QChar(0x1f) + QString::number(service) + QChar(0x1f) + tail;
}

// "row 5" or "rows 5, 9".
QString rowList(const std::vector<const BaltimoreRecord*>& rows)
{
    QStringList list;
    for (const BaltimoreRecord* r : rows)
        list.append(QString::number(r->row));
    return (list.size() == 1 ? QStringLiteral("row ") : QStringLiteral("rows ")) + list.join(QStringLiteral(", "));
}

// Takes `next` over `current` when the row says something; reports a change of a word between cycles.
template <typename T, typename Warn>
void follow(std::optional<T>& current, const std::optional<T>& next, Warn warnChange)
{
    if (!next)
        return;
    if (current && *current != *next)
        warnChange(*current, *next);
    current = next;
}

} // namespace

BaltimoreMeasureMerger::BaltimoreMeasureMerger(const QString& sheet, const BaltimoreColumns& columns,
                                               ImportReport& report)
    : m_sheet(sheet), m_columns(columns), m_report(report)
{
}

void BaltimoreMeasureMerger::warn(const BaltimoreRecord& at, Field field, const QString& raw, const QString& reason,
                                  const QString& topic)
{
    m_report.add(ImportIssue::Kind::Warning, m_sheet, at.row,
                 m_columns.has(field) ? m_columns.header(m_columns.column(field)) : BaltimoreColumns::headerOf(field),
                 raw, reason, topic);
}

std::vector<BaltimoreMeasure> BaltimoreMeasureMerger::merge(const std::vector<BaltimoreRecord>& records)
{
    // Groups by owner x service x title, in the order of their first row.
    std::vector<std::vector<const BaltimoreRecord*>> groups;
    QHash<QString, int> byTitle;
    for (const BaltimoreRecord& r : records) {
        const QString key = groupKey(r.ownerKey, r.service.number, r.titleKey);
        auto it = byTitle.constFind(key);
        if (it == byTitle.cend()) {
            it = byTitle.insert(key, int(groups.size()));
            groups.emplace_back();
        }
        groups[size_t(*it)].push_back(&r);
    }

    // Where a title changed between cycles: two groups of disjoint cycles sharing owner, service and id.
    std::map<QString, QList<int>> byId; // ordered: the same report on every run
    for (int g = 0; g < int(groups.size()); ++g) {
        QSet<QString> ids;
        for (const BaltimoreRecord* r : groups[size_t(g)])
            if (!r->measureId.isEmpty())
                ids.insert(r->measureId);
        for (const QString& id : ids)
            byId[groupKey(groups[size_t(g)].front()->ownerKey, groups[size_t(g)].front()->service.number, id)].append(g);
    }
    const auto cyclesOf = [&](int g) {
        QSet<int> cycles;
        for (const BaltimoreRecord* r : groups[size_t(g)])
            cycles.insert(r->cycle);
        return cycles;
    };
    std::vector<bool> absorbed(groups.size(), false);
    for (const auto& [id, candidates] : byId) {
        if (candidates.size() != 2)
            continue;
        int a = candidates[0];
        int b = candidates[1];
        if (absorbed[size_t(a)] || absorbed[size_t(b)] || cyclesOf(a).intersects(cyclesOf(b)))
            continue;
        if (*std::max_element(cyclesOf(a).cbegin(), cyclesOf(a).cend()) >
            *std::max_element(cyclesOf(b).cbegin(), cyclesOf(b).cend()))
            std::swap(a, b); // b: the later title
        const BaltimoreRecord& older = *groups[size_t(a)].front();
        const BaltimoreRecord& newer = *groups[size_t(b)].front();
        warn(newer, Field::Title, newer.title,
             QStringLiteral("the title changed between plan cycles: \"%1\" (%2, row %3) and \"%4\" (%5) are one measure "
                            "by their measure id %6; the later title is kept")
                 .arg(older.title, FiscalYear(older.cycle).label())
                 .arg(older.row)
                 .arg(newer.title, FiscalYear(newer.cycle).label(), newer.measureId),
             QStringLiteral("title changed between plan cycles, matched by measure id"));
        auto& into = groups[size_t(b)];
        into.insert(into.end(), groups[size_t(a)].begin(), groups[size_t(a)].end());
        absorbed[size_t(a)] = true;
    }

    std::vector<BaltimoreMeasure> measures;
    measures.reserve(groups.size());
    for (size_t g = 0; g < groups.size(); ++g)
        if (!absorbed[g])
            measures.push_back(mergeGroup(std::move(groups[g])));
    return measures;
}

BaltimoreMeasure BaltimoreMeasureMerger::mergeGroup(std::vector<const BaltimoreRecord*> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const BaltimoreRecord* a, const BaltimoreRecord* b) {
        return a->cycle != b->cycle ? a->cycle < b->cycle : a->row < b->row;
    });
    const BaltimoreRecord& last = *rows.back();
    BaltimoreMeasure m;
    m.ownerKey = last.ownerKey;
    m.titleKey = last.titleKey;
    m.serviceNumber = last.service.number;
    Measure& d = m.definition;
    d.level = MeasureLevel::Service;
    d.title = last.title;

    std::optional<MeasureType> type;
    std::optional<Direction> direction;
    std::optional<Unit> unit;
    std::optional<Interval> interval;
    std::optional<bool> equity;
    std::optional<bool> deprecated;
    for (size_t i = 0; i < rows.size(); ++i) {
        const BaltimoreRecord& r = *rows[i];
        if (i > 0 && rows[i - 1]->cycle == r.cycle)
            warn(r, Field::Title, r.title,
                 QStringLiteral("row %1 repeats the measure of row %2 in the same plan cycle %3: merged, the later row "
                                "wins where they differ")
                     .arg(r.row)
                     .arg(rows[i - 1]->row)
                     .arg(FiscalYear(r.cycle).label()),
                 QStringLiteral("measure repeated within a plan cycle"));
        const auto changed = [&](Field field, const QString& before, const QString& after) {
            warn(r, field, after,
                 QStringLiteral("\"%1\" changed between plan cycles from %2 to %3: the later is kept")
                     .arg(BaltimoreColumns::headerOf(field), before, after),
                 QStringLiteral("definition changed between plan cycles"));
        };
        follow(type, r.type, [&](MeasureType a, MeasureType b) { changed(Field::Type, label(a), label(b)); });
        follow(direction, r.direction, [&](Direction a, Direction b) { changed(Field::Direction, label(a), label(b)); });
        follow(unit, r.unit, [&](Unit a, Unit b) { changed(Field::Unit, label(a), label(b)); });
        follow(interval, r.interval, [](Interval, Interval) {});
        follow(equity, r.equity, [](bool, bool) {});
        follow(deprecated, r.deprecated, [](bool, bool) {});
        if (!r.sourceType.isEmpty())
            d.sourceType = r.sourceType;
        if (!r.formula.isEmpty())
            d.element(Element::Formula) = r.formula;
        if (!r.dataSource.isEmpty())
            d.element(Element::DataSource) = r.dataSource;
        if (!r.updateFrequency.isEmpty())
            d.element(Element::UpdateFrequency) = r.updateFrequency;
        if (!r.measureId.isEmpty() && !m.measureIds.contains(r.measureId))
            m.measureIds.append(r.measureId);
        if (m.cycles.empty() || m.cycles.back() != r.cycle)
            m.cycles.push_back(r.cycle);
        m.rows.push_back(r.row);
    }

    if (!type)
        warn(last, Field::Type, {},
             QStringLiteral("\"%1\" has no measure type in %2: left unspecified").arg(d.title, rowList(rows)),
             QStringLiteral("no measure type"));
    if (!direction)
        warn(last, Field::Direction, {},
             QStringLiteral("\"%1\" has no desired outcome in %2: direction left unspecified").arg(d.title, rowList(rows)),
             QStringLiteral("no desired outcome"));
    if (!unit)
        warn(last, Field::Unit, {},
             QStringLiteral("\"%1\" has no unit in %2: read as count").arg(d.title, rowList(rows)),
             QStringLiteral("no unit"));
    d.type = type.value_or(MeasureType::Unspecified);
    d.direction = direction.value_or(Direction::Unspecified);
    d.unit = unit.value_or(Unit::Count);
    d.interval = interval.value_or(Interval::Unspecified);
    d.equity = equity.value_or(false);
    d.deprecated = deprecated.value_or(false);
    d.change = last.markedNew ? ChangeMapping::New : ChangeMapping::Unchanged;
    d.sourceIds = BaltimoreNames::joinIds({}, m.measureIds);

    // A count measure whose values are written as money is a currency measure.
    if (d.unit == Unit::Count) {
        for (const BaltimoreRecord* r : rows) {
            const auto money = std::find_if(r->cells.begin(), r->cells.end(),
                                            [](const BaltimoreCell& c) { return c.number.currency; });
            if (money == r->cells.end())
                continue;
            d.unit = Unit::Currency;
            m_report.add(ImportIssue::Kind::Warning, m_sheet, r->row, m_columns.header(money->column), money->number.raw,
                         QStringLiteral("\"%1\" is a count in \"Percent or Count\" but its values are written as money: "
                                        "read as currency")
                             .arg(d.title),
                         QStringLiteral("count measure written as money read as currency"));
            break;
        }
    }
    m.values = BaltimoreValueMerger(m_sheet, m_columns, m_report).merge(rows, d.unit, &m.sources);
    return m;
}

} // namespace ys::io
