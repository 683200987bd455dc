// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

class QAbstractSeries;

namespace ys::report {

// What hovering a Qt Charts series says, per x slot: the words for each point and each gap
// (a value and how it was written, a status, or the reason a value is missing). The chart
// builders fill it; the screen's chart view shows the text as a tooltip. Plain text.
class ChartTips
{
public:
    void set(const QAbstractSeries* series, int slot, const QString& text) { m_tips[series][slot] = text; }
    QString at(const QAbstractSeries* series, int slot) const { return m_tips.value(series).value(slot); }
    bool has(const QAbstractSeries* series) const { return m_tips.contains(series); }
    void clear() { m_tips.clear(); }

private:
    QHash<const QAbstractSeries*, QHash<int, QString>> m_tips;
};

} // namespace ys::report
