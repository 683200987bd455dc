// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureCommands.h"

#include "CommandIds.h"
#include "ui/document/PlanDocument.h"

namespace ys::ui {

SetMeasureCommand::SetMeasureCommand(PlanDocument& document, Measure before, Measure after, const QString& text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after)), m_field(text)
{
}

void SetMeasureCommand::redo()
{
    if (!m_document.writeMeasure(m_after))
        setObsolete(true);
}

void SetMeasureCommand::undo()
{
    (void)m_document.writeMeasure(m_before);
}

int SetMeasureCommand::id() const
{
    return SetMeasureId;
}

bool SetMeasureCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetMeasureCommand*>(other);
    if (next->m_after.id != m_after.id || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    return true;
}

SetValueCommand::SetValueCommand(PlanDocument& document, Value before, Value after, const QString& text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
}

void SetValueCommand::redo()
{
    if (!m_document.writeValue(m_after))
        setObsolete(true);
}

void SetValueCommand::undo()
{
    (void)m_document.writeValue(m_before);
}

AddMeasureCommand::AddMeasureCommand(PlanDocument& document, Measure measure, std::vector<RowId> planIds)
    : QUndoCommand(QObject::tr("Add measure \"%1\"").arg(measure.title)), m_document(document),
      m_measure(std::move(measure)), m_planIds(std::move(planIds))
{
}

void AddMeasureCommand::redo()
{
    if (m_added) {
        (void)m_document.restoreMeasure(m_measure, m_planIds, {});
        return;
    }
    auto id = m_document.addMeasure(m_measure, m_planIds);
    if (!id) {
        setObsolete(true);
        return;
    }
    if (const Measure* stored = m_document.snapshot().measure(*id))
        m_measure = *stored;
    m_added = true;
}

void AddMeasureCommand::undo()
{
    (void)m_document.removeMeasure(m_measure.id);
}

RemoveMeasureCommand::RemoveMeasureCommand(PlanDocument& document, RowId measureId)
    : m_document(document)
{
    if (const Measure* measure = document.snapshot().measure(measureId))
        m_measure = *measure;
    m_planIds = document.snapshot().plansOfMeasure.value(measureId);
    m_values = document.snapshot().valuesOf(measureId);
    setText(QObject::tr("Delete measure \"%1\"").arg(m_measure.title));
}

void RemoveMeasureCommand::redo()
{
    if (m_measure.id == 0 || !m_document.removeMeasure(m_measure.id))
        setObsolete(true);
}

void RemoveMeasureCommand::undo()
{
    (void)m_document.restoreMeasure(m_measure, m_planIds, m_values);
}

} // namespace ys::ui
