// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvValueReader.h"

#include "domain/FiscalYear.h"
#include "values/NumberText.h"
#include "values/PercentScale.h"

#include <QLocale>

#include <algorithm>

namespace ys::io {

struct CsvValueReader::PendingNumber
{
    size_t valueIndex = 0;
    bool target = true;
    int column = -1;
    ParsedNumber parsed;
};

namespace {

ImportedFigure& sideOf(ImportedValue& value, bool target)
{
    return target ? value.target : value.actual;
}

QString numberText(double v)
{
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

} // namespace

CsvValueReader::CsvValueReader(const CsvMapping& mapping, const CsvBinding& binding, ImportReport& report,
                               const QString& sheet)
    : m_mapping(mapping), m_binding(binding), m_report(report), m_sheet(sheet),
      m_ruleCounts(binding.rules.size(), 0)
{
}

QString CsvValueReader::cell(const CsvRecord& record, int column) const
{
    return m_binding.cell(record, column);
}

void CsvValueReader::warn(int line, int column, const QString& raw, const QString& reason,
                          const QString& topic)
{
    m_report.add(ImportIssue::Kind::Warning, m_sheet, line, m_binding.columnName(column), raw, reason, topic);
}

void CsvValueReader::read(const CsvRecord& record, ImportedRow& row)
{
    std::vector<PendingNumber> pending;
    readValues(record, row, pending);
    applyRules(record, row, pending);
    scalePercent(row, pending);
}

void CsvValueReader::readValues(const CsvRecord& record, ImportedRow& row,
                                std::vector<PendingNumber>& pending)
{
    for (const BoundBlock& block : m_binding.blocks) {
        int year = block.fiscalYear;
        const QString yearText = NumberText::trimmed(cell(record, block.yearColumn));
        if (block.yearColumn >= 0) {
            const auto fy = FiscalYear::parse(yearText);
            year = fy ? fy->endYear() : 0;
        }
        for (int p = 0; p < 5; ++p) {
            const BoundPeriod& period = block.periods[p];
            if (!period.target.any() && !period.actual.any())
                continue;
            ImportedValue value;
            value.fiscalYear = year;
            value.period = static_cast<Period>(p);
            const size_t index = row.values.size();
            value.target = readFigure(record, period.target, pending, true, index);
            value.actual = readFigure(record, period.actual, pending, false, index);
            if (!value.target.present() && !value.actual.present())
                continue;
            if (year == 0) {
                warn(record.line, block.yearColumn, yearText,
                     QStringLiteral("not a fiscal year: the row's values are not stored"),
                     QStringLiteral("not a fiscal year"));
                pending.erase(
                    std::remove_if(pending.begin(), pending.end(),
                                   [index](const PendingNumber& n) { return n.valueIndex == index; }),
                    pending.end());
                break;
            }
            row.values.push_back(value);
        }
    }
}

ImportedFigure CsvValueReader::readFigure(const CsvRecord& record, const BoundSide& side,
                                          std::vector<PendingNumber>& pending, bool target, size_t valueIndex)
{
    ImportedFigure figure;
    figure.column = m_binding.columnName(side.value >= 0 ? side.value : side.missing);
    const QString raw = cell(record, side.value);
    const QString missing = NumberText::trimmed(cell(record, side.missing));
    const ParsedNumber parsed = NumberText::parse(raw);
    for (const QString& warning : parsed.warnings)
        warn(record.line, side.value, raw, warning, QStringLiteral("number read past other text"));
    if (!parsed.isEmpty())
        ++m_report.valueCells;
    if (parsed.isNumber())
        ++m_report.valueCellsAsNumbers;
    if (parsed.isNumber()) {
        figure.hasReading = true;
        figure.number = parsed.value;
        figure.raw = raw;
        pending.push_back(PendingNumber{valueIndex, target, side.value, parsed});
        if (!missing.isEmpty())
            warn(record.line, side.missing, missing,
                 QStringLiteral("a reason for a missing value beside the number "
                                "%1: the number is kept")
                     .arg(numberText(parsed.value)),
                 QStringLiteral("missing reason beside a number"));
    } else if (parsed.isMissing()) {
        figure.hasReading = true;
        figure.raw = raw;
        figure.missingReason = missing.isEmpty() ? parsed.missingReason : missing;
        warn(record.line, side.value, raw,
             QStringLiteral("not a number: stored as a missing value with the reason "
                            "\"%1\"")
                 .arg(figure.missingReason),
             QStringLiteral("text in a number cell"));
    } else if (!missing.isEmpty()) {
        figure.hasReading = true;
        figure.raw = missing;
        figure.missingReason = missing;
    }
    const QString note = NumberText::trimmed(cell(record, side.note));
    if (!note.isEmpty()) {
        figure.hasNote = true;
        figure.note = note;
    }
    return figure;
}

void CsvValueReader::applyRules(const CsvRecord& record, ImportedRow& row,
                                std::vector<PendingNumber>& pending)
{
    for (size_t r = 0; r < m_binding.rules.size(); ++r) {
        const CsvRule& rule = *m_binding.rules[r].rule;
        const QString text = CsvMapping::fold(cell(record, m_binding.rules[r].column));
        const bool matches = std::any_of(rule.equals.cbegin(), rule.equals.cend(),
                                         [&text](const QString& e) { return CsvMapping::fold(e) == text; });
        if (!matches)
            continue;
        for (auto it = pending.begin(); it != pending.end();) {
            ImportedFigure& figure = sideOf(row.values[it->valueIndex], it->target);
            if (it->target != rule.target || (rule.ifValue && *figure.number != *rule.ifValue)) {
                ++it;
                continue;
            }
            figure.number.reset();
            figure.missingReason = rule.missingReason;
            ++m_ruleCounts[r];
            it = pending.erase(it);
        }
    }
}

void CsvValueReader::scalePercent(ImportedRow& row, std::vector<PendingNumber>& pending)
{
    if (row.unit != Unit::Percent) {
        for (const PendingNumber& n : pending)
            if (n.parsed.percentSign)
                warn(row.line, n.column, n.parsed.raw,
                     QStringLiteral("written as a percent on a measure whose unit is not percent: kept as %1")
                         .arg(numberText(n.parsed.value)),
                     QStringLiteral("percent sign on a measure that is not a percent"));
        return;
    }
    if (m_mapping.percentScale == CsvMapping::PercentScale::Points)
        return;
    if (m_mapping.percentScale == CsvMapping::PercentScale::Fraction) {
        for (const PendingNumber& n : pending)
            if (!n.parsed.percentSign)
                sideOf(row.values[n.valueIndex], n.target).number =
                    PercentScale::fractionToPoints(n.parsed.value);
        return;
    }
    // Auto: the row's values are one measure's evidence for the scale of each of them.
    std::vector<ParsedNumber> numbers;
    for (const PendingNumber& n : pending)
        numbers.push_back(n.parsed);
    const PercentScaleResult scaled = PercentScale::toPoints(numbers);
    for (size_t i = 0; i < pending.size(); ++i) {
        const PendingNumber& n = pending[i];
        if (scaled.values[i].points)
            sideOf(row.values[n.valueIndex], n.target).number = *scaled.values[i].points;
        for (const QString& warning : scaled.values[i].warnings)
            warn(row.line, n.column, n.parsed.raw, warning, QStringLiteral("percent scale"));
    }
}

void CsvValueReader::finish()
{
    for (size_t r = 0; r < m_binding.rules.size(); ++r) {
        const CsvRule& rule = *m_binding.rules[r].rule;
        if (m_ruleCounts[r] > 0)
            m_report.add(ImportIssue::Kind::Warning, m_sheet, 0, rule.column,
                         rule.equals.join(QStringLiteral(" / ")),
                         QStringLiteral("%1: %2 %3s stored as missing with the reason \"%4\"")
                             .arg(rule.key)
                             .arg(m_ruleCounts[r])
                             .arg(rule.target ? QStringLiteral("target") : QStringLiteral("actual"),
                                  rule.missingReason),
                         QStringLiteral("mapping rule applied"));
    }
}

} // namespace ys::io
