// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvBinding.h"

#include "FormulaGuard.h"
#include "domain/FiscalYear.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

namespace ys::io {
namespace {

// The six column slots of a period (value, missing reason, note of the target and of the actual):
// a slot's name in the mapping and its index once bound.
constexpr int SlotCount = 6;

const QString& nameOf(const CsvPeriodColumns& c, int slot)
{
    const CsvSideColumns& side = slot % 2 == 0 ? c.target : c.actual;
    return slot < 2 ? side.value : slot < 4 ? side.missing : side.note;
}

int& indexOf(BoundPeriod& b, int slot)
{
    BoundSide& side = slot % 2 == 0 ? b.target : b.actual;
    return slot < 2 ? side.value : slot < 4 ? side.missing : side.note;
}

// "values[0].target", "values[0].quarters.Q1.actual": the key of a slot, for messages.
QString slotKey(const QString& blockKey, int period, int slot)
{
    static const char* const names[SlotCount] = {"target",         "actual",      "target_missing",
                                                 "actual_missing", "target_note", "actual_note"};
    const QString prefix = period == static_cast<int>(Period::Annual)
                               ? blockKey
                               : blockKey + QStringLiteral(".quarters.Q%1").arg(period + 1);
    return prefix + u'.' + QLatin1String(names[slot]);
}

class Binder
{
public:
    Binder(const CsvMapping& mapping, const QStringList& header, const QString& csvName)
        : m_mapping(mapping), m_header(header), m_csvName(QFileInfo(csvName).fileName())
    {
        for (int i = 0; i < header.size(); ++i)
            m_columns[CsvMapping::fold(header[i])].push_back(i);
    }

    // The index of a named column, or an error naming the mapping file, the key and the column.
    Result<int> find(const QString& key, const QString& column) const
    {
        if (column.isEmpty())
            return -1;
        const auto it = m_columns.constFind(CsvMapping::fold(column));
        if (it == m_columns.constEnd()) {
            QString known = m_header.mid(0, 40).join(QStringLiteral(", "));
            if (m_header.size() > 40)
                known += QStringLiteral(", ...");
            return error(
                key, QStringLiteral("names the column \"%1\", which %2 does not have; its columns are: %3.")
                         .arg(column, m_csvName, known));
        }
        if (it->size() > 1)
            return error(key,
                         QStringLiteral("names the column \"%1\", which %2 has %3 times (columns %4 and %5): "
                                        "rename one in the file.")
                             .arg(column, m_csvName)
                             .arg(it->size())
                             .arg(it->at(0) + 1)
                             .arg(it->at(1) + 1));
        return it->front();
    }

    Error error(const QString& key, const QString& message) const
    {
        Error e = Error::make(Error::Code::Invalid, message);
        e.file = m_mapping.path;
        e.field = key;
        return e;
    }

    // A template block: every header column matching one of its "{FY}" names, grouped by year.
    Result<std::vector<BoundBlock>> expand(const CsvValueBlock& block) const
    {
        QMap<int, BoundBlock> byYear;
        for (int p = 0; p < 5; ++p) {
            for (int slot = 0; slot < SlotCount; ++slot) {
                const QString& name = nameOf(block.periods[p], slot);
                if (name.isEmpty())
                    continue;
                QString pattern = QRegularExpression::escape(CsvMapping::fold(name));
                pattern.replace(QRegularExpression::escape(QStringLiteral("{fy}")),
                                QStringLiteral("(fy ?\\d{2}(?:\\d{2})?)"));
                const QRegularExpression re(QStringLiteral("^") + pattern + QStringLiteral("$"));
                for (int c = 0; c < m_header.size(); ++c) {
                    const auto match = re.match(CsvMapping::fold(m_header[c]));
                    if (!match.hasMatch())
                        continue;
                    const auto year = FiscalYear::parse(match.captured(1));
                    if (!year)
                        continue;
                    BoundBlock& bound = byYear[year->endYear()];
                    bound.key = block.key;
                    bound.fiscalYear = year->endYear();
                    indexOf(bound.periods[p], slot) = c;
                }
            }
        }
        if (byYear.isEmpty())
            return error(block.key,
                         QStringLiteral("has column names with \"{FY}\", but no column of %1 matches "
                                        "them (e.g. \"%2\" for FY25).")
                             .arg(m_csvName,
                                  firstName(block).replace(QStringLiteral("{FY}"), QStringLiteral("FY25"))));
        return std::vector<BoundBlock>(byYear.begin(), byYear.end());
    }

    Result<BoundBlock> bindFixed(const CsvValueBlock& block) const
    {
        BoundBlock bound;
        bound.key = block.key;
        bound.fiscalYear = block.fiscalYear;
        auto year = find(block.key + QStringLiteral(".fiscal_year_column"), block.yearColumn);
        if (!year)
            return year.error();
        bound.yearColumn = *year;
        for (int p = 0; p < 5; ++p) {
            for (int slot = 0; slot < SlotCount; ++slot) {
                auto index = find(slotKey(block.key, p, slot), nameOf(block.periods[p], slot));
                if (!index)
                    return index.error();
                indexOf(bound.periods[p], slot) = *index;
            }
        }
        return bound;
    }

private:
    static QString firstName(const CsvValueBlock& block)
    {
        for (const auto& p : block.periods)
            for (int slot = 0; slot < SlotCount; ++slot)
                if (!nameOf(p, slot).isEmpty())
                    return nameOf(p, slot);
        return {};
    }

    const CsvMapping& m_mapping;
    const QStringList& m_header;
    QString m_csvName;
    QHash<QString, std::vector<int>> m_columns;
};

MeasureKeyParts keyParts(const CsvMapping& m)
{
    MeasureKeyParts parts;
    if (m.unique.isEmpty()) {
        parts.owner = parts.service = parts.title = true;
        return parts;
    }
    for (const QString& column : m.unique) {
        if (column == m.agencyCode || column == m.agencyName)
            parts.agency = true;
        else if (column == m.ownerName)
            parts.owner = true;
        else if (column == m.serviceNumber || column == m.serviceCode || column == m.serviceName)
            parts.service = true;
        else if (column == m.title)
            parts.title = true;
        else if (column == m.sourceId)
            parts.sourceId = true;
    }
    return parts;
}

} // namespace

Result<CsvBinding> CsvBinding::bind(const CsvMapping& mapping, const QStringList& header,
                                    const QString& csvName)
{
    const Binder binder(mapping, header, csvName);
    CsvBinding b;
    b.header = header;
    b.textGuard = mapping.textGuard;
    b.elements.fill(-1);

    // Every plain column, in the order of the mapping's keys, so the first missing one is named.
    QHash<QString, int> found;
    for (const auto& [key, column] : mapping.namedColumns()) {
        auto index = binder.find(key, column);
        if (!index)
            return index.error();
        found.insert(key, *index);
    }
    const auto at = [&found](const char* key) { return found.value(QLatin1String(key), -1); };
    b.agencyCode = at("agency.code");
    b.agencyName = at("agency.name");
    b.ownerName = at("owner.name");
    b.serviceNumber = at("service.number");
    b.serviceCode = at("service.code");
    b.serviceName = at("service.name");
    b.cycleColumn = at("cycle.column");
    b.title = at("measure.title");
    b.type = at("measure.type");
    b.direction = at("measure.direction");
    b.unit = at("measure.unit");
    b.interval = at("measure.interval");
    b.level = at("measure.level");
    b.sourceId = at("measure.source_id");
    b.baseline = at("measure.baseline");
    b.baselineYear = at("measure.baseline_year");
    for (int i = 0; i < ElementCount; ++i)
        b.elements[i] = found.value(QStringLiteral("measure.elements.") + code(static_cast<Element>(i)), -1);
    for (const CsvRule& rule : mapping.rules)
        b.rules.push_back(BoundRule{&rule, found.value(rule.key + QStringLiteral(".when.column"), -1)});
    b.key = keyParts(mapping);

    for (const CsvValueBlock& block : mapping.values) {
        if (block.templated) {
            auto expanded = binder.expand(block);
            if (!expanded)
                return expanded.error();
            b.blocks.insert(b.blocks.end(), expanded->begin(), expanded->end());
        } else {
            auto bound = binder.bindFixed(block);
            if (!bound)
                return bound.error();
            b.blocks.push_back(*bound);
        }
    }
    return b;
}

QString CsvBinding::cell(const CsvRecord& record, int column) const
{
    if (column < 0 || column >= record.fields.size())
        return {};
    const QString& text = record.fields[column];
    return textGuard ? FormulaGuard::unguard(text) : text;
}

QString CsvBinding::columnName(int column) const
{
    return column >= 0 && column < header.size() ? header[column] : QString();
}

} // namespace ys::io
