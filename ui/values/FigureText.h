// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Value.h"

#include <QString>

namespace ys::ui {

// A target or an actual as text, both ways. Typed or pasted text is read the way the importers read
// a spreadsheet cell (io::NumberText): "4,222", "75%", "$1,200", "(1,234)" are numbers; any other
// text ("N/A", "not yet reported", "6500-7000") means there is no number and says why, never a
// fake 0. NumberText rather than NumberFormat::parse because it refuses to guess: "1,2" (a
// decimal comma?) is not read as 12, and a Unicode minus from a word processor is still a minus.
class FigureText
{
public:
    // The figure after a person typed `text` over `before`. The note stays; the number, the raw
    // text and the missing reason are replaced by the reading of `text`; empty text clears them.
    static Figure typed(const Figure& before, const QString& text);
    // What a cell shows: the number by unit ("75 %", "$2,360,000"), else the reason there is none.
    static QString display(const Figure& figure, Unit unit);
    // What an editor starts with: the number exactly (thousands grouped, no unit), else the reason.
    static QString editable(const Figure& figure);
    // Whether a text typed for a number would be kept as the reason for a missing number.
    static bool readsAsReason(const QString& text);
    static bool same(const Figure& a, const Figure& b);
};

} // namespace ys::ui
