// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"
#include "domain/Service.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace ys::ui {

class FamilyChartWidget;
class FindingsLabel;
class GrowingTextEdit;
class PlanDocument;
class TextFieldCommitter;

// A budget service in the plan: its number (fixed), name and description as in the budget book,
// its pillar, its family of measures (which of output, efficiency, effectiveness and outcome it
// has, drawn with each measure's status, and the output-only warning), and the list of its measures
// with their status. Activating a measure in the
// list (double-click or Enter) asks to open it.
class ServiceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceEditor(PlanDocument& document, QWidget* parent = nullptr);

    void setService(RowId serviceId);
    RowId serviceId() const { return m_serviceId; }
    void commitPending();
    QTreeWidget* measureList() const { return m_measures; }
    FamilyChartWidget* familyChart() const { return m_familyChart; }

signals:
    void measureActivated(ys::RowId measureId);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    std::optional<Service> storedService() const;
    void refresh();
    void refreshFamily();
    void commitName();
    void commitDescription();

    QPointer<PlanDocument> m_document;
    RowId m_serviceId = 0;
    QLabel* m_title = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_name = nullptr;
    TextFieldCommitter* m_nameCommitter = nullptr;
    GrowingTextEdit* m_description = nullptr;
    TextFieldCommitter* m_descriptionCommitter = nullptr;
    QLabel* m_pillar = nullptr;
    QLabel* m_family = nullptr;
    FindingsLabel* m_familyWarning = nullptr;
    FamilyChartWidget* m_familyChart = nullptr;
    QTreeWidget* m_measures = nullptr;
};

} // namespace ys::ui
