// SPDX-License-Identifier: GPL-3.0-or-later
#include "GapNotes.h"

#include "ChartText.h"
#include "MeasurePanelPainter.h"

namespace ys::charts {

void GapNotes::add(const ChartPanel& panel, MeasurePanelPainter& painter, const QFontMetricsF& metrics, int quarterYear)
{
    std::map<int, QString> marks;
    for (const auto& [slot, point, target] : MeasurePanelPainter::drawnGaps(panel)) {
        QString mark = ChartText::gapMark(*point);
        const QString reason = point->reason;
        if (metrics.horizontalAdvance(mark) > painter.slotWidth()) {
            auto it = m_numbers.find(reason);
            if (it == m_numbers.end())
                it = m_numbers.emplace(reason, QString::number(m_numbers.size() + 1)).first;
            mark = it->second;
        }
        marks[slot] = mark;
        if (mark == reason)
            continue; // "N/A" says it all
        QString where = quarterYear ? ChartText::yearLabel(quarterYear) + QLatin1Char(' ') + panel.categories[slot]
                                    : panel.categories[slot];
        if (target)
            where += QLatin1Char(' ') + ChartText::tr("target");
        auto& note = m_notes[{mark, reason}];
        note << where;
    }
    painter.setMarks(std::move(marks));
}

QString GapNotes::text() const
{
    QStringList parts;
    for (const auto& [key, places] : m_notes)
        parts << ChartText::tr("%1: %2 — %3").arg(key.first, places.join(QStringLiteral(", ")), key.second);
    return parts.join(QStringLiteral(". "));
}

} // namespace ys::charts
