// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanCommands.h"

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

} // namespace ys::ui
