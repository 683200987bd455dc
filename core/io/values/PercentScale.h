// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NumberText.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ys::io {

// One value of a percent measure after its scale was decided.
struct PercentReading
{
    enum class Scale
    {
        None,        // Empty or Missing: nothing to scale
        PercentSign, // written "75%": already percent points
        Points,      // written without "%", read as percent points ("75" -> 75, "0" -> 0)
        Fraction,    // written without "%", read as a fraction of 1 ("0.75" -> 75)
    };

    Scale scale = Scale::None;
    std::optional<double> points; // percent points (75 means 75 %); nullopt for Empty / Missing
    QStringList warnings;         // why a reviewer should look at this reading
};

struct PercentScaleResult
{
    std::vector<PercentReading> values; // same order and size as the input
    // True when the measure holds fraction readings beside non-zero point readings ("0.75" beside
    // "75%"): the "percent-scale suspect" review flag.
    bool mixedScales = false;
};

// PercentScale: puts all the values of ONE percent measure into percent points. The city's file
// writes the same measure as "75%", "0.75" and "75", often within one row ("89%" beside "0.75" and
// "1"), so the scale is decided per value, using the measure's other values as evidence.
//
// Anchors: the measure's values whose scale is certain: non-zero values written with "%", and bare
// values with |x| > 1.5 (read as a fraction, 2 would be 200 %: far rarer on a percent measure than
// 2 %). m = the median of the anchors' absolute values.
//
// Decision table (x = a value written without "%"):
//
//   value as written      | anchors          | reading            | warning
//   ----------------------+------------------+--------------------+------------------------------------
//   "75%", "0.5%"         | any              | as written: 75,0.5 | none
//   0                     | any              | 0                  | none (0 is 0 on both scales)
//   |x| > 1.5   ("75")    | any              | points: 75         | none
//   0 < |x| < 1 ("0.75")  | none             | fraction: 75       | none (the measure is all fractions)
//   |x| = 1 or 1<|x|<=1.5 | none             | fraction: 100, 105 | ambiguous percent, read as fraction
//   0 < |x| <= 1.5        | m >= 10 |x| (tie)| fraction: 100 x    | "fraction ... beside percent points"
//                         |                  |                    | (or ambiguous, for |x| >= 1)
//   0 < |x| <= 1.5        | m <  10 |x|      | points: x          | ambiguous percent, read as points
//
// Why 10 |x|: x and 100 x are the two candidate readings, and 10 |x| is their midpoint by ratio, so
// the rule picks the reading nearer to the measure's certain values. A bare 1 therefore reads as 100
// beside anchors of 10 % or more (Baltimore's "% of appeals upheld by judicial review": "1" beside
// "89%", "100", "75" and fractions "0.75" is 100 %, far likelier "100%" typed as a fraction than
// 1 %), and as 1 beside small anchors ("0.4" beside "2%", "4%", "1.9" in a forecast-error measure
// stays 0.4 %). A measure whose only values are bare numbers within 1.5 is all fractions; a measure
// of genuinely small percents typed without "%" ("0.3" meaning 0.3 %) cannot be told from it, and
// reads as fractions: the file's far commoner case.
//
// Empty and Missing values pass through (Scale::None) and are nobody's neighbour. The warnings here are
// only about scale; NumberText's own warnings stay on the ParsedNumber. The caller chooses what "one
// measure" is: the values of one row (one plan cycle) are the evidence the tests use.
class PercentScale
{
public:
    static PercentScaleResult toPoints(const std::vector<ParsedNumber>& values);

    // x * 100 computed on the decimal digits, so that 0.57 gives exactly 57 (not 56.99999999999999).
    static double fractionToPoints(double fraction);
};

} // namespace ys::io
