// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageGeometry.h"
#include "PageModel.h"
#include "Typography.h"

#include <QRectF>

#include <functional>

class QPainter;

namespace ys::report::pdf {

// Draws a measure's chart into `rect` (device units) of the painter.
using ChartPainter = std::function<void(QPainter& painter, const QRectF& rect, RowId measureId)>;

// Paints laid-out pages: the DRAFT mark behind the content, the page's boxes, rules, text and
// charts, the running header and the footer "Page N of M".
class PagePainter
{
public:
    PagePainter(const PageGeometry& geometry, const Typography& type, ChartPainter charts);
    void paint(QPainter& painter, const Page& page, int number, int total) const;

private:
    QPointF device(QPointF points) const { return points * m_type.scale(); }
    QRectF device(const QRectF& points) const;
    void text(QPainter& painter, const TextItem& item) const;

    const PageGeometry& m_geometry;
    const Typography& m_type;
    ChartPainter m_charts;
};

} // namespace ys::report::pdf
