// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaltimoreRowReader.h"

#include "BaltimoreVocabulary.h"
#include "domain/FiscalYear.h"

#include <QLocale>

namespace ys::io {
namespace {

using Field = BaltimoreColumns::Field;
using Kind = ImportIssue::Kind;

// The text of a cell as a person sees it: strings as written, numbers as their digits.
QString cellText(const XlsxCell& cell)
{
    return cell.kind == XlsxCell::Kind::Empty ? QString() : cell.text;
}

bool isBlank(const XlsxRow& row)
{
    for (const XlsxCell& cell : row.cells)
        if (!NumberText::trimmed(cellText(cell)).isEmpty())
            return false;
    return true;
}

} // namespace

BaltimoreRowReader::BaltimoreRowReader(const BaltimoreColumns& columns, QString sheet, int defaultCycle,
                                       ImportReport& report)
    : m_columns(columns), m_sheet(std::move(sheet)), m_defaultCycle(defaultCycle), m_report(report)
{
}

QString BaltimoreRowReader::text(const XlsxRow& row, Field field) const
{
    return m_columns.has(field) ? cellText(row.cell(m_columns.column(field))) : QString();
}

void BaltimoreRowReader::warn(const XlsxRow& row, int column, const QString& raw, const QString& reason,
                              const QString& topic)
{
    m_report.add(Kind::Warning, m_sheet, row.number, column >= 0 ? m_columns.header(column) : QString(), raw, reason,
                 topic);
}

void BaltimoreRowReader::skip(const XlsxRow& row, int column, const QString& raw, const QString& reason)
{
    m_report.add(Kind::Skipped, m_sheet, row.number, column >= 0 ? m_columns.header(column) : QString(), raw, reason,
                 QStringLiteral("row not imported"));
}

std::optional<int> BaltimoreRowReader::cycleOf(const XlsxRow& row)
{
    const QString written = BaltimoreNames::clean(text(row, Field::FiscalYear));
    if (written.isEmpty()) {
        if (m_defaultCycle > 0)
            return m_defaultCycle;
        skip(row, m_columns.column(Field::FiscalYear), written,
             QStringLiteral("no plan cycle: \"Fiscal Year\" is blank (name one with --cycle FY27)"));
        return std::nullopt;
    }
    const auto year = FiscalYear::parse(written);
    if (!year) {
        skip(row, m_columns.column(Field::FiscalYear), written,
             QStringLiteral("\"Fiscal Year\" is not a fiscal year like \"FY27\""));
        return std::nullopt;
    }
    if (m_defaultCycle > 0 && year->endYear() != m_defaultCycle)
        warn(row, m_columns.column(Field::FiscalYear), written,
             QStringLiteral("the row's own plan cycle %1 is used, not --cycle %2")
                 .arg(year->label(), FiscalYear(m_defaultCycle).label()),
             QStringLiteral("--cycle differs from the row"));
    return year->endYear();
}

std::optional<BaltimoreRecord> BaltimoreRowReader::read(const XlsxRow& row)
{
    if (isBlank(row))
        return std::nullopt;
    ++m_report.rowsRead;

    BaltimoreRecord record;
    record.row = row.number;
    record.title = BaltimoreNames::clean(text(row, Field::Title));
    if (record.title.isEmpty()) {
        skip(row, m_columns.column(Field::Title), {}, QStringLiteral("the row has no measure title"));
        return std::nullopt;
    }
    const QString serviceText = text(row, Field::ServiceId);
    const auto service = BaltimoreNames::coded(serviceText, QStringLiteral("SRV"));
    if (!service || service->number <= 0) {
        skip(row, m_columns.column(Field::ServiceId), serviceText,
             BaltimoreNames::clean(serviceText).isEmpty()
                 ? QStringLiteral("the measure \"%1\" has no service").arg(record.title)
                 : QStringLiteral("\"Service ID\" is not a service id like \"SRV0185 ...\""));
        return std::nullopt;
    }
    record.service = *service;
    if (record.service.name.isEmpty())
        record.service.name = BaltimoreNames::clean(text(row, Field::ServiceName));
    const QString agencyText = text(row, Field::AgencyId);
    const auto agency = BaltimoreNames::coded(agencyText, QStringLiteral("AGC"));
    if (!agency) {
        skip(row, m_columns.column(Field::AgencyId), agencyText,
             BaltimoreNames::clean(agencyText).isEmpty()
                 ? QStringLiteral("the measure \"%1\" has no agency id").arg(record.title)
                 : QStringLiteral("\"Agency ID\" is not an agency id like \"AGC7900 ...\""));
        return std::nullopt;
    }
    record.agency = *agency;
    record.owner = BaltimoreNames::clean(text(row, Field::Owner));
    if (record.owner.isEmpty()) {
        // The budget agency writes the plan itself when no office is named.
        record.owner = record.agency.name.isEmpty() ? record.agency.code : record.agency.name;
        warn(row, m_columns.column(Field::Owner), {},
             QStringLiteral("no plan owner in \"Agency\": filed under the budget agency \"%1\"").arg(record.owner),
             QStringLiteral("no plan owner"));
    }
    const auto cycle = cycleOf(row);
    if (!cycle)
        return std::nullopt;
    record.cycle = *cycle;
    record.titleKey = BaltimoreNames::key(record.title);
    record.ownerKey = BaltimoreNames::key(record.owner);

    record.serviceDescription = NumberText::trimmed(text(row, Field::ServiceDescription));
    record.measureId = BaltimoreNames::clean(text(row, Field::MeasureId));
    record.formula = NumberText::trimmed(text(row, Field::Formula));
    record.dataSource = NumberText::trimmed(text(row, Field::DataSource));
    record.markedNew = BaltimoreVocabulary::folded(text(row, Field::Status)) == QLatin1String("new");
    readVocabulary(row, record);
    readValues(row, record);
    return record;
}

void BaltimoreRowReader::readVocabulary(const XlsxRow& row, BaltimoreRecord& record)
{
    const auto warnIf = [&](Field field, const QString& warning, const QString& topic) {
        if (!warning.isEmpty())
            warn(row, m_columns.column(field), text(row, field), warning, topic);
    };
    const auto type = BaltimoreVocabulary::type(text(row, Field::Type));
    record.type = type.value;
    if (type.guessed || (!type.value && !type.warning.isEmpty()))
        record.sourceType = NumberText::trimmed(text(row, Field::Type));
    warnIf(Field::Type, type.warning,
           type.guessed                                 ? QStringLiteral("misspelt word read as the nearest")
           : type.value && !isFamilyType(*type.value) ? QStringLiteral("type outside the four types")
                                                        : QStringLiteral("unknown measure type"));

    const auto direction = BaltimoreVocabulary::direction(text(row, Field::Direction));
    record.direction = direction.value;
    warnIf(Field::Direction, direction.warning,
           direction.guessed ? QStringLiteral("misspelt word read as the nearest") : QStringLiteral("unknown desired outcome"));

    const auto unit = BaltimoreVocabulary::unit(text(row, Field::Unit));
    record.unit = unit.value;
    warnIf(Field::Unit, unit.warning, QStringLiteral("unknown unit"));

    const auto interval = BaltimoreVocabulary::interval(text(row, Field::Interval));
    record.interval = interval.value;
    if (interval.value == Interval::Unspecified)
        record.updateFrequency = BaltimoreNames::clean(text(row, Field::Interval));
    warnIf(Field::Interval, interval.warning,
           interval.guessed                               ? QStringLiteral("misspelt word read as the nearest")
           : interval.value == Interval::Unspecified ? QStringLiteral("interval is a reporting frequency or unknown")
                                                       : QString());

    const auto equity = BaltimoreVocabulary::yesNo(text(row, Field::Equity));
    record.equity = equity.value;
    warnIf(Field::Equity, equity.warning, QStringLiteral("neither yes nor no"));
    const auto deprecated = BaltimoreVocabulary::yesNo(text(row, Field::Deprecated));
    record.deprecated = deprecated.value;
    warnIf(Field::Deprecated, deprecated.warning, QStringLiteral("neither yes nor no"));
}

void BaltimoreRowReader::readValues(const XlsxRow& row, BaltimoreRecord& record)
{
    for (const auto& value : m_columns.valueColumns()) {
        const XlsxCell& cell = row.cell(value.column);
        if (cell.kind == XlsxCell::Kind::Empty)
            continue;
        if (!value.header.isNumber()) {
            const QString note = NumberText::trimmed(cell.text);
            if (!note.isEmpty())
                record.notes.push_back({value.column, value.header, note});
            continue;
        }
        ParsedNumber number;
        if (cell.kind == XlsxCell::Kind::Error || cell.kind == XlsxCell::Kind::Boolean) {
            // "#N/A" or TRUE in a number column: a reason, never a number.
            number.kind = ParsedNumber::Kind::Missing;
            number.raw = cell.text;
            number.missingReason = cell.text;
        } else {
            number = NumberText::parse(cell.text);
        }
        if (number.isEmpty()) {
            if (!cell.text.isEmpty())
                warn(row, value.column, cell.text, QStringLiteral("the cell holds only blank characters: read as empty"),
                     QStringLiteral("blank characters in a number cell"));
            continue;
        }
        ++m_report.valueCells;
        if (number.isNumber()) {
            ++m_report.valueCellsAsNumbers;
            for (const QString& warning : number.warnings)
                warn(row, value.column, cell.text,
                     QStringLiteral("%1: read as %2").arg(warning, QString::number(number.value, 'f', QLocale::FloatingPointShortest)),
                     QStringLiteral("words beside a number ignored"));
        } else {
            warn(row, value.column, cell.text,
                 QStringLiteral("text in a number cell: %1 stored as missing, reason \"%2\"")
                     .arg(value.header.describe(), number.missingReason),
                 QStringLiteral("text in a number cell kept as the reason"));
        }
        record.cells.push_back({value.column, value.header, number});
    }
}

} // namespace ys::io
