// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ValueRowState.h"

#include "domain/Measure.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ys::ui {

// The words of the values grid: what a cell shows and what its tooltip explains (where a number
// came from, how an annual actual was derived, why a status is what it is). Tooltips are rich text
// built from escaped plain text, so whatever a file or a person wrote shows literally.
class ValueCellText
{
    Q_DECLARE_TR_FUNCTIONS(ValueCellText)

public:
    // The annual actual: entered ("51 %", with " ⚠" when the quarters disagree), derived
    // ("≈ 118,779 (Q1–Q3)") or the reason there is none.
    static QString actual(const ValueRowState& row, const Measure& measure);
    // "✓ Met"; empty when the row shows no status.
    static QString status(const ValueRowState& row);
    // A note on one line: line breaks shown as " ↵ ".
    static QString noteLine(const QString& note);

    static QString figureTip(const Figure& figure, Unit unit);
    static QString actualTip(const ValueRowState& row, const Measure& measure);
    static QString statusTip(const ValueRowState& row, const Measure& measure, double tolerance);
    static QString noteTip(const QString& note);

    // "higher is better", "lower is better", "within 10 % of the target"
    static QString direction(Direction direction, double tolerance);
    // "annual = sum of the quarters"
    static QString interval(Interval interval);
    // Plain lines as tooltip rich text: escaped, line breaks kept, wrapped.
    static QString richText(const QStringList& lines);

private:
    static QStringList figureLines(const Figure& figure, Unit unit);
    static QString quartersUsed(const ValueRowState& row, Interval interval);
};

} // namespace ys::ui
