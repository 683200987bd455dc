// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmartChecks.h"

#include "AnnualActualRule.h"
#include "FieldCodes.h"
#include "RuleText.h"
#include "ValueLookup.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ys::rules {
namespace {

using Criterion = SmartFinding::Criterion;

constexpr int MinGoalWords = 6;
constexpr int MaxVagueWords = 3;
constexpr double RealisticReach = 0.5;

const QStringList& quantityWords()
{
    static const QStringList words{
        QStringLiteral("number"),  QStringLiteral("#"),          QStringLiteral("%"),
        QStringLiteral("percent"), QStringLiteral("percentage"), QStringLiteral("rate"),
        QStringLiteral("ratio"),   QStringLiteral("count"),      QStringLiteral("average"),
        QStringLiteral("mean"),    QStringLiteral("median"),     QStringLiteral("total"),
        QStringLiteral("share"),   QStringLiteral("proportion"), QStringLiteral("time"),
        QStringLiteral("days"),    QStringLiteral("hours"),      QStringLiteral("minutes"),
        QStringLiteral("cost"),    QStringLiteral("amount"),     QStringLiteral("score"),
        QStringLiteral("index"),
    };
    return words;
}

// Years and dates a goal statement may name.
const QList<QRegularExpression>& datePatterns()
{
    static const auto options = QRegularExpression::CaseInsensitiveOption;
    static const QList<QRegularExpression> patterns{
        QRegularExpression(QStringLiteral("\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"), options),
        QRegularExpression(QStringLiteral("\\bFY\\s*'?\\d{2,4}\\b"), options),
        QRegularExpression(QStringLiteral("\\bfiscal\\s+year\\s*'?\\d{2,4}\\b"), options),
        QRegularExpression(QStringLiteral("\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|"
                                          "aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?"
                                          "\\s+\\d{1,2}(st|nd|rd|th)?\\b"),
                           options),
        QRegularExpression(QStringLiteral("\\b(19|20)\\d{2}\\b"), options),
    };
    return patterns;
}

const QRegularExpression& amountPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\d|%|\\b(percent|zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       "twenty|thirty|forty|fifty|hundred|thousand|million|half|double|twice|triple)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression& denominatorPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("/|÷|\\bdivided\\s+by\\b|\\bout\\s+of\\b|\\bper\\b|\\bdenominator\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString quoted(const QString& text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text.simplified());
}

struct YearActual
{
    int year = 0;
    double value = 0.0;
};

// The full-year actuals before the plan year, oldest first.
std::vector<YearActual> pastActuals(const Measure& measure, const std::vector<Value>& values, int planYear)
{
    std::vector<YearActual> past;
    for (const int year : fiscalYearsOf(values)) {
        if (year >= planYear)
            break;
        const AnnualActual actual = annualActual(measure.interval, values, year);
        if (actual.value && actual.fullYear())
            past.push_back({year, *actual.value});
    }
    return past;
}

void checkSpecific(const Measure& measure, QList<SmartFinding>& out)
{
    if (isBlank(measure.title))
        out << SmartFinding{Criterion::Specific, field::Title, QStringLiteral("The measure has no title.")};
    else if (isVagueWording(measure.title))
        out << SmartFinding{Criterion::Specific, field::Title,
                            QStringLiteral("The title %1 is a vague verb that does not say what is counted; "
                                           "name the measure itself, e.g. \u201cNumber of ...\u201d or "
                                           "\u201cPercent of ...\u201d.")
                                .arg(quoted(measure.title))};
    if (isBlank(measure.element(Element::Description)))
        out << SmartFinding{Criterion::Specific, code(Element::Description),
                            QStringLiteral("The measure has no description defining what exactly is measured.")};
}

void checkMeasurable(const Measure& measure, QList<SmartFinding>& out)
{
    const QString& formula = measure.element(Element::Formula);
    if (isBlank(formula))
        out << SmartFinding{Criterion::Measurable, code(Element::Formula),
                            QStringLiteral("No formula says how the number is calculated "
                                           "(numerator and denominator).")};
    else if ((measure.unit == Unit::Percent || measure.unit == Unit::Rate) &&
             !denominatorPattern().match(formula).hasMatch())
        out << SmartFinding{Criterion::Measurable, code(Element::Formula),
                            QStringLiteral("The measure is a %1 but its formula names no denominator; "
                                           "write it as numerator / denominator.")
                                .arg(label(measure.unit).toLower())};
    if (isBlank(measure.element(Element::DataSource)))
        out << SmartFinding{Criterion::Measurable, code(Element::DataSource),
                            QStringLiteral("No data source names the exact system or file the number comes from.")};
}

void checkAmbitious(const Measure& measure, int planYear, double target, const std::vector<YearActual>& past,
                    QList<SmartFinding>& out)
{
    if (past.empty())
        return;
    const YearActual& latest = past.back();
    const double eps = 1e-9 * std::max({1.0, std::abs(target), std::abs(latest.value)});
    QString comparison;
    if (measure.direction == Direction::Increase && target < latest.value - eps)
        comparison = QStringLiteral("below");
    else if (measure.direction == Direction::Decrease && target > latest.value + eps)
        comparison = QStringLiteral("above");
    else
        return;
    out << SmartFinding{Criterion::Ambitious, field::Target,
                        QStringLiteral("The %1 target (%2) is %3 the latest actual (%4 in %5), though the "
                                       "measure should %6: it asks for less than was already achieved.")
                            .arg(yearLabel(planYear), formatNumber(target), comparison, formatNumber(latest.value),
                                 yearLabel(latest.year), label(measure.direction).toLower())};
}

void checkRealistic(const Measure& measure, int planYear, double target, const std::vector<YearActual>& past,
                    QList<SmartFinding>& out)
{
    if (past.empty())
        return;
    const auto [lowest, highest] = std::minmax_element(
        past.begin(), past.end(), [](const YearActual& a, const YearActual& b) { return a.value < b.value; });
    const double low = lowest->value;
    const double high = highest->value;
    const double scale = std::max(high - low, std::max(std::abs(low), std::abs(high)));
    if (scale <= 0.0)
        return;
    const double reach = RealisticReach * scale;
    const bool judgeAbove = measure.direction != Direction::Decrease;
    const bool judgeBelow = measure.direction != Direction::Increase;

    QString where;
    if (judgeAbove && target > high + reach)
        where = QStringLiteral("far above");
    else if (judgeBelow && target < low - reach)
        where = QStringLiteral("far below");
    else
        return;
    const QString range = past.size() == 1
                              ? QStringLiteral("the %1 actual (%2)").arg(yearLabel(past.front().year), formatNumber(low))
                              : QStringLiteral("the actuals of %1-%2 (%3 to %4)")
                                    .arg(yearLabel(past.front().year), yearLabel(past.back().year),
                                         formatNumber(low), formatNumber(high));
    out << SmartFinding{Criterion::Realistic, field::Target,
                        QStringLiteral("The %1 target (%2) is %3 %4: more than half their range or size beyond "
                                       "anything achieved so far. Check the number and its scale.")
                            .arg(yearLabel(planYear), formatNumber(target), where, range)};
}

} // namespace

QString criterionCode(SmartFinding::Criterion criterion)
{
    switch (criterion) {
    case Criterion::Specific: return QStringLiteral("specific");
    case Criterion::Measurable: return QStringLiteral("measurable");
    case Criterion::Ambitious: return QStringLiteral("ambitious");
    case Criterion::Realistic: return QStringLiteral("realistic");
    case Criterion::TimeBound: return QStringLiteral("time_bound");
    }
    return {};
}

QString criterionLabel(SmartFinding::Criterion criterion)
{
    switch (criterion) {
    case Criterion::Specific: return QStringLiteral("Specific");
    case Criterion::Measurable: return QStringLiteral("Measurable");
    case Criterion::Ambitious: return QStringLiteral("Ambitious");
    case Criterion::Realistic: return QStringLiteral("Realistic");
    case Criterion::TimeBound: return QStringLiteral("Time-bound");
    }
    return {};
}

const QStringList& vagueVerbs()
{
    static const QStringList verbs{
        QStringLiteral("improve"),    QStringLiteral("increase"),   QStringLiteral("enhance"),
        QStringLiteral("support"),    QStringLiteral("maintain"),   QStringLiteral("ensure"),
        QStringLiteral("promote"),    QStringLiteral("strengthen"), QStringLiteral("reduce"),
        QStringLiteral("decrease"),   QStringLiteral("expand"),     QStringLiteral("grow"),
        QStringLiteral("advance"),    QStringLiteral("optimize"),   QStringLiteral("address"),
        QStringLiteral("foster"),     QStringLiteral("facilitate"), QStringLiteral("sustain"),
        QStringLiteral("continue"),   QStringLiteral("provide"),    QStringLiteral("deliver"),
        QStringLiteral("manage"),     QStringLiteral("monitor"),    QStringLiteral("coordinate"),
        QStringLiteral("encourage"),  QStringLiteral("build"),      QStringLiteral("develop"),
    };
    return verbs;
}

bool isVagueWording(const QString& text)
{
    const QStringList words = wordsOf(text);
    if (words.isEmpty() || words.size() > MaxVagueWords || !vagueVerbs().contains(words.front()))
        return false;
    return std::none_of(words.begin() + 1, words.end(),
                        [](const QString& word) { return quantityWords().contains(word); });
}

QList<SmartFinding> smartChecks(const Measure& measure, const std::vector<Value>& values, int planYear)
{
    QList<SmartFinding> out;
    checkSpecific(measure, out);
    checkMeasurable(measure, out);

    const Value* planRow = findValue(values, planYear, Period::Annual);
    const std::optional<double> target = planRow ? finiteOrNone(planRow->target.number) : std::nullopt;
    if (!target) {
        QString said;
        if (planRow && !isBlank(planRow->target.missingReason))
            said = planRow->target.missingReason;
        else if (planRow && !isBlank(planRow->target.note))
            said = planRow->target.note;
        QString reason = QStringLiteral("No %1 target is set").arg(yearLabel(planYear));
        reason += said.isEmpty() ? QStringLiteral(".") : QStringLiteral(" (the plan says %1).").arg(quoted(said));
        out << SmartFinding{Criterion::TimeBound, field::Target, reason};
        return out;
    }

    const std::vector<YearActual> past = pastActuals(measure, values, planYear);
    checkAmbitious(measure, planYear, *target, past, out);
    checkRealistic(measure, planYear, *target, past, out);
    return out;
}

QList<SmartFinding> goalSmartChecks(const Goal& goal)
{
    QList<SmartFinding> out;
    const QString statement = goal.statement.simplified();
    if (statement.isEmpty()) {
        out << SmartFinding{Criterion::Specific, field::Statement, QStringLiteral("The goal has no statement.")};
        return out;
    }

    if (isVagueWording(statement))
        out << SmartFinding{Criterion::Specific, field::Statement,
                            QStringLiteral("The goal %1 is a vague verb that does not say what will change, "
                                           "for whom, or by how much.")
                                .arg(quoted(statement))};
    else if (wordsOf(statement).size() < MinGoalWords)
        out << SmartFinding{Criterion::Specific, field::Statement,
                            QStringLiteral("The goal statement is too short (under %1 words) to say what will "
                                           "change, for whom, and by how much.")
                                .arg(MinGoalWords)};

    QString withoutDates = statement;
    bool namesDate = false;
    for (const QRegularExpression& pattern : datePatterns()) {
        if (pattern.match(withoutDates).hasMatch()) {
            namesDate = true;
            withoutDates.replace(pattern, QStringLiteral(" "));
        }
    }

    if (!amountPattern().match(withoutDates).hasMatch())
        out << SmartFinding{Criterion::Measurable, field::Statement,
                            QStringLiteral("The goal names no number or percent to reach, so nobody can tell "
                                           "whether it was achieved.")};
    if (!namesDate)
        out << SmartFinding{Criterion::TimeBound, field::Statement,
                            QStringLiteral("The goal names no date or year by which it is to be reached "
                                           "(e.g. \u201cby December 31, 2028\u201d or \u201cby FY28\u201d).")};
    return out;
}

} // namespace ys::rules
