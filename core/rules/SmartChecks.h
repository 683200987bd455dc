// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Measure.h"
#include "domain/PlanSections.h"
#include "domain/Value.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace ys::rules {

// One SMART criterion a measure or goal fails, with the reason shown to the user.
struct SmartFinding
{
    enum class Criterion { Specific, Measurable, Ambitious, Realistic, TimeBound };

    Criterion criterion = Criterion::Specific;
    QString field;  // the element or field code it concerns: "title", "formula", "target", "statement"
    QString reason; // a sentence for the user
};

// "specific", "measurable", "ambitious", "realistic", "time_bound"; and labels for people.
QString criterionCode(SmartFinding::Criterion criterion);
QString criterionLabel(SmartFinding::Criterion criterion);

// The verbs that alone say nothing measurable ("improve", "increase", "enhance", "support"...).
const QStringList& vagueVerbs();

// A title or statement that is a vague verb with at most two more words, none naming a quantity
// ("Improve", "Increase services", "Improve customer service"; not "Increase recycling rate").
bool isVagueWording(const QString& text);

// SMART checks on a measure for a plan year (values: the measure's own rows). In check order:
// - Specific: a title that is not vague wording (isVagueWording), and a description.
// - Measurable: a formula and a data source; a percent or rate measure's formula names its
//   denominator ("/", "divided by", "out of", "per", "denominator"). The unit is always set.
// - Time-bound: an annual target for planYear exists (a note or missing reason is quoted, yet
//   is no target). Without one, Ambitious and Realistic are not judged.
// - Ambitious: the planYear target is not worse than the latest full-year actual before planYear
//   in the desired direction (increase: target below it; decrease: target above it). Maintain,
//   not applicable and unspecified directions are not judged.
// - Realistic: the target is not far beyond the range of the full-year actuals before planYear:
//   with scale = max(max - min, largest magnitude), a finding when the target lies more than
//   scale / 2 above the highest (or below the lowest). Only the improving side is judged for
//   increase (above) and decrease (below): a target worse than the past is not unrealistic but
//   unambitious. No finding when every past actual is 0 (no scale to judge by).
// "Full-year actual": entered, or derived from quarters that cover the year (AnnualActual::fullYear).
QList<SmartFinding> smartChecks(const Measure& measure, const std::vector<Value>& values, int planYear);

// SMART checks on a goal statement:
// - Specific: at least 6 words and not vague wording. A blank statement gives this one finding only.
// - Measurable: a number or percent other than the dates ("15%", "85 percent", "two districts").
// - Time-bound: names a year or date ("2028", "FY27", "Fiscal Year 27", "December 31", "6/30/2028").
// Ambitious and Realistic need numbers a statement does not carry; they are not judged.
QList<SmartFinding> goalSmartChecks(const Goal& goal);

} // namespace ys::rules
