// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
class QPaintDevice;

namespace ys::charts {

// The look every chart shares, on screen, in print and in exported images: sizes in typographic
// points converted for the painter's device (so a chart printed half a page wide keeps its text
// at 7 points or more), the Okabe-Ito colours of report/StatusStyle, and for each status a marker
// (the status colour with its symbol: ✓ ≈ ✗ –) and a fill pattern (solid, hatched, cross-hatched,
// dotted), so that colour is never the only cue.
class ChartStyle
{
public:
    // Text sizes in points.
    static constexpr double TitlePt = 8.5;
    static constexpr double BodyPt = 7.5;
    static constexpr double SmallPt = 7.0;
    // A status marker's radius: its symbol is then 7 points tall.
    static constexpr double MarkerPt = 4.8;

    // Series colours (Okabe-Ito blue, sky blue; near-black for targets).
    static QColor actualColour() { return QColor(0x00, 0x72, 0xB2); }
    static QColor yearToDateColour() { return QColor(0x56, 0xB4, 0xE9); }
    static QColor targetColour() { return QColor(0x22, 0x22, 0x22); }
    static QColor gridColour() { return QColor(0xDD, 0xDD, 0xDD); }
    static QColor mutedTextColour() { return QColor(0x44, 0x44, 0x44); }

    explicit ChartStyle(const QPainter& painter);

    // Device units per point, and a length in points as device units.
    double unit() const { return m_unit; }
    double pt(double points) const { return points * m_unit; }
    QFont font(double points, bool bold = false) const;
    // Up to `maxLines` lines of `text` wrapped to `width` (device units), the last one elided.
    static QStringList wrap(const QString& text, const QFont& font, QPaintDevice* device, double width, int maxLines);

    // A status marker (a disc of the status colour with its symbol in white); hollow for a value
    // derived from the quarters. radius in points.
    void drawStatusMarker(QPainter& painter, const QPointF& centre, TargetStatus status, double radiusPt,
                          bool hollow = false) const;
    // A status's pattern filling a rectangle (bars of the scorecard, legend swatches).
    void fillStatus(QPainter& painter, const QRectF& rect, TargetStatus status) const;
    // The hatched band that marks a gap.
    void fillGap(QPainter& painter, const QRectF& rect) const;
    // Text of a bar segment of a status, readable on its fill.
    static QColor textOn(TargetStatus status);

    // The same marker and pattern as images, for Qt Charts (light markers, bar textures).
    static QImage markerImage(TargetStatus status, int pixels, bool hollow = false);
    static QImage patternImage(TargetStatus status, int pixels);
    static QImage gapPatternImage(int pixels);

private:
    double m_unit = 1;
    QFont m_base;
};

} // namespace ys::charts
