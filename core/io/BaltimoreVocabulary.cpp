// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaltimoreVocabulary.h"

#include "values/NumberText.h"
#include "values/UnitText.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace ys::io {
namespace {

template <typename T>
using Words = std::vector<std::pair<QString, T>>;

// The word of `words` that `key` spells, exactly or within a few edits: two for words of five to seven
// letters, three from eight ("Cumalitve"), none below five, where two edits can make another real word.
// Only when one word is nearest.
template <typename T>
std::optional<std::pair<QString, T>> nearest(const QString& key, const Words<T>& words, bool* guessed)
{
    *guessed = false;
    for (const auto& entry : words)
        if (entry.first == key)
            return entry;
    if (key.size() < 5)
        return std::nullopt;
    const int limit = key.size() >= 8 ? 3 : 2;
    std::optional<std::pair<QString, T>> best;
    int bestDistance = limit + 1;
    bool tie = false;
    for (const auto& entry : words) {
        const int d = BaltimoreVocabulary::distance(key, entry.first, limit);
        if (d < bestDistance) {
            best = entry;
            bestDistance = d;
            tie = false;
        } else if (d == bestDistance) {
            tie = true;
        }
    }
    if (!best || tie || bestDistance > limit)
        return std::nullopt;
    *guessed = true;
    return best;
}

QString quoted(const QString& text)
{
    return QStringLiteral("\"%1\"").arg(NumberText::trimmed(text));
}

} // namespace

QString BaltimoreVocabulary::folded(const QString& text)
{
    return NumberText::trimmed(text).simplified().toLower();
}

int BaltimoreVocabulary::distance(const QString& a, const QString& b, int limit)
{
    // Optimal string alignment distance; a length difference beyond the limit settles it at once.
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (int i = 0; i <= n; ++i)
        d[i][0] = i;
    for (int j = 0; j <= m; ++j)
        d[0][j] = j;
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return std::min(d[n][m], limit + 1);
}

VocabularyReading<MeasureType> BaltimoreVocabulary::type(const QString& text)
{
    static const Words<MeasureType> words{
        {QStringLiteral("output"), MeasureType::Output},
        {QStringLiteral("efficiency"), MeasureType::Efficiency},
        {QStringLiteral("effectiveness"), MeasureType::Effectiveness},
        {QStringLiteral("outcome"), MeasureType::Outcome},
        {QStringLiteral("input"), MeasureType::Input},
        {QStringLiteral("demand"), MeasureType::Demand},
        {QStringLiteral("quality"), MeasureType::Quality},
    };
    VocabularyReading<MeasureType> reading;
    const QString key = folded(text);
    if (key.isEmpty())
        return reading;
    const auto found = nearest(key, words, &reading.guessed);
    if (!found) {
        reading.warning = QStringLiteral("measure type %1 is not a type: left unspecified").arg(quoted(text));
        return reading;
    }
    reading.value = found->second;
    const QString name = label(found->second);
    if (reading.guessed)
        reading.warning = QStringLiteral("measure type %1 read as %2").arg(quoted(text), name);
    if (!isFamilyType(found->second))
        reading.warning += (reading.warning.isEmpty() ? QString() : QStringLiteral("; "))
                           + QStringLiteral("type %1 kept, but it is not one of the four types of the family of "
                                            "measures (output, efficiency, effectiveness, outcome)")
                                 .arg(name);
    return reading;
}

VocabularyReading<Direction> BaltimoreVocabulary::direction(const QString& text)
{
    static const Words<Direction> words{
        {QStringLiteral("increase"), Direction::Increase},     {QStringLiteral("decrease"), Direction::Decrease},
        {QStringLiteral("maintain"), Direction::Maintain},     {QStringLiteral("n/a"), Direction::NotApplicable},
        {QStringLiteral("na"), Direction::NotApplicable},      {QStringLiteral("neutral"), Direction::NotApplicable},
        {QStringLiteral("not applicable"), Direction::NotApplicable},
    };
    VocabularyReading<Direction> reading;
    const QString key = folded(text);
    if (key.isEmpty())
        return reading;
    const auto found = nearest(key, words, &reading.guessed);
    if (!found) {
        reading.warning = QStringLiteral("desired outcome %1 is not increase, decrease or maintain: left unspecified")
                              .arg(quoted(text));
        return reading;
    }
    reading.value = found->second;
    if (reading.guessed)
        reading.warning = QStringLiteral("desired outcome %1 read as %2").arg(quoted(text), label(found->second));
    return reading;
}

VocabularyReading<Interval> BaltimoreVocabulary::interval(const QString& text)
{
    static const Words<Interval> words{
        {QStringLiteral("cumulative"), Interval::Cumulative}, {QStringLiteral("snapshot"), Interval::Snapshot},
        {QStringLiteral("period"), Interval::Period},         {QStringLiteral("average"), Interval::Period},
    };
    static const QStringList frequencies{
        QStringLiteral("daily"),     QStringLiteral("weekly"), QStringLiteral("monthly"), QStringLiteral("quarterly"),
        QStringLiteral("yearly"),    QStringLiteral("annual"), QStringLiteral("annually"), QStringLiteral("live"),
        QStringLiteral("real time"), QStringLiteral("real-time")};
    VocabularyReading<Interval> reading;
    const QString key = folded(text);
    if (key.isEmpty())
        return reading;
    if (frequencies.contains(key)) {
        reading.value = Interval::Unspecified;
        reading.warning = QStringLiteral("interval %1 is how often the measure is reported, not how its quarters add "
                                         "up to a year: interval left unspecified, %1 kept as the update frequency")
                              .arg(quoted(text));
        return reading;
    }
    const auto found = nearest(key, words, &reading.guessed);
    if (!found) {
        reading.value = Interval::Unspecified;
        reading.warning = QStringLiteral("interval %1 is not cumulative, snapshot or period: left unspecified, the "
                                         "text kept as the update frequency")
                              .arg(quoted(text));
        return reading;
    }
    reading.value = found->second;
    if (reading.guessed)
        reading.warning = QStringLiteral("interval %1 read as %2").arg(quoted(text), label(found->second));
    return reading;
}

VocabularyReading<Unit> BaltimoreVocabulary::unit(const QString& text)
{
    VocabularyReading<Unit> reading;
    if (folded(text).isEmpty())
        return reading;
    reading.value = UnitText::parse(text);
    if (!reading.value)
        reading.warning = QStringLiteral("unit %1 is not percent, count or currency: read as count").arg(quoted(text));
    return reading;
}

VocabularyReading<bool> BaltimoreVocabulary::yesNo(const QString& text)
{
    VocabularyReading<bool> reading;
    const QString key = folded(text);
    if (key.isEmpty())
        return reading;
    static const QStringList yes{QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("x")};
    static const QStringList no{QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false")};
    if (yes.contains(key))
        reading.value = true;
    else if (no.contains(key))
        reading.value = false;
    else
        reading.warning = QStringLiteral("%1 is neither yes nor no: read as no").arg(quoted(text));
    return reading;
}

} // namespace ys::io
