// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartStyle.h"

#include <QString>

#include <vector>

class QPainter;

namespace ys::charts {

// The key under a chart: a swatch and a word per item, flowing left to right and onto further
// lines when the width runs out.
class ChartLegend
{
public:
    enum class Swatch { ActualLine, TargetLine, YearToDateLine, ReferenceLine, StatusMarker, DerivedMarker, StatusFill, Gap };
    struct Item
    {
        Swatch swatch = Swatch::ActualLine;
        QString text;
        TargetStatus status = TargetStatus::NoData;
    };

    void add(Swatch swatch, const QString& text, TargetStatus status = TargetStatus::NoData)
    {
        m_items.push_back({swatch, text, status});
    }
    bool isEmpty() const { return m_items.empty(); }

    // The height the legend needs at `width` (device units).
    double height(const ChartStyle& style, QPainter& painter, double width) const;
    void paint(const ChartStyle& style, QPainter& painter, const QRectF& rect) const;

private:
    double itemWidth(const ChartStyle& style, QPainter& painter, const Item& item) const;
    void paintSwatch(const ChartStyle& style, QPainter& painter, const Item& item, const QRectF& box) const;

    std::vector<Item> m_items;
};

} // namespace ys::charts
