// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureText.h"

#include "io/values/NumberText.h"
#include "report/NumberFormat.h"

#include <QLocale>

#include <cmath>

namespace ys::ui {

Figure FigureText::typed(const Figure& before, const QString& text)
{
    Figure after;
    after.note = before.note;
    after.origin = Origin::User;
    const io::ParsedNumber parsed = io::NumberText::parse(text);
    switch (parsed.kind) {
    case io::ParsedNumber::Kind::Empty:
        break;
    case io::ParsedNumber::Kind::Number:
        after.number = parsed.value;
        after.raw = io::NumberText::trimmed(text);
        break;
    case io::ParsedNumber::Kind::Missing:
        after.missingReason = parsed.missingReason;
        after.raw = parsed.missingReason;
        break;
    }
    return after;
}

QString FigureText::display(const Figure& figure, Unit unit)
{
    if (figure.number)
        return report::NumberFormat::format(*figure.number, unit);
    if (!figure.missingReason.isEmpty())
        return figure.missingReason;
    return figure.raw;
}

QString FigureText::editable(const Figure& figure)
{
    if (!figure.number)
        return figure.missingReason.isEmpty() ? figure.raw : figure.missingReason;
    // As many decimals as the number needs (up to 9), so editing never rounds what is stored.
    const double value = *figure.number;
    int decimals = 0;
    for (double scaled = value; decimals < 9; ++decimals, scaled *= 10.0)
        if (std::abs(scaled - std::round(scaled)) <= 1e-9 * std::max(1.0, std::abs(scaled)))
            break;
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value, 'f', decimals);
}

bool FigureText::readsAsReason(const QString& text)
{
    return io::NumberText::parse(text).isMissing();
}

bool FigureText::same(const Figure& a, const Figure& b)
{
    return a.number == b.number && a.note == b.note && a.raw == b.raw && a.missingReason == b.missingReason &&
           a.origin == b.origin;
}

} // namespace ys::ui
