// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BlockEditReport.h"

#include "domain/Value.h"

#include <QString>

#include <vector>

namespace ys::ui {

class PlanDocument;

// Cell edits of the values grid made as one undo step. The edits of one value (a fiscal year and
// period) become one SetValueCommand; more than one command goes on the undo stack as a macro,
// so a paste or a delete is undone with one Ctrl+Z. Nothing is written before commit().
class ValueEditBatch
{
public:
    enum class Field
    {
        Target,
        Actual,
        TargetNote,
        ActualNote
    };

    explicit ValueEditBatch(BlockEditReport report = {}) : m_report(std::move(report)) {}

    // Puts typed `text` in one field of `current` (the value as the file holds it now). A number
    // field reads the text as FigureText does; the same number or reason again changes nothing.
    void set(const Value& current, Field field, const QString& text);
    BlockEditReport& report() { return m_report; }
    // Pushes the commands on the document's undo stack (none when nothing changed).
    BlockEditReport commit(PlanDocument& document, const QString& undoText);

private:
    struct Write
    {
        Value before;
        Value after;
    };

    static bool edit(Value& value, Field field, const QString& text);

    std::vector<Write> m_writes;
    BlockEditReport m_report;
};

} // namespace ys::ui
