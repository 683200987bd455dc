// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueCellText.h"

#include "FigureText.h"
#include "domain/FiscalYear.h"
#include "report/NumberFormat.h"
#include "report/StatusStyle.h"

#include <QLocale>

namespace ys::ui {
namespace {

QString quoted(const QString& text)
{
    return QStringLiteral("“%1”").arg(text);
}

QString percentOf(double fraction)
{
    return report::NumberFormat::format(fraction * 100.0, Unit::Percent);
}

} // namespace

QString ValueCellText::actual(const ValueRowState& row, const Measure& measure)
{
    const Unit unit = measure.unit;
    if (row.derived()) {
        QString quarters;
        int last = 0;
        for (int i = 0; i < 4; ++i)
            if (row.quarterReported[static_cast<std::size_t>(i)])
                last = i + 1;
        // A snapshot is the latest quarter itself; a sum or a mean covers the quarters reported.
        if (row.actual.quartersReported == 1 || measure.interval == Interval::Snapshot)
            quarters = QStringLiteral("Q%1").arg(last);
        else if (row.actual.quartersReported == last)
            quarters = QStringLiteral("Q1–Q%1").arg(last);
        else
            quarters = tr("%1 quarters").arg(row.actual.quartersReported);
        return QStringLiteral("≈ %1 (%2)")
            .arg(report::NumberFormat::format(*row.actual.value, unit), quarters);
    }
    const QString text = FigureText::display(row.value.actual, unit);
    return row.annual && row.actual.mismatch ? text + QStringLiteral(" ⚠") : text;
}

QString ValueCellText::status(const ValueRowState& row)
{
    if (!row.status)
        return {};
    return report::StatusStyle::of(*row.status).labelled();
}

QString ValueCellText::noteLine(const QString& note)
{
    QString line = note.trimmed();
    line.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    line.replace(QLatin1Char('\n'), QStringLiteral(" ↵ "));
    return line;
}

QStringList ValueCellText::figureLines(const Figure& figure, Unit unit)
{
    const bool imported = figure.origin == Origin::Import;
    if (figure.number) {
        const QString read = report::NumberFormat::format(*figure.number, unit);
        if (figure.raw.isEmpty())
            return {imported ? tr("Imported: %1.").arg(read) : tr("Entered in Yardstick: %1.").arg(read)};
        return {imported ? tr("Imported as %1, read as %2.").arg(quoted(figure.raw), read)
                         : tr("Typed in Yardstick as %1, read as %2.").arg(quoted(figure.raw), read)};
    }
    if (!figure.missingReason.isEmpty()) {
        QStringList lines{tr("No number: %1.").arg(quoted(figure.missingReason))};
        if (imported)
            lines << tr("Imported as %1.")
                         .arg(quoted(figure.raw.isEmpty() ? figure.missingReason : figure.raw));
        else
            lines << tr("Typed in Yardstick.");
        return lines;
    }
    return {tr("Empty. Type a number, or the reason there is none (for example “N/A”).")};
}

QString ValueCellText::figureTip(const Figure& figure, Unit unit)
{
    return richText(figureLines(figure, unit));
}

QString ValueCellText::quartersUsed(const ValueRowState& row, Interval interval)
{
    QStringList names;
    for (int i = 0; i < 4; ++i)
        if (row.quarterReported[static_cast<std::size_t>(i)])
            names << QStringLiteral("Q%1").arg(i + 1);
    const QString list = QLocale(QLocale::English).createSeparatedList(names);
    switch (interval) {
    case Interval::Cumulative:
        return tr("the sum of %1").arg(list);
    case Interval::Snapshot:
        return tr("the latest reported quarter, %1").arg(names.value(names.size() - 1));
    case Interval::Period:
        return tr("the mean of %1").arg(list);
    case Interval::Unspecified:
        break;
    }
    return list;
}

QString ValueCellText::actualTip(const ValueRowState& row, const Measure& measure)
{
    if (!row.annual)
        return figureTip(row.value.actual, measure.unit);
    QStringList lines;
    if (row.derived()) {
        lines << tr("Derived from the quarters, not stored in the file: %1 is %2.")
                     .arg(report::NumberFormat::format(*row.actual.value, measure.unit),
                          quartersUsed(row, measure.interval));
        if (!row.actual.quartersComplete)
            lines << tr("Year to date: not every quarter of the year is reported yet.");
        if (!row.value.actual.missingReason.isEmpty())
            lines << tr("No annual actual entered: %1.").arg(quoted(row.value.actual.missingReason));
        lines << tr("An annual actual typed here replaces it.");
        return richText(lines);
    }
    lines = figureLines(row.value.actual, measure.unit);
    if (row.actual.mismatch && row.actual.fromQuarters)
        lines.prepend(tr("⚠ The quarters give %1 (%2), the entered annual actual %3. The entered value "
                         "stands; check which is right.")
                          .arg(report::NumberFormat::format(*row.actual.fromQuarters, measure.unit),
                               quartersUsed(row, measure.interval),
                               report::NumberFormat::format(*row.actual.entered, measure.unit)));
    return richText(lines);
}

QString ValueCellText::statusTip(const ValueRowState& row, const Measure& measure, double tolerance)
{
    if (!row.status)
        return {};
    const QString year = FiscalYear(row.value.fiscalYear).label();
    const QString when = row.annual ? year : year + QLatin1Char(' ') + label(row.value.period);
    QStringList lines{QStringLiteral("%1: %2").arg(when, status(row))};
    const std::optional<double> target = row.annual ? row.yearStatus.target : row.value.target.number;
    const std::optional<double> actual = row.annual ? row.actual.value : row.value.actual.number;
    if (target && actual)
        lines << tr("Actual %1 against target %2; %3.")
                     .arg(report::NumberFormat::format(*actual, measure.unit),
                          report::NumberFormat::format(*target, measure.unit),
                          direction(measure.direction, tolerance));
    if (row.derived())
        lines << tr("The actual is derived from the quarters.");
    if (row.partialYear && !row.yearStatus.overridden)
        lines << tr("The actual so far covers part of the year; a status is judged when the year is complete "
                    "or an annual actual is entered.");
    else if (*row.status == TargetStatus::NoData && !row.yearStatus.overridden)
        lines << (measure.direction == Direction::NotApplicable || measure.direction == Direction::Unspecified
                      ? tr("The measure has no desired direction, so no result is good or bad.")
                      : tr("A status needs both a target and an actual."));
    if (row.annual && row.yearStatus.overridden)
        lines << tr("Set by hand: %1. The numbers say: %2.")
                     .arg(quoted(row.yearStatus.overrideNote),
                          report::StatusStyle::of(row.yearStatus.computed).labelled());
    if (row.annual && row.yearStatus.overrideIgnored)
        lines << tr("A status set by hand is ignored because it has no note.");
    if (row.statusYear)
        lines << tr("%1 is the status year: the latest year with a target and a full-year actual.").arg(year);
    return richText(lines);
}

QString ValueCellText::noteTip(const QString& note)
{
    return note.trimmed().isEmpty() ? QString() : richText({note.trimmed()});
}

QString ValueCellText::direction(Direction direction, double tolerance)
{
    switch (direction) {
    case Direction::Increase:
        return tr("higher is better");
    case Direction::Decrease:
        return tr("lower is better");
    case Direction::Maintain:
        return tr("within %1 of the target").arg(percentOf(tolerance));
    case Direction::NotApplicable:
        return tr("no desired direction");
    case Direction::Unspecified:
        break;
    }
    return tr("direction not set");
}

QString ValueCellText::interval(Interval interval)
{
    switch (interval) {
    case Interval::Cumulative:
        return tr("annual = sum of the quarters");
    case Interval::Snapshot:
        return tr("annual = latest quarter");
    case Interval::Period:
        return tr("annual = mean of the quarters");
    case Interval::Unspecified:
        break;
    }
    return tr("annual not derived from quarters");
}

QString ValueCellText::richText(const QStringList& lines)
{
    if (lines.isEmpty())
        return {};
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
        .arg(lines.join(QStringLiteral("\n")).toHtmlEscaped());
}

} // namespace ys::ui
