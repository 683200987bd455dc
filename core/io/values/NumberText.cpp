// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberText.h"

#include <QLocale>

#include <cmath>

namespace ys::io {
namespace {

bool isMinus(QChar c)
{
    // Word processors and Excel's autocorrect turn "-5" into any of these.
    switch (c.unicode()) {
    case u'-':
    case 0x2212: // minus sign
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0xFE63: // small hyphen-minus
    case 0xFF0D: // fullwidth hyphen-minus
        return true;
    default:
        return false;
    }
}

bool isPlus(QChar c)
{
    return c == u'+' || c.unicode() == 0xFF0B;
}
bool isPercent(QChar c)
{
    return c == u'%' || c.unicode() == 0xFF05;
}

bool isCurrency(QChar c)
{
    switch (c.unicode()) {
    case u'$':
    case 0x20AC: // €
    case 0x00A3: // £
    case 0x00A5: // ¥
        return true;
    default:
        return false;
    }
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

enum class UnitWord
{
    None,
    Percent,
    Other
};

// Unit words that can follow a number without changing its value. Kept short on purpose: anything
// not listed (multipliers such as "million", qualifiers such as "pending") makes the cell Missing.
UnitWord unitWord(QString word)
{
    word = word.toLower();
    if (word.endsWith(u'.'))
        word.chop(1);
    if (word == u"percent" || word == u"pct" || word == u"per cent")
        return UnitWord::Percent;
    static const char* const known[] = {
        "day",       "days",       "hour",   "hours",   "hr",     "hrs",    "minute", "minutes",
        "min",       "mins",       "second", "seconds", "sec",    "secs",   "week",   "weeks",
        "wk",        "wks",        "month",  "months",  "mo",     "mos",    "year",   "years",
        "yr",        "yrs",        "dollar", "dollars", "usd",    "people", "person", "persons",
        "residents", "households", "cases",  "calls",   "visits", "units",  "items",  "miles",
        "mile",      "tons",       "ton",    "tonnes",  "acres",  "acre",
    };
    for (const char* k : known) {
        if (word == QLatin1String(k))
            return UnitWord::Other;
    }
    return UnitWord::None;
}

// Digits with optional comma thousands groups. Returns the digits without commas, or a null string
// when the commas are not thousands groups ("1,2", "12,3456") or the number starts "0," (more likely
// a decimal comma, "0,5", than a thousands group).
QString integerDigits(const QString& text)
{
    if (!text.contains(u','))
        return text;
    const QStringList groups = text.split(u',');
    if (groups.first().isEmpty() || groups.first().size() > 3 || groups.first().startsWith(u'0'))
        return {};
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups[i].size() != 3)
            return {};
    }
    return groups.join(QString());
}

} // namespace

bool NumberText::isBlank(QChar c)
{
    if (c.isSpace())
        return true; // includes U+00A0, U+2007, U+202F, tabs and newlines
    switch (c.unicode()) {
    case 0x200B: // zero-width space
    case 0x200C: // zero-width non-joiner
    case 0x200D: // zero-width joiner
    case 0x2060: // word joiner
    case 0xFEFF: // byte-order mark / zero-width no-break space
        return true;
    default:
        return false;
    }
}

QString NumberText::trimmed(const QString& text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlank(text[begin]))
        ++begin;
    while (end > begin && isBlank(text[end - 1]))
        --end;
    return text.mid(begin, end - begin);
}

ParsedNumber NumberText::parse(const QString& raw)
{
    ParsedNumber out;
    out.raw = raw;
    const QString text = trimmed(raw);
    if (text.isEmpty()) {
        out.kind = ParsedNumber::Kind::Empty;
        return out;
    }
    const auto missing = [&out, &text] {
        out.kind = ParsedNumber::Kind::Missing;
        out.missingReason = text;
        out.value = 0;
        out.percentSign = false;
        out.currency = false;
        out.warnings.clear();
        return out;
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    const auto skipBlanks = [&] {
        while (i < n && isBlank(text[i]))
            ++i;
    };

    // Prefix: at most one sign, one currency symbol and one opening parenthesis, in any order.
    bool negative = false;
    bool sign = false;
    bool parens = false;
    for (;;) {
        skipBlanks();
        if (i >= n)
            break;
        const QChar c = text[i];
        if (!sign && (isMinus(c) || isPlus(c))) {
            sign = true;
            negative = isMinus(c);
        } else if (!out.currency && isCurrency(c)) {
            out.currency = true;
        } else if (!parens && c == u'(') {
            parens = true;
        } else {
            break;
        }
        ++i;
    }
    // "(-5)" and "-(5)" negate twice or once: which was meant is a guess.
    if (parens && sign)
        return missing();

    // The number: integer part with optional thousands groups, fraction, exponent.
    const qsizetype intStart = i;
    while (i < n && (isAsciiDigit(text[i]) || (text[i] == u',' && i + 1 < n && isAsciiDigit(text[i + 1]))))
        ++i;
    const QString intPart = integerDigits(text.mid(intStart, i - intStart));
    if (intPart.isNull() && i > intStart)
        return missing();
    QString fraction;
    if (i < n && text[i] == u'.') {
        const qsizetype fracStart = ++i;
        while (i < n && isAsciiDigit(text[i]))
            ++i;
        fraction = text.mid(fracStart, i - fracStart);
    }
    if (intPart.isEmpty() && fraction.isEmpty())
        return missing(); // no digit: words, a lone "-", "nan", "inf"
    QString exponent;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        qsizetype j = i + 1;
        if (j < n && (text[j] == u'+' || text[j] == u'-'))
            ++j;
        const qsizetype digitsStart = j;
        while (j < n && isAsciiDigit(text[j]))
            ++j;
        if (j > digitsStart) {
            exponent = text.mid(i, j - i);
            i = j;
        }
    }

    // Suffix: the closing parenthesis and a percent sign in either order, then at most a unit word.
    bool closed = false;
    for (;;) {
        skipBlanks();
        if (i >= n)
            break;
        const QChar c = text[i];
        if (!out.percentSign && isPercent(c)) {
            out.percentSign = true;
        } else if (parens && !closed && c == u')') {
            closed = true;
        } else {
            break;
        }
        ++i;
    }
    if (parens != closed)
        return missing();
    if (i < n) {
        // Whatever is left must be one known unit word: "6500-7000", "1.2.3", "5 to 10" stop here.
        const QString rest = text.mid(i);
        const UnitWord word = out.percentSign ? UnitWord::None : unitWord(rest);
        if (word == UnitWord::None)
            return missing();
        if (word == UnitWord::Percent)
            out.percentSign = true;
        else
            out.warnings << QStringLiteral("unit text \"%1\" ignored").arg(rest);
    }
    // "$5%" is a sum of money or a share of something; the cell cannot be both.
    if (out.currency && out.percentSign)
        return missing();

    QString ascii = intPart.isEmpty() ? QStringLiteral("0") : intPart;
    if (!fraction.isEmpty())
        ascii += u'.' + fraction;
    ascii += exponent;
    bool ok = false;
    double value = QLocale::c().toDouble(ascii, &ok);
    if (!ok || !std::isfinite(value))
        return missing(); // "1e999" overflows: refusing beats storing infinity
    if (negative || parens)
        value = -value;
    if (value == 0)
        value = 0; // no negative zero from "-0"
    out.kind = ParsedNumber::Kind::Number;
    out.value = value;
    return out;
}

} // namespace ys::io
