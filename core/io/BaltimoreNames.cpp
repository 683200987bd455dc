// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaltimoreNames.h"

#include "values/NumberText.h"

#include <QRegularExpression>

namespace ys::io {

QString BaltimoreNames::clean(const QString& text)
{
    return NumberText::trimmed(text).simplified();
}

std::optional<CodedName> BaltimoreNames::coded(const QString& text, const QString& prefix)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^([A-Za-z]+)\s*-?\s*(\d{1,6})\b\s*[-:–]?\s*(.*)$)"));
    const auto match = pattern.match(clean(text));
    if (!match.hasMatch() || match.capturedView(1).compare(prefix, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    CodedName result;
    result.number = match.captured(2).toInt();
    // The city pads to four digits: SRV0185, AGC7900.
    result.code = prefix.toUpper() + QStringLiteral("%1").arg(result.number, 4, 10, QLatin1Char('0'));
    result.name = match.captured(3).trimmed();
    return result;
}

QString BaltimoreNames::key(const QString& text)
{
    QString folded = NumberText::trimmed(text).toCaseFolded();
    folded.replace(QLatin1Char('&'), QStringLiteral(" and "));
    folded.replace(QLatin1Char('%'), QStringLiteral(" percent "));
    folded.replace(QLatin1Char('#'), QStringLiteral(" number "));
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (word.isEmpty())
            return;
        if (word == QLatin1String("percentage"))
            word = QStringLiteral("percent");
        words.append(word);
        word.clear();
    };
    for (const QChar c : std::as_const(folded)) {
        // Apostrophes join ("Mayor's" = "Mayors"); every other non-letter, non-digit separates words.
        if (c == u'\'' || c == u'\u2019' || c == u'`')
            continue;
        if (c.isLetterOrNumber())
            word.append(c);
        else
            flush();
    }
    flush();
    return words.join(QLatin1Char(' '));
}

bool BaltimoreNames::contains(const QString& longerKey, const QString& shorterKey)
{
    if (shorterKey.isEmpty() || longerKey.size() <= shorterKey.size() || !shorterKey.contains(QLatin1Char(' ')))
        return false;
    const QString padded = QLatin1Char(' ') + longerKey + QLatin1Char(' ');
    return padded.contains(QLatin1Char(' ') + shorterKey + QLatin1Char(' '));
}

QString BaltimoreNames::joinIds(const QString& existing, const QStringList& more)
{
    QStringList ids;
    for (const QString& id : existing.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString t = id.trimmed(); !t.isEmpty() && !ids.contains(t))
            ids.append(t);
    for (const QString& id : more)
        if (const QString t = clean(id); !t.isEmpty() && !ids.contains(t))
            ids.append(t);
    return ids.join(QStringLiteral(", "));
}

} // namespace ys::io
