// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ys::rules {

// Small text helpers the rules share: what counts as blank, the words of a sentence, and how a
// number or a fiscal year reads inside a reason shown to the user.

// True when the text is empty or only whitespace: such an answer counts as missing.
bool isBlank(const QString& text);

// The words of a text, lower-cased, split on anything that is not a letter, digit, '%', '#' or
// apostrophe ("Baltimore's" is one word).
QStringList wordsOf(const QString& text);

// A number as a reason shows it: up to 12 significant digits, no exponent for ordinary values.
QString formatNumber(double value);

// "FY27" for 2027.
QString yearLabel(int fiscalYear);

// The number when it is there and finite: NaN and infinities count as no number.
std::optional<double> finiteOrNone(std::optional<double> number);

} // namespace ys::rules
