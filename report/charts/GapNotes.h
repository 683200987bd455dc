// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeasureChart.h"

#include <QFontMetricsF>
#include <QString>
#include <QStringList>

#include <map>

namespace ys::charts {

class MeasurePanelPainter;

// The words under the legend for the gaps whose short mark does not say it all ("Part: FY26 — only
// part of the year ..."; "1: FY23 — *Submitted after December*"), and the mark each gap carries: its
// short word when that fits the slot, else a number.
class GapNotes
{
public:
    // Decides the marks of a panel's drawn gaps (given its painter's slot width) and notes them.
    // quarterYear: the fiscal year of a quarters panel, 0 for the years panel.
    void add(const ChartPanel& panel, MeasurePanelPainter& painter, const QFontMetricsF& metrics, int quarterYear);
    // "Part: FY26 — Only part of the year ... . 1: FY23 — *Submitted after December*"
    QString text() const;

private:
    std::map<QString, QString> m_numbers;                  // reason -> its number
    std::map<std::pair<QString, QString>, QStringList> m_notes; // (mark, reason) -> where
};

} // namespace ys::charts
