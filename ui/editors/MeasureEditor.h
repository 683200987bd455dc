// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Measure.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QScrollArea;

namespace ys::ui {

class FieldCaption;
class FindingsLabel;
class MeasureEditorHeader;
class MeasureFieldEditor;
class PlanDocument;

// Edits one measure's definition: every validation element the city requires, grouped as its
// guidance groups them (definition; data; target setting). Completeness is shown as the user
// types (on the fields as shown, before anything is committed) with a marker beside each missing
// required field, and each SMART finding appears under the field it concerns. Typing becomes one
// SetMeasureCommand per field after a short pause or when the field loses focus; undo and redo
// refresh the fields without disturbing one whose value they did not change. The fields scroll
// under a header that keeps the title and the completeness line in view.
class MeasureEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MeasureEditor(PlanDocument& document, QWidget* parent = nullptr);
    ~MeasureEditor() override;

    // Shows a measure (0: none), committing what was typed for the previous one first.
    void setMeasure(RowId id);
    RowId measureId() const { return m_id; }
    // Commits typing that is waiting for its pause (before the file is closed, for instance).
    void commitPending();
    // Hides the measure's title and place in the header, for a page that shows them itself.
    void setTitleShown(bool shown);
    // The completeness line as shown ("13 of 16 required elements: missing ...").
    QString completenessText() const;

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void build();
    void refresh();
    void refreshChoices(const Measure& stored);
    void updateChecks();
    void commit(MeasureFieldEditor* field);
    Measure shownMeasure() const;
    QString labelOf(const QString& code) const;
    int planYear() const;

    QPointer<PlanDocument> m_document;
    RowId m_id = 0;
    MeasureEditorHeader* m_header = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_form = nullptr;
    QList<MeasureFieldEditor*> m_fields;
    QHash<QString, FieldCaption*> m_captions;
    FindingsLabel* m_targetFindings = nullptr;
};

} // namespace ys::ui
