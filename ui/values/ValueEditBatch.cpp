// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueEditBatch.h"

#include "FigureText.h"
#include "ValueRowState.h"
#include "io/values/NumberText.h"
#include "ui/commands/MeasureCommands.h"
#include "ui/document/PlanDocument.h"

#include <QUndoStack>

#include <algorithm>

namespace ys::ui {

bool ValueEditBatch::edit(Value& value, Field field, const QString& text)
{
    if (field == Field::Target || field == Field::Actual) {
        Figure& figure = field == Field::Target ? value.target : value.actual;
        const Figure typed = FigureText::typed(figure, text);
        // The same number (or reason) again changes nothing: an imported figure keeps its raw text.
        if (typed.number == figure.number && typed.missingReason == figure.missingReason)
            return false;
        figure = typed;
        return true;
    }
    QString& note = field == Field::TargetNote ? value.target.note : value.actual.note;
    const QString typed = text.trimmed();
    if (typed == note)
        return false;
    note = typed;
    return true;
}

void ValueEditBatch::set(const Value& current, Field field, const QString& text)
{
    auto write = std::find_if(m_writes.begin(), m_writes.end(), [&current](const Write& w) {
        return w.before.fiscalYear == current.fiscalYear && w.before.period == current.period;
    });
    if (write == m_writes.end())
        write = m_writes.insert(m_writes.end(), Write{current, current});
    if (!edit(write->after, field, text)) {
        ++m_report.unchanged;
        return;
    }
    ++m_report.changed;
    if ((field == Field::Target || field == Field::Actual) && FigureText::readsAsReason(text))
        m_report.reasons << io::NumberText::trimmed(text);
}

BlockEditReport ValueEditBatch::commit(PlanDocument& document, const QString& undoText)
{
    if (document.isReadOnly()) {
        m_report.readOnly = true;
        m_report.changed = 0;
        return m_report;
    }
    std::erase_if(m_writes, [](const Write& w) { return sameValue(w.before, w.after); });
    QUndoStack* stack = document.undoStack();
    if (m_writes.size() > 1)
        stack->beginMacro(undoText);
    for (Write& write : m_writes)
        stack->push(new SetValueCommand(document, std::move(write.before), std::move(write.after), undoText));
    if (m_writes.size() > 1)
        stack->endMacro();
    m_writes.clear();
    return m_report;
}

} // namespace ys::ui
