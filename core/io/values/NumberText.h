// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ys::io {

// One cell of a numeric column as read: a number, nothing, or text that says why there is no number.
// The raw text always travels with it, so a reviewer can see what the agency wrote.
struct ParsedNumber
{
    enum class Kind
    {
        Empty,
        Number,
        Missing
    };

    Kind kind = Kind::Empty;
    double value = 0;         // meaningful only for Number; never NaN or infinite
    bool percentSign = false; // written with "%" (or the word "percent"): the value is in percent points
    bool currency = false;    // written with a currency symbol ("$2,360,000")
    QString raw;              // the cell exactly as it came, untrimmed
    QString missingReason;    // for Missing: the text as written, trimmed ("N/A", "6500-7000")
    QStringList warnings;     // what was ignored to read the number ("unit text \"days\" ignored")

    bool isNumber() const { return kind == Kind::Number; }
    bool isMissing() const { return kind == Kind::Missing; }
    bool isEmpty() const { return kind == Kind::Empty; }
};

// NumberText: reads numbers the way people type them into spreadsheets, one cell at a time, and
// refuses to guess. A pure function: no locale, no settings, the same answer on every machine.
//
// What reads as a number (and why each is safe):
//   "4,222", "1,234.5"      comma thousands groups: first group 1-3 digits, then groups of exactly 3
//   "$2,360,000"            currency symbol ($ € £ ¥) before the number (or before/after the sign)
//   "1.15977e+007", "1E5"   exponent notation, as Excel exports large or tiny numbers
//   "-0.15", "+3", "−5"     ASCII or Unicode minus (U+2212, dashes U+2012/U+2013, U+FE63, U+FF0D)
//   "(1,234)"               accounting negative: -1234
//   "75%", "75 percent"     percentSign set, value kept as written (75)
//   ".5", "5."              a missing digit before or after the point
//   " 71.25 ", "2,844\u00a0"  surrounding whitespace, non-breaking and zero-width spaces, newlines
//   "12 days", "45 min"     a known unit word after the number: the number, plus a warning. Only
//                           words from a fixed list (time, money, people, things counted) are ignored,
//                           because an unknown word may change the meaning ("12 million", "5 pending").
//
// What is Missing (missingReason = the trimmed text) rather than guessed:
//   words ("N/A", "No Data", "New", "TBD", notes), a lone "-", ranges ("6500-7000"), comparisons
//   (">95%", "~12"), several points ("1.2.3"), commas that are not thousands groups ("1,2", "0,5":
//   possibly a decimal comma), "1 234" (two numbers or a space separator?), multipliers ("2.3M"),
//   a currency and a percent sign together, a sign inside accounting parentheses, and anything that
//   is not finite ("nan", "inf", "1e999"). A missing value is never 0; "0" is a real 0.
class NumberText
{
public:
    static ParsedNumber parse(const QString& raw);

    // The text without leading and trailing whitespace, counting non-breaking, zero-width and BOM
    // characters as whitespace (QString::trimmed() keeps the zero-width ones). For labels read from
    // the same files ("Output\u00a0").
    static QString trimmed(const QString& text);

    // Whitespace as spreadsheets hold it: QChar::isSpace() plus the zero-width characters.
    static bool isBlank(QChar c);
};

} // namespace ys::io
