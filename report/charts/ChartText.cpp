// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartText.h"

#include "MeasureChart.h"

#include "domain/FiscalYear.h"
#include "report/NumberFormat.h"
#include "report/StatusStyle.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace ys::charts {

QString ChartText::tr(const char* text)
{
    return QCoreApplication::translate("ys::charts::ChartText", text);
}

QString ChartText::directionArrow(Direction direction)
{
    switch (direction) {
    case Direction::Increase: return QStringLiteral("↑");
    case Direction::Decrease: return QStringLiteral("↓");
    case Direction::Maintain: return QStringLiteral("↔");
    case Direction::NotApplicable:
    case Direction::Unspecified: break;
    }
    return {};
}

QString ChartText::directionLabel(Direction direction, double tolerance)
{
    switch (direction) {
    case Direction::Increase: return tr("Higher is better");
    case Direction::Decrease: return tr("Lower is better");
    case Direction::Maintain:
        return tr("Best within ±%1 % of the target").arg(QLocale(QLocale::English).toString(tolerance * 100, 'g', 3));
    case Direction::NotApplicable: return tr("No better direction");
    case Direction::Unspecified: break;
    }
    return tr("Desired direction not set");
}

QString ChartText::unitLabel(Unit unit)
{
    return report::NumberFormat::unitSuffix(unit);
}

QString ChartText::yearLabel(int fiscalYear)
{
    return FiscalYear(fiscalYear).label();
}

QString ChartText::seriesName(int kind)
{
    switch (static_cast<SeriesKind>(kind)) {
    case SeriesKind::Actual: return tr("Actual");
    case SeriesKind::Target: return tr("Target");
    case SeriesKind::YearToDate: return tr("Year to date");
    }
    return {};
}

QString ChartText::statusCaption(const rules::MeasureYearStatus& status, Unit unit)
{
    if (status.fiscalYear == 0)
        return tr("No status: no year has both a target and an actual");
    const report::StatusStyle style = report::StatusStyle::of(status.status);
    QString text = tr("%1: %2").arg(yearLabel(status.fiscalYear), style.labelled());
    if (status.actual && status.target)
        text += QLatin1Char(' ') + tr("(actual %1%2, target %3)")
                                       .arg(report::NumberFormat::format(*status.actual, unit),
                                            status.actualDerived ? tr(" derived") : QString(),
                                            report::NumberFormat::format(*status.target, unit));
    if (status.overridden)
        text += QLatin1Char(' ') + tr("(set by hand)");
    return text;
}

QString ChartText::describe(const ChartSeries& series, const ChartPoint& point, const QString& category, Unit unit)
{
    QString text = tr("%1 %2: ").arg(category, seriesName(int(series.kind)).toLower());
    if (point.value) {
        text += report::NumberFormat::format(*point.value, unit);
        if (point.derived)
            text += QLatin1Char(' ') + tr("(derived from the quarters)");
        else if (!point.raw.isEmpty() && point.raw != report::NumberFormat::plain(*point.value, unit))
            text += QLatin1Char(' ') + tr("(written \"%1\")").arg(point.raw);
        if (point.status)
            text += QStringLiteral(" — ") + report::StatusStyle::of(*point.status).labelled();
    } else {
        text += tr("no number") + QStringLiteral(" — ") + point.reason;
    }
    if (!point.note.trimmed().isEmpty())
        text += QLatin1Char('\n') + point.note.trimmed();
    return text;
}

QString ChartText::gapMark(const ChartPoint& point)
{
    switch (point.gap) {
    case GapKind::Recorded: {
        const QString reason = point.raw.trimmed().isEmpty() ? point.reason.trimmed() : point.raw.trimmed();
        return reason.size() <= 8 ? reason : tr("No value");
    }
    case GapKind::Partial: return tr("Part");
    case GapKind::Missing: return tr("None");
    case GapKind::None:
    case GapKind::Outside: break;
    }
    return {};
}

} // namespace ys::charts
