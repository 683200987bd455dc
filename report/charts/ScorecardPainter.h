// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Scorecard.h"

#include <QRectF>

class QPainter;

namespace ys::charts {

// Draws a scorecard into any painter within a rectangle: the scope and the fiscal year its
// statuses are for, then one stacked bar per type (met, near, missed, no data; each status with
// its own colour and pattern and its count written on the bar), the row totals, and a legend with
// each status's word and total. Bars share one scale, so rows compare by length.
class ScorecardPainter
{
public:
    static void paint(QPainter& painter, const QRectF& rect, const Scorecard& card);
    // The rows a scorecard shows: the four types, and "Other types" when it has measures.
    static std::vector<ScorecardRow> shownRows(const Scorecard& card);
    static QString rowLabel(ScorecardRow row);
    // "641 measures of the FY27 plans (33 deprecated measures not counted)".
    static QString countCaption(const Scorecard& card);
};

} // namespace ys::charts
