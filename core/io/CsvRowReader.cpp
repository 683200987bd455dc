// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvRowReader.h"

#include "domain/FiscalYear.h"
#include "values/NumberText.h"
#include "values/UnitText.h"

#include <QRegularExpression>

#include <algorithm>
#include <type_traits>

namespace ys::io {

namespace {

// Reads a word as one of a vocabulary's stable codes ("not_applicable", "Not applicable") or labels.
template <typename Enum> std::optional<Enum> fromWords(const QString& folded)
{
    QString asCode = folded;
    asCode.replace(u' ', u'_').replace(u'-', u'_');
    if (auto e = fromCode<Enum>(asCode))
        return e;
    if constexpr (!std::is_same_v<Enum, MeasureLevel>) {
        for (const QString& c : allCodes<Enum>()) {
            const Enum e = *fromCode<Enum>(c);
            if (CsvMapping::fold(label(e)) == folded)
                return e;
        }
    }
    return std::nullopt;
}

} // namespace

CsvRowReader::CsvRowReader(const CsvMapping& mapping, const CsvBinding& binding, int defaultCycle,
                           ImportReport& report, QString sheet)
    : m_mapping(mapping), m_binding(binding), m_defaultCycle(defaultCycle), m_report(report),
      m_sheet(std::move(sheet)), m_values(mapping, binding, report, m_sheet)
{
}

QString CsvRowReader::cell(const CsvRecord& record, int column) const
{
    return m_binding.cell(record, column);
}

QString CsvRowReader::columnName(int column) const
{
    return m_binding.columnName(column);
}

void CsvRowReader::warn(int line, int column, const QString& raw, const QString& reason, const QString& topic)
{
    m_report.add(ImportIssue::Kind::Warning, m_sheet, line, columnName(column), raw, reason, topic);
}

std::optional<ImportedRow> CsvRowReader::read(const CsvRecord& record)
{
    const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                   [](const QString& f) { return NumberText::trimmed(f).isEmpty(); });
    if (blank) {
        ++m_blankRows;
        return std::nullopt;
    }
    ++m_report.rowsRead;
    if (record.fields.size() > m_binding.header.size()) {
        const QStringList extra = record.fields.mid(m_binding.header.size());
        if (std::any_of(extra.cbegin(), extra.cend(),
                        [](const QString& f) { return !NumberText::trimmed(f).isEmpty(); }))
            warn(record.line, -1, extra.join(u','),
                 QStringLiteral(
                     "the row has %1 fields, the header %2: the fields beyond the header are ignored")
                     .arg(record.fields.size())
                     .arg(m_binding.header.size()),
                 QStringLiteral("fields beyond the header"));
    }
    ImportedRow row;
    row.line = record.line;
    if (!readIdentity(record, row))
        return std::nullopt;
    readDefinition(record, row);
    readCycles(record, row);
    m_values.read(record, row);
    return row;
}

bool CsvRowReader::readIdentity(const CsvRecord& record, ImportedRow& row)
{
    const auto skip = [&](int column, const QString& reason) {
        m_report.add(ImportIssue::Kind::Skipped, m_sheet, record.line, columnName(column), QString(), reason,
                     QStringLiteral("row without agency, title or service"));
        return false;
    };
    row.agencyCode = NumberText::trimmed(cell(record, m_binding.agencyCode));
    row.agencyName = NumberText::trimmed(cell(record, m_binding.agencyName));
    if (m_binding.agencyCode >= 0 && row.agencyCode.isEmpty())
        return skip(m_binding.agencyCode, QStringLiteral("the row names no agency code"));
    if (m_binding.agencyCode < 0 && row.agencyName.isEmpty())
        return skip(m_binding.agencyName, QStringLiteral("the row names no agency"));
    if (row.agencyCode.isEmpty())
        row.agencyCode = row.agencyName; // agencies known by name only: the name is their code
    row.ownerName = NumberText::trimmed(cell(record, m_binding.ownerName));

    row.title = NumberText::trimmed(cell(record, m_binding.title));
    if (row.title.isEmpty())
        return skip(m_binding.title, QStringLiteral("the row has no measure title"));

    row.level = readWord<MeasureLevel>(record, m_binding.level, "level");
    const QString number = NumberText::trimmed(cell(record, m_binding.serviceNumber));
    row.serviceCode = NumberText::trimmed(cell(record, m_binding.serviceCode));
    row.serviceName = NumberText::trimmed(cell(record, m_binding.serviceName));
    if (!number.isEmpty()) {
        // "185", "SRV0185", "Service 185": the last run of digits.
        static const QRegularExpression digits(QStringLiteral("(\\d+)\\D*$"));
        const auto match = digits.match(number);
        row.serviceNumber = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (row.serviceNumber <= 0) {
            warn(record.line, m_binding.serviceNumber, number,
                 QStringLiteral("not a service number: the service is found by its name"),
                 QStringLiteral("not a service number"));
            row.serviceNumber = 0;
        }
    }
    if (row.serviceNumber == 0 && row.serviceName.isEmpty()) {
        if (!row.serviceCode.isEmpty())
            row.serviceName = row.serviceCode;
        else if (!m_mapping.serviceWhenBlank.isEmpty())
            row.serviceName = m_mapping.serviceWhenBlank;
        else if (row.level == MeasureLevel::Goal)
            row.noService = true;
        else
            return skip(
                m_binding.serviceName >= 0 ? m_binding.serviceName : m_binding.serviceNumber,
                QStringLiteral("the row names no service (give the mapping a \"service.when_blank\" name "
                               "to collect such measures in one service per agency)"));
    }
    row.sourceId = NumberText::trimmed(cell(record, m_binding.sourceId));
    return true;
}

template <typename Enum>
std::optional<Enum> CsvRowReader::readWord(const CsvRecord& record, int column, const char* field)
{
    const QString text = cell(record, column);
    if (NumberText::trimmed(text).isEmpty())
        return std::nullopt;
    const QString translated = m_mapping.translate(QLatin1String(field), text);
    if (!translated.isEmpty())
        return fromCode<Enum>(translated);
    if (auto e = fromWords<Enum>(CsvMapping::fold(text)))
        return e;
    if constexpr (std::is_same_v<Enum, Unit>) {
        if (auto unit = UnitText::parse(text))
            return unit;
    }
    warn(record.line, column, text,
         QStringLiteral("not a known %1: %2 (add it to the mapping's \"translations.%1\")")
             .arg(QLatin1String(field), std::is_same_v<Enum, Unit> ? QStringLiteral("a new measure counts")
                                                                   : QStringLiteral("left unspecified")),
         QStringLiteral("unknown %1").arg(QLatin1String(field)));
    return std::nullopt;
}

void CsvRowReader::readDefinition(const CsvRecord& record, ImportedRow& row)
{
    row.type = readWord<MeasureType>(record, m_binding.type, "type");
    const QString typeText = NumberText::trimmed(cell(record, m_binding.type));
    if (!typeText.isEmpty() && !row.type) {
        row.type = MeasureType::Unspecified;
        row.sourceType = typeText;
    } else if (row.type && !isFamilyType(*row.type) && *row.type != MeasureType::Unspecified) {
        auto& seen = m_outsideTypes[label(*row.type)];
        if (seen.first++ == 0)
            seen.second = record.line;
    }
    row.direction = readWord<Direction>(record, m_binding.direction, "direction");
    row.unit = readWord<Unit>(record, m_binding.unit, "unit");
    row.interval = readWord<Interval>(record, m_binding.interval, "interval");
    for (int i = 0; i < ElementCount; ++i) {
        const QString text = NumberText::trimmed(cell(record, m_binding.elements[i]));
        if (!text.isEmpty())
            row.elements[i] = text;
    }
    const QString baseline = cell(record, m_binding.baseline);
    const ParsedNumber parsed = NumberText::parse(baseline);
    if (parsed.isNumber())
        row.baseline = parsed.value;
    else if (parsed.isMissing())
        warn(record.line, m_binding.baseline, baseline,
             QStringLiteral("the baseline is not a number: not stored"),
             QStringLiteral("baseline not a number"));
    const QString baselineYear = NumberText::trimmed(cell(record, m_binding.baselineYear));
    if (!baselineYear.isEmpty()) {
        if (const auto year = FiscalYear::parse(baselineYear))
            row.baselineYear = year->endYear();
        else
            warn(record.line, m_binding.baselineYear, baselineYear,
                 QStringLiteral("not a fiscal year: not stored"), QStringLiteral("not a fiscal year"));
    }
}

void CsvRowReader::readCycles(const CsvRecord& record, ImportedRow& row)
{
    if (m_mapping.cycle > 0) {
        row.cycles.push_back(m_mapping.cycle);
        return;
    }
    const QString text = NumberText::trimmed(cell(record, m_binding.cycleColumn));
    // "FY13", "2013", or several: "FY26 FY27".
    static const QRegularExpression year(QStringLiteral("(?i)fy ?\\d{2}(?:\\d{2})?|\\b\\d{4}\\b"));
    for (auto it = year.globalMatch(text); it.hasNext();)
        if (const auto fy = FiscalYear::parse(it.next().captured(0)))
            if (std::find(row.cycles.begin(), row.cycles.end(), fy->endYear()) == row.cycles.end())
                row.cycles.push_back(fy->endYear());
    if (!text.isEmpty() && row.cycles.empty())
        warn(record.line, m_binding.cycleColumn, text,
             QStringLiteral("not a fiscal year: the plan cycle is not known"),
             QStringLiteral("not a fiscal year"));
    if (row.cycles.empty() && m_defaultCycle > 0)
        row.cycles.push_back(m_defaultCycle);
}

void CsvRowReader::finish()
{
    m_values.finish();
    for (auto it = m_outsideTypes.cbegin(); it != m_outsideTypes.cend(); ++it)
        m_report.add(
            ImportIssue::Kind::Warning, m_sheet, it->second, columnName(m_binding.type), it.key(),
            QStringLiteral("the type \"%1\" is outside the four types of the family of measures: kept as "
                           "written in %2 rows, the first shown")
                .arg(it.key())
                .arg(it->first),
            QStringLiteral("type outside the four"));
    if (m_blankRows > 0)
        m_report.add(ImportIssue::Kind::Skipped, m_sheet, 0, QString(), QString(),
                     QStringLiteral("%1 rows hold only blanks: skipped").arg(m_blankRows),
                     QStringLiteral("blank rows"));
}

} // namespace ys::io
