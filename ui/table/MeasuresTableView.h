// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ys::ui {

class MeasuresFilter;
class MeasuresTableModel;
class PlanDocument;

// The plan-wide measures table: a filter box (and type and status choices) over a sortable table
// of every measure, editable in place, with a count of the rows shown. Double-click or Enter on a
// row asks the window to open that measure.
class MeasuresTableView : public QWidget
{
    Q_OBJECT

public:
    explicit MeasuresTableView(PlanDocument& document, QWidget* parent = nullptr);

    QLineEdit* filterEdit() const { return m_filterEdit; }
    QComboBox* typeChoice() const { return m_typeChoice; }
    QComboBox* statusChoice() const { return m_statusChoice; }
    QTableView* tableView() const { return m_table; }
    QLabel* countLabel() const { return m_countLabel; }
    MeasuresTableModel* model() const { return m_model; }
    MeasuresFilter* filter() const { return m_filter; }

    // Selects the measure's row (clearing the filters when they hide it); false when there is none.
    bool selectMeasure(RowId id);

signals:
    void measureActivated(ys::RowId id);

private:
    void buildChoices();
    void setColumnWidths();
    void updateCount();
    void showColumnMenu(const QPoint& position);

    MeasuresTableModel* m_model = nullptr;
    MeasuresFilter* m_filter = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QComboBox* m_typeChoice = nullptr;
    QComboBox* m_statusChoice = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_countLabel = nullptr;
};

} // namespace ys::ui
