// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QImage>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;

namespace ys::charts {

// Writes a chart as a PNG image or an SVG drawing with the QPainter renderers, so an exported
// chart looks exactly like the printed one. Sizes are in points, the chart's size on paper.
class ChartExport
{
public:
    using Paint = std::function<void(QPainter&, const QRectF&)>;

    // Half a letter or A4 page's text width, and a height that suits a measure chart.
    static QSizeF halfPage() { return {270, 170}; }

    // The chart drawn on an image at `dpi` (dots per inch), white behind it.
    static QImage image(const QSizeF& sizePt, const Paint& paint, int dpi = 192);
    // Writes PNG or SVG by the path's suffix (".png", ".svg"); any other suffix is refused.
    static Status write(const QString& path, const QSizeF& sizePt, const Paint& paint, const QString& title = {});
    static Status writePng(const QString& path, const QSizeF& sizePt, const Paint& paint, int dpi = 192);
    static Status writeSvg(const QString& path, const QSizeF& sizePt, const Paint& paint, const QString& title = {});
};

} // namespace ys::charts
