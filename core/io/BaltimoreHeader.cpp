// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaltimoreHeader.h"

#include "domain/FiscalYear.h"

#include <QRegularExpression>

namespace ys::io {
namespace {

enum class Word
{
    Target,
    Actual,
    Note,
    Quarterly,
    Unknown
};

Word wordOf(QStringView token)
{
    static const QStringList targets{QStringLiteral("target"), QStringLiteral("targets")};
    static const QStringList actuals{QStringLiteral("actual"), QStringLiteral("actuals")};
    static const QStringList notes{QStringLiteral("explanation"), QStringLiteral("explanations"),
                                   QStringLiteral("note"),        QStringLiteral("notes"),
                                   QStringLiteral("context"),     QStringLiteral("rationale"),
                                   QStringLiteral("comment"),     QStringLiteral("comments")};
    const QString word = token.toString();
    if (targets.contains(word))
        return Word::Target;
    if (actuals.contains(word))
        return Word::Actual;
    if (notes.contains(word))
        return Word::Note;
    if (word == QLatin1String("quarterly"))
        return Word::Quarterly;
    return Word::Unknown;
}

} // namespace

std::optional<BaltimoreHeader> BaltimoreHeader::parse(const QString& header)
{
    // Tokens: a fiscal year ("fy 25", "fy2025", "fy'25"), a quarter ("q3"), words, and the colon of
    // "Notes:". Anything else (another number, a stray symbol) means this is not a value column.
    static const QRegularExpression tokens(
        QStringLiteral(R"((fy\s*'?(\d{4}|\d{2}))(?![0-9])|\b(q([1-4]))\b|([a-z]+)|(:)|(\S))"));
    const QString text = header.simplified().toLower();
    int year = 0;
    int quarter = 0;
    int targets = 0;
    int actuals = 0;
    int notes = 0;
    int quarterly = 0;
    auto it = tokens.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.hasCaptured(1)) {
            if (year != 0)
                return std::nullopt;
            const auto parsed = FiscalYear::parse(QStringLiteral("FY") + match.captured(2));
            if (!parsed)
                return std::nullopt;
            year = parsed->endYear();
        } else if (match.hasCaptured(3)) {
            if (quarter != 0)
                return std::nullopt;
            quarter = match.captured(4).toInt();
        } else if (match.hasCaptured(5)) {
            switch (wordOf(match.capturedView(5))) {
            case Word::Target: ++targets; break;
            case Word::Actual: ++actuals; break;
            case Word::Note: ++notes; break;
            case Word::Quarterly: ++quarterly; break;
            case Word::Unknown: return std::nullopt;
            }
        } else if (match.hasCaptured(7)) {
            return std::nullopt;
        }
    }
    if (year == 0 || targets + actuals > 1)
        return std::nullopt;

    BaltimoreHeader result;
    result.fiscalYear = year;
    result.period = quarter == 0 ? Period::Annual : static_cast<Period>(quarter - 1);
    if (quarterly > 0) {
        // "FY 26 Quarterly Context": a note about the year's quarters, not about one of them.
        if (notes == 0 || quarter != 0 || targets + actuals > 0)
            return std::nullopt;
        result.kind = Kind::QuarterlyContext;
        return result;
    }
    if (notes > 0) {
        if (targets > 0)
            result.kind = Kind::TargetNote;
        else if (actuals > 0 || quarter != 0)
            result.kind = Kind::ActualNote;
        else
            return std::nullopt; // "FY 25 Notes": on the target or the actual?
        return result;
    }
    if (targets > 0)
        result.kind = Kind::Target;
    else if (actuals > 0 || quarter != 0)
        result.kind = Kind::Actual;
    else
        return std::nullopt; // "FY 25" alone
    return result;
}

QString BaltimoreHeader::describe() const
{
    QString what;
    switch (kind) {
    case Kind::Target: what = QStringLiteral("target"); break;
    case Kind::Actual: what = QStringLiteral("actual"); break;
    case Kind::TargetNote: what = QStringLiteral("target note"); break;
    case Kind::ActualNote: what = QStringLiteral("actual note"); break;
    case Kind::QuarterlyContext: what = QStringLiteral("quarterly context"); break;
    }
    const QString year = FiscalYear(fiscalYear).label();
    return period == Period::Annual ? QStringLiteral("%1 %2").arg(year, what)
                                    : QStringLiteral("%1 %2 %3").arg(year, code(period), what);
}

} // namespace ys::io
