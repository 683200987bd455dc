// SPDX-License-Identifier: GPL-3.0-or-later
#include "CellReference.h"

namespace ys::io {

namespace {
// Enough to express anything past Excel's grid (XFD, 1048576) without overflowing an int.
constexpr int MaxLetters = 4;
constexpr int MaxDigits = 8;
} // namespace

std::optional<CellReference> CellReference::parse(QStringView text)
{
    qsizetype i = 0;
    int column = 0;
    while (i < text.size() && i < MaxLetters + 1) {
        const char16_t c = text[i].unicode();
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            column = column * 26 + (c - u'a' + 1);
        else
            break;
        ++i;
    }
    const qsizetype letters = i;
    if (letters == 0 || letters > MaxLetters)
        return std::nullopt;

    int row = 0;
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9' || i - letters >= MaxDigits)
            return std::nullopt;
        row = row * 10 + (c - u'0');
        ++i;
    }
    if (i == letters || row == 0)
        return std::nullopt;
    return CellReference{row, column - 1};
}

QString CellReference::columnName(int column)
{
    if (column < 0)
        return QStringLiteral("?");
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

} // namespace ys::io
