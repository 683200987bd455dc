// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Measure.h"
#include "domain/Value.h"

#include <QUndoCommand>

#include <vector>

namespace ys::ui {

class PlanDocument;

// Changes a measure's definition from one state to another (any field).
class SetMeasureCommand : public QUndoCommand
{
public:
    SetMeasureCommand(PlanDocument& document, Measure before, Measure after, const QString& text);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    PlanDocument& m_document;
    Measure m_before;
    Measure m_after;
    QString m_field; // commands editing the same field of the same measure in a row merge
};

// Changes one value (measure x fiscal year x period): its target, actual, notes or override.
class SetValueCommand : public QUndoCommand
{
public:
    SetValueCommand(PlanDocument& document, Value before, Value after, const QString& text);
    void redo() override;
    void undo() override;

private:
    PlanDocument& m_document;
    Value m_before;
    Value m_after;
};

// Adds a measure to plans; undo removes it, redo brings it back with the same id.
class AddMeasureCommand : public QUndoCommand
{
public:
    AddMeasureCommand(PlanDocument& document, Measure measure, std::vector<RowId> planIds);
    void redo() override;
    void undo() override;
    RowId measureId() const { return m_measure.id; }

private:
    PlanDocument& m_document;
    Measure m_measure;
    std::vector<RowId> m_planIds;
    bool m_added = false;
};

// Removes a measure with its values; undo brings it back as it was.
class RemoveMeasureCommand : public QUndoCommand
{
public:
    RemoveMeasureCommand(PlanDocument& document, RowId measureId);
    void redo() override;
    void undo() override;

private:
    PlanDocument& m_document;
    Measure m_measure;
    std::vector<RowId> m_planIds;
    std::vector<Value> m_values;
};

} // namespace ys::ui
