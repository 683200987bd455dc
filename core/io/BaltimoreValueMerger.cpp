// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaltimoreValueMerger.h"

#include "domain/FiscalYear.h"
#include "values/PercentScale.h"

#include <QLocale>

#include <cmath>
#include <map>
#include <tuple>

namespace ys::io {

struct BaltimoreValueMerger::Reading
{
    const BaltimoreRecord* record = nullptr;
    const BaltimoreCell* cell = nullptr;
    std::optional<double> number; // in the measure's unit, percent in points
};

namespace {

using Kind = ImportIssue::Kind;
using Slot = BaltimoreSlot;

QString shortest(double v)
{
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

int decimalsOf(double v)
{
    const QString text = shortest(v);
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    return point < 0 ? 0 : int(text.size() - point - 1);
}

bool same(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

double roundTo(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

// How a reading is named in a message: "71.25", or "\"0.75\" (75)" when the text reads differently.
QString shown(const std::optional<double>& number, const ParsedNumber& parsed)
{
    const QString raw = NumberText::trimmed(parsed.raw);
    if (!number)
        return QStringLiteral("\"%1\"").arg(parsed.missingReason);
    const QString value = shortest(*number);
    return raw == value ? value : QStringLiteral("\"%1\" (%2)").arg(raw, value);
}

QString rowName(const BaltimoreRecord& r)
{
    return QStringLiteral("the %1 row (row %2)").arg(FiscalYear(r.cycle).label()).arg(r.row);
}

QString appended(const QString& note, const QString& more)
{
    return note.isEmpty() ? more : note + QStringLiteral("\n\n") + more;
}

} // namespace

BaltimoreValueMerger::BaltimoreValueMerger(const QString& sheet, const BaltimoreColumns& columns, ImportReport& report)
    : m_sheet(sheet), m_columns(columns), m_report(report)
{
}

void BaltimoreValueMerger::report(Kind kind, const Reading& at, const QString& reason, const QString& topic)
{
    m_report.add(kind, m_sheet, at.record->row, m_columns.header(at.cell->column), at.cell->number.raw, reason, topic);
}

void BaltimoreValueMerger::readNumbers(std::vector<Reading>& readings, Unit unit)
{
    if (unit == Unit::Percent) {
        std::vector<ParsedNumber> numbers;
        numbers.reserve(readings.size());
        for (const Reading& r : readings)
            numbers.push_back(r.cell->number);
        const PercentScaleResult scaled = PercentScale::toPoints(numbers);
        for (size_t i = 0; i < readings.size(); ++i) {
            readings[i].number = scaled.values[i].points;
            for (const QString& warning : scaled.values[i].warnings)
                report(Kind::Warning, readings[i], QStringLiteral("%1: %2").arg(readings[i].cell->header.describe(), warning),
                       warning.startsWith(QLatin1String("ambiguous")) ? QStringLiteral("ambiguous percent")
                                                                      : QStringLiteral("fraction beside percent points"));
        }
        return;
    }
    for (Reading& r : readings) {
        const ParsedNumber& n = r.cell->number;
        if (!n.isNumber())
            continue;
        r.number = n.value;
        if (n.percentSign)
            report(Kind::Warning, r,
                   QStringLiteral("%1: written as a percent on a %2 measure: read as %3")
                       .arg(r.cell->header.describe(), label(unit).toLower(), shortest(n.value)),
                   QStringLiteral("percent sign on a measure that is not a percent"));
        else if (n.currency && unit != Unit::Currency)
            report(Kind::Warning, r,
                   QStringLiteral("%1: written as money on a %2 measure: read as %3")
                       .arg(r.cell->header.describe(), label(unit).toLower(), shortest(n.value)),
                   QStringLiteral("currency sign on a measure that is not currency"));
    }
}

auto BaltimoreValueMerger::mergeSlot(const std::vector<const Reading*>& slot) -> const Reading*
{
    const Reading* kept = nullptr;
    for (const Reading* r : slot) {
        if (!kept) {
            kept = r;
            continue;
        }
        // Built only when there is something to report: most slots agree.
        const auto versus = [&] {
            return QStringLiteral("%1: %2 says %3, %4 says %5")
                .arg(r->cell->header.describe(), rowName(*r->record), shown(r->number, r->cell->number),
                     rowName(*kept->record), shown(kept->number, kept->cell->number));
        };
        if (r->number && kept->number) {
            const double a = *kept->number;
            const double b = *r->number;
            if (same(a, b)) {
                kept = r; // the same number, written the same or differently: the later text
                continue;
            }
            const int da = decimalsOf(a);
            const int db = decimalsOf(b);
            if ((da < db && same(roundTo(b, da), a)) || (db < da && same(roundTo(a, db), b))) {
                const Reading* precise = da > db ? kept : r;
                report(Kind::Rounding, *r,
                       QStringLiteral("%1: they differ only by rounding; the more precise %2 is kept")
                           .arg(versus(), shortest(*precise->number)),
                       QStringLiteral("rounding difference between plan cycles"));
                kept = precise;
                continue;
            }
            report(Kind::Conflict, *r,
                   QStringLiteral("%1: the later plan cycle's %2 is kept").arg(versus(), shortest(b)),
                   QStringLiteral("values differ between plan cycles"));
            kept = r;
        } else if (kept->number) {
            report(Kind::Conflict, *r, QStringLiteral("%1: the number %2 is kept").arg(versus(), shortest(*kept->number)),
                   QStringLiteral("a number in one plan cycle, text in the other"));
        } else if (r->number) {
            report(Kind::Conflict, *r, QStringLiteral("%1: the number %2 is kept").arg(versus(), shortest(*r->number)),
                   QStringLiteral("a number in one plan cycle, text in the other"));
            kept = r;
        } else {
            kept = r; // two reasons: the later one
        }
    }
    return kept;
}

std::vector<Value> BaltimoreValueMerger::merge(const std::vector<const BaltimoreRecord*>& rows, Unit unit,
                                               BaltimoreFigureSources* sources)
{
    std::vector<Reading> readings;
    for (const BaltimoreRecord* record : rows)
        for (const BaltimoreCell& cell : record->cells)
            readings.push_back({record, &cell, std::nullopt});
    readNumbers(readings, unit);

    std::map<Slot, std::vector<const Reading*>> bySlot;
    for (const Reading& r : readings)
        bySlot[{r.cell->header.fiscalYear, r.cell->header.period, r.cell->header.isTarget()}].push_back(&r);

    // Notes, row by row (a row's notes for one slot are joined), then the later row's non-blank note wins.
    std::map<Slot, QString> notes;
    for (const BaltimoreRecord* record : rows) {
        std::map<Slot, QString> own;
        for (const BaltimoreNote& note : record->notes) {
            const BaltimoreHeader& h = note.header;
            if (h.kind != BaltimoreHeader::Kind::QuarterlyContext) {
                own[{h.fiscalYear, h.period, h.isTarget()}] = appended(own[{h.fiscalYear, h.period, h.isTarget()}], note.text);
                continue;
            }
            std::optional<Period> last;
            for (const BaltimoreCell& cell : record->cells)
                if (cell.header.fiscalYear == h.fiscalYear && cell.header.kind == BaltimoreHeader::Kind::Actual &&
                    cell.header.period != Period::Annual && (!last || cell.header.period > *last))
                    last = cell.header.period;
            if (last)
                own[{h.fiscalYear, *last, false}] = appended(own[{h.fiscalYear, *last, false}], note.text);
            else
                own[{h.fiscalYear, Period::Annual, false}] = appended(
                    own[{h.fiscalYear, Period::Annual, false}], QStringLiteral("Quarterly context: ") + note.text);
        }
        for (auto& [slot, text] : own)
            notes[slot] = text;
    }

    std::map<std::pair<int, Period>, Value> values;
    for (const auto& [slot, list] : bySlot) {
        const Reading* kept = mergeSlot(list);
        if (!kept)
            continue;
        Value& value = values[{std::get<0>(slot), std::get<1>(slot)}];
        Figure& figure = std::get<2>(slot) ? value.target : value.actual;
        figure.number = kept->number;
        figure.raw = NumberText::trimmed(kept->cell->number.raw);
        figure.missingReason = kept->number ? QString() : kept->cell->number.missingReason;
        if (sources)
            (*sources)[slot] = {kept->record->row, m_columns.header(kept->cell->column), figure.raw};
    }
    for (const auto& [slot, text] : notes) {
        Value& value = values[{std::get<0>(slot), std::get<1>(slot)}];
        Figure& figure = std::get<2>(slot) ? value.target : value.actual;
        figure.note = text;
        figure.origin = Origin::Import;
    }
    std::vector<Value> out;
    out.reserve(values.size());
    for (auto& [key, value] : values) {
        value.fiscalYear = key.first;
        value.period = key.second;
        value.target.origin = Origin::Import;
        value.actual.origin = Origin::Import;
        out.push_back(std::move(value));
    }
    return out;
}

} // namespace ys::io
