// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureChartBuilder.h"

#include "ChartText.h"

#include "report/NumberFormat.h"
#include "rules/AnnualActualRule.h"
#include "rules/RuleText.h"
#include "rules/ValueLookup.h"
#include "storage/PlanSnapshot.h"

#include <algorithm>
#include <cmath>

namespace ys::charts {
namespace {

constexpr std::array<Period, 4> Quarters{Period::Q1, Period::Q2, Period::Q3, Period::Q4};

std::optional<double> numberOf(const Figure& figure)
{
    return rules::finiteOrNone(figure.number);
}

// A point read from one figure: its number, or a recorded reason, or (for now) a plain gap.
ChartPoint pointOf(int slot, const Value* value, bool target)
{
    ChartPoint point;
    point.slot = slot;
    if (!value) {
        point.gap = GapKind::Missing;
        return point;
    }
    const Figure& figure = target ? value->target : value->actual;
    point.note = figure.note;
    point.raw = figure.raw;
    point.value = numberOf(figure);
    if (point.value)
        return point;
    if (!figure.missingReason.trimmed().isEmpty()) {
        point.gap = GapKind::Recorded;
        point.reason = figure.missingReason.trimmed();
    } else if (!figure.raw.trimmed().isEmpty()) {
        point.gap = GapKind::Recorded; // a text that is not a number is its own reason
        point.reason = figure.raw.trimmed();
    } else {
        point.gap = GapKind::Missing;
    }
    return point;
}

// Plain gaps before the first or after the last number are outside the series (not drawn); those
// between numbers are missing values. Each gets its reason in words.
void settleGaps(ChartSeries& series)
{
    int first = -1, last = -1;
    for (const ChartPoint& p : series.points)
        if (p.value) {
            if (first < 0)
                first = p.slot;
            last = p.slot;
        }
    const bool target = series.kind == SeriesKind::Target;
    for (ChartPoint& p : series.points) {
        if (p.gap != GapKind::Missing)
            continue;
        const bool after = first < 0 || p.slot > last;
        const bool before = first >= 0 && p.slot < first;
        if (after || before)
            p.gap = GapKind::Outside;
        if (target)
            p.reason = after ? ChartText::tr("No target set yet") : ChartText::tr("No target set");
        else if (after)
            p.reason = ChartText::tr("Not reported yet");
        else
            p.reason = ChartText::tr("No actual entered");
    }
}

void collect(const ChartPanel& panel, std::vector<double>& numbers)
{
    for (const ChartSeries& series : panel.series)
        for (const ChartPoint& p : series.points)
            if (p.value)
                numbers.push_back(*p.value);
    if (panel.reference)
        numbers.push_back(panel.reference->value);
}

bool hasAnyQuarter(const std::vector<Value>& values, int year)
{
    for (Period q : Quarters)
        if (const Value* v = rules::findValue(values, year, q); v && !v->isEmpty())
            return true;
    return false;
}

ChartPanel yearsPanel(const Measure& measure, const std::vector<Value>& values, int first, int last,
                      double defaultTolerance)
{
    ChartPanel panel;
    panel.title = ChartText::tr("Fiscal years");
    ChartSeries actual{SeriesKind::Actual, ChartText::seriesName(int(SeriesKind::Actual)), {}};
    ChartSeries target{SeriesKind::Target, ChartText::seriesName(int(SeriesKind::Target)), {}};
    for (int year = first; year <= last; ++year) {
        const int slot = year - first;
        panel.categories << ChartText::yearLabel(year);
        panel.fiscalYears.push_back(year);
        const Value* annual = rules::findValue(values, year, Period::Annual);
        target.points.push_back(pointOf(slot, annual, true));

        ChartPoint point = pointOf(slot, annual, false);
        const rules::AnnualActual effective = rules::annualActual(measure.interval, values, year);
        if (!point.value && effective.value) {
            if (effective.fullYear()) {
                point.value = effective.value;
                point.derived = true;
                point.gap = GapKind::None;
                point.reason.clear();
            } else if (point.gap != GapKind::Recorded) {
                point.gap = GapKind::Partial;
                point.reason = ChartText::tr("Only part of the year is reported so far (%1 of 4 quarters)")
                                   .arg(effective.quartersReported);
            }
        }
        if (point.value && target.points.back().value)
            point.status = rules::measureStatus(measure, values, year, defaultTolerance).status;
        actual.points.push_back(point);
    }
    settleGaps(actual);
    settleGaps(target);
    panel.series.push_back(std::move(actual));
    panel.series.push_back(std::move(target));
    return panel;
}

ChartPanel quartersPanel(const Measure& measure, const std::vector<Value>& values, int year, double tolerance)
{
    ChartPanel panel;
    panel.title = ChartText::tr("%1 by quarter").arg(ChartText::yearLabel(year));
    ChartSeries actual{SeriesKind::Actual, ChartText::seriesName(int(SeriesKind::Actual)), {}};
    ChartSeries target{SeriesKind::Target, ChartText::seriesName(int(SeriesKind::Target)), {}};
    bool anyTarget = false;
    for (int q = 0; q < 4; ++q) {
        panel.categories << label(Quarters[size_t(q)]);
        panel.fiscalYears.push_back(year);
        const Value* value = rules::findValue(values, year, Quarters[size_t(q)]);
        ChartPoint t = pointOf(q, value, true);
        ChartPoint a = pointOf(q, value, false);
        anyTarget = anyTarget || t.value || t.gap == GapKind::Recorded;
        if (a.value && t.value)
            a.status = rules::targetStatus(measure.direction, t.value, a.value, tolerance);
        actual.points.push_back(a);
        target.points.push_back(t);
    }
    settleGaps(actual);
    settleGaps(target);

    const Value* annual = rules::findValue(values, year, Period::Annual);
    const std::optional<double> annualTarget = annual ? numberOf(annual->target) : std::nullopt;
    if (measure.interval == Interval::Cumulative) {
        ChartSeries ytd{SeriesKind::YearToDate, ChartText::seriesName(int(SeriesKind::YearToDate)), {}};
        double sum = 0;
        bool complete = true;
        for (const ChartPoint& a : actual.points) {
            ChartPoint p;
            p.slot = a.slot;
            complete = complete && a.value.has_value();
            if (complete) {
                sum += *a.value;
                p.value = sum;
            } else {
                p.gap = a.isGap() ? a.gap : GapKind::Missing;
                p.reason = a.isGap() ? a.reason : ChartText::tr("An earlier quarter is missing");
            }
            ytd.points.push_back(p);
        }
        panel.series.push_back(std::move(actual));
        panel.series.push_back(std::move(ytd));
    } else {
        panel.series.push_back(std::move(actual));
    }
    if (anyTarget)
        panel.series.push_back(std::move(target));
    const bool comparable = measure.interval == Interval::Cumulative || measure.interval == Interval::Snapshot ||
                            measure.interval == Interval::Period;
    if (annualTarget && comparable)
        panel.reference = ReferenceLine{*annualTarget, ChartText::tr("%1 target %2")
                                                           .arg(ChartText::yearLabel(year),
                                                                report::NumberFormat::format(*annualTarget, measure.unit))};
    return panel;
}

} // namespace

MeasureChart MeasureChartBuilder::build(const Measure& measure, const std::vector<Value>& values, const Options& options)
{
    MeasureChart chart;
    chart.measureId = measure.id;
    chart.title = measure.title;
    chart.unit = measure.unit;
    chart.unitLabel = ChartText::unitLabel(measure.unit);
    chart.direction = measure.direction;
    chart.interval = measure.interval;
    const double tolerance = rules::effectiveTolerance(measure, options.defaultTolerance);
    chart.directionArrow = ChartText::directionArrow(measure.direction);
    chart.directionLabel = ChartText::directionLabel(measure.direction, tolerance);
    chart.status = rules::measureStatus(measure, values, std::nullopt, options.defaultTolerance);
    chart.statusCaption = ChartText::statusCaption(chart.status, measure.unit);

    int first = 0, lastValue = 0;
    for (const Value& v : values) {
        if (v.isEmpty() || v.fiscalYear <= 0)
            continue;
        first = first == 0 ? v.fiscalYear : std::min(first, v.fiscalYear);
        lastValue = std::max(lastValue, v.fiscalYear);
    }
    if (first == 0)
        return chart; // no values: nothing to draw
    const int last = std::max(lastValue, options.planCycle);
    first = std::max(first, last - std::max(1, options.maxYears) + 1);

    chart.years = yearsPanel(measure, values, first, last, options.defaultTolerance);
    for (int year = last; year >= first; --year)
        if (hasAnyQuarter(values, year)) {
            chart.quarterYear = year;
            chart.quarters = quartersPanel(measure, values, year, tolerance);
            break;
        }

    std::vector<double> numbers;
    collect(chart.years, numbers);
    chart.years.axis = AxisScale::of(numbers, measure.unit);
    if (!chart.quarters.isEmpty()) {
        numbers.clear();
        collect(chart.quarters, numbers);
        chart.quarters.axis = AxisScale::of(numbers, measure.unit);
    }
    return chart;
}

MeasureChart MeasureChartBuilder::build(const storage::PlanSnapshot& snapshot, RowId measureId)
{
    const Measure* measure = snapshot.measure(measureId);
    if (!measure)
        return {};
    Options options;
    options.planCycle = snapshot.latestCycleOf(measureId);
    if (options.planCycle == 0)
        for (const Plan& plan : snapshot.plans)
            options.planCycle = std::max(options.planCycle, plan.cycle);
    options.defaultTolerance = snapshot.defaultTolerance;
    return build(*measure, snapshot.valuesOf(measureId), options);
}

// ChartSeries and ChartPanel helpers.

std::vector<std::pair<int, int>> ChartSeries::runs() const
{
    std::vector<std::pair<int, int>> out;
    int start = -1;
    for (size_t i = 0; i <= points.size(); ++i) {
        const bool number = i < points.size() && points[i].value.has_value();
        if (number && start < 0)
            start = int(i);
        if (!number && start >= 0) {
            out.emplace_back(points[size_t(start)].slot, points[i - 1].slot);
            start = -1;
        }
    }
    return out;
}

int ChartSeries::numbers() const
{
    return int(std::count_if(points.begin(), points.end(), [](const ChartPoint& p) { return p.value.has_value(); }));
}

const ChartPoint* ChartSeries::at(int slot) const
{
    for (const ChartPoint& p : points)
        if (p.slot == slot)
            return &p;
    return nullptr;
}

const ChartSeries* ChartPanel::find(SeriesKind kind) const
{
    for (const ChartSeries& s : series)
        if (s.kind == kind)
            return &s;
    return nullptr;
}

int ChartPanel::slotOf(int fiscalYear) const
{
    for (size_t i = 0; i < fiscalYears.size(); ++i)
        if (fiscalYears[i] == fiscalYear)
            return int(i);
    return -1;
}

} // namespace ys::charts
