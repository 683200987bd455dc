// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QColor>
#include <QString>

namespace ys::report {

// How a status against target looks, the same on screen, in charts and in print: a colour from a
// colour-blind-safe palette (Okabe-Ito), a symbol and a word, so that colour is never the only cue.
struct StatusStyle
{
    QColor colour;      // strong colour: marks, bars, chart points
    QColor background;  // light tint for table cells, readable with black text
    QString symbol;     // "✓", "≈", "✗", "–"
    QString text;       // "Met", "Near", "Missed", "No data"

    static StatusStyle of(TargetStatus status);
    // "✓ Met"
    QString labelled() const { return symbol + QLatin1Char(' ') + text; }
};

} // namespace ys::report
