// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleText.h"

#include "domain/FiscalYear.h"

#include <cmath>

namespace ys::rules {

bool isBlank(const QString& text)
{
    return text.trimmed().isEmpty();
}

QStringList wordsOf(const QString& text)
{
    QStringList words;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == u'%' || c == u'#' || c == u'\'') {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 12);
}

QString yearLabel(int fiscalYear)
{
    return FiscalYear(fiscalYear).label();
}

std::optional<double> finiteOrNone(std::optional<double> number)
{
    if (number && std::isfinite(*number))
        return number;
    return std::nullopt;
}

} // namespace ys::rules
