// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Plan.h"
#include "domain/PlanSections.h"
#include "domain/Service.h"
#include "ui/document/PlanDocument.h"

#include <QUndoCommand>

namespace ys::ui {

// Changes a plan's header or first section (overview, vision, state ...).
class SetPlanCommand : public QUndoCommand
{
public:
    SetPlanCommand(PlanDocument& document, Plan before, Plan after, const QString& text);
    void redo() override;
    void undo() override;
    int id() const override;
    // Successive edits of the same field (the same command text) of the same plan are one undo step.
    bool mergeWith(const QUndoCommand* other) override;

private:
    PlanDocument& m_document;
    Plan m_before;
    Plan m_after;
};

// Changes a service's name or description.
class SetServiceCommand : public QUndoCommand
{
public:
    SetServiceCommand(PlanDocument& document, Service before, Service after, const QString& text);
    void redo() override;
    void undo() override;
    int id() const override;
    // Successive edits of the same field (the same command text) of the same service are one undo step.
    bool mergeWith(const QUndoCommand* other) override;

private:
    PlanDocument& m_document;
    Service m_before;
    Service m_after;
};

// How each plan-section type is written through the document.
template <typename T>
struct SectionWriter;

template <>
struct SectionWriter<Goal>
{
    static Result<RowId> add(PlanDocument& d, const Goal& v) { return d.addGoal(v); }
    static Status write(PlanDocument& d, const Goal& v) { return d.writeGoal(v); }
    static Status remove(PlanDocument& d, RowId id) { return d.removeGoal(id); }
    static Status restore(PlanDocument& d, const Goal& v) { return d.restoreGoal(v); }
};
template <>
struct SectionWriter<Initiative>
{
    static Result<RowId> add(PlanDocument& d, const Initiative& v) { return d.addInitiative(v); }
    static Status write(PlanDocument& d, const Initiative& v) { return d.writeInitiative(v); }
    static Status remove(PlanDocument& d, RowId id) { return d.removeInitiative(id); }
    static Status restore(PlanDocument& d, const Initiative& v) { return d.restoreInitiative(v); }
};
template <>
struct SectionWriter<Risk>
{
    static Result<RowId> add(PlanDocument& d, const Risk& v) { return d.addRisk(v); }
    static Status write(PlanDocument& d, const Risk& v) { return d.writeRisk(v); }
    static Status remove(PlanDocument& d, RowId id) { return d.removeRisk(id); }
    static Status restore(PlanDocument& d, const Risk& v) { return d.restoreRisk(v); }
};
template <>
struct SectionWriter<KeyPerson>
{
    static Result<RowId> add(PlanDocument& d, const KeyPerson& v) { return d.addKeyPerson(v); }
    static Status write(PlanDocument& d, const KeyPerson& v) { return d.writeKeyPerson(v); }
    static Status remove(PlanDocument& d, RowId id) { return d.removeKeyPerson(id); }
    static Status restore(PlanDocument& d, const KeyPerson& v) { return d.restoreKeyPerson(v); }
};

// Edits one row of a plan section (goal, initiative, risk, key person): an edit has a before and
// an after; an addition has only an after; a deletion only a before. Undo does the opposite.
// A row that comes back (an undone deletion, a redone addition) keeps its id and uid, so the
// commands before and after it on the stack still find it.
template <typename T>
class SectionCommand : public QUndoCommand
{
public:
    SectionCommand(PlanDocument& document, std::optional<T> before, std::optional<T> after, const QString& text)
        : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after))
    {
    }

    void redo() override { apply(m_before, m_after); }
    void undo() override { apply(m_after, m_before); }

private:
    void apply(std::optional<T>& from, std::optional<T>& to)
    {
        if (from && to) {
            (void)SectionWriter<T>::write(m_document, *to);
        } else if (to && to->id != 0) {
            (void)SectionWriter<T>::restore(m_document, *to);
        } else if (to) {
            auto id = SectionWriter<T>::add(m_document, *to);
            if (id)
                to->id = *id;
            else
                setObsolete(true);
        } else if (from) {
            (void)SectionWriter<T>::remove(m_document, from->id);
        }
    }

    PlanDocument& m_document;
    std::optional<T> m_before;
    std::optional<T> m_after;
};

} // namespace ys::ui
