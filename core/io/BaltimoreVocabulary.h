// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QString>

#include <optional>

namespace ys::io {

// One word of the workbook read into a vocabulary: the value (nullopt for a blank cell) and, when the
// word had to be guessed or is unusual, why a reviewer should look at it.
template <typename T>
struct VocabularyReading
{
    std::optional<T> value;
    QString warning;
    bool guessed = false; // a misspelling read as the nearest word ("Ouput" -> Output)
};

// BaltimoreVocabulary: the forgiving readings of what agencies typed into the workbook's vocabulary
// columns. Every reading ignores case, surrounding spaces, non-breaking spaces and line breaks; a
// misspelling one or two letters from a known word is read as that word, with a warning.
class BaltimoreVocabulary
{
public:
    // "Output", "Ouput", "Input" (kept, warned as outside the four types), "Demand", "Quality".
    static VocabularyReading<MeasureType> type(const QString& text);
    // "Increase", "decrease", "Maintain", "N/A"/"Neutral" (not applicable).
    static VocabularyReading<Direction> direction(const QString& text);
    // "Cumulative", "Cumalitve", "Snapshot", "Period"/"Average". Reporting frequencies ("Monthly",
    // "Weekly", "yearly", "Live") say how often, not how quarters add up: unspecified, warned, and the
    // caller keeps the text as the measure's update frequency.
    static VocabularyReading<Interval> interval(const QString& text);
    // "Percent", "count", "Currency" (UnitText).
    static VocabularyReading<Unit> unit(const QString& text);
    // "Yes", "yes ", "No", "Y", "N", "TRUE", "FALSE".
    static VocabularyReading<bool> yesNo(const QString& text);

    // The text as compared: trimmed (non-breaking and zero-width spaces too), inner blanks as one space,
    // lower case.
    static QString folded(const QString& text);
    // Edit distance (insertions, deletions, substitutions, adjacent swaps), capped at limit + 1.
    static int distance(const QString& a, const QString& b, int limit = 2);
};

} // namespace ys::io
