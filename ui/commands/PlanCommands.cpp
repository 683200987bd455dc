// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanCommands.h"
#include "CommandIds.h"

namespace ys::ui {

SetPlanCommand::SetPlanCommand(PlanDocument& document, Plan before, Plan after, const QString& text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
}

void SetPlanCommand::redo()
{
    if (!m_document.writePlan(m_after))
        setObsolete(true);
}

void SetPlanCommand::undo()
{
    (void)m_document.writePlan(m_before);
}

int SetPlanCommand::id() const
{
    return SetPlanId;
}

bool SetPlanCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetPlanCommand*>(other);
    if (next->m_after.id != m_after.id || next->text() != text())
        return false;
    m_after = next->m_after;
    return true;
}

SetServiceCommand::SetServiceCommand(PlanDocument& document, Service before, Service after, const QString& text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
}

void SetServiceCommand::redo()
{
    if (!m_document.writeService(m_after))
        setObsolete(true);
}

void SetServiceCommand::undo()
{
    (void)m_document.writeService(m_before);
}

int SetServiceCommand::id() const
{
    return SetServiceId;
}

bool SetServiceCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetServiceCommand*>(other);
    if (next->m_after.id != m_after.id || next->text() != text())
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace ys::ui
