// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ys::io {

// A code and the name written after it: "AGC7900 Municipal and Zoning Appeals", "SRV0185 Board of ...".
struct CodedName
{
    QString code; // "AGC7900", "SRV0185" (upper case, as the city writes its ids)
    QString name; // "Municipal and Zoning Appeals"; empty when the cell held the code alone
    int number = 0; // the digits of the code: 7900, 185
};

// BaltimoreNames: the city's ids and the keys names are compared by, shared by the workbook and the
// reference importers so that both find the same agency, owner, service and measure.
class BaltimoreNames
{
public:
    // "AGC7900 Municipal and Zoning Appeals" -> {AGC7900, "Municipal and Zoning Appeals", 7900};
    // `prefix` is "AGC" or "SRV". nullopt when the text does not start with that prefix and digits.
    static std::optional<CodedName> coded(const QString& text, const QString& prefix);

    // The key two names are the same by: case, spaces, punctuation and a few spellings folded
    // ("&" = "and", "%" = "percentage" = "percent", "#" = "number"), so that "% of ... maintenance &
    // repair" and "Percentage of ... maintenance and repair" are one measure.
    static QString key(const QString& text);

    // True when one name's key is the other's words with more words around them ("Legal Aid" in
    // "Legal Aid Bureau", "Maryland Zoo" in "Maryland Zoo in Baltimore"); the shorter needs two words.
    static bool contains(const QString& longerKey, const QString& shorterKey);

    // A cell's text as a name: trimmed (non-breaking spaces too), inner runs of blanks as one space.
    static QString clean(const QString& text);

    // Distinct ids joined as Measure::sourceIds stores them ("1851, AM01"); `existing` keeps its order.
    static QString joinIds(const QString& existing, const QStringList& more);
};

} // namespace ys::io
