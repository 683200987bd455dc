// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace ys::ui {

class MeasureChartView;
class MeasureEditor;
class PlanDocument;
class ValuesGrid;

// One measure on screen: its title and place, its values (targets, actuals, status) beside its
// chart, and its full definition, each on a tab.
class MeasurePage : public QWidget
{
    Q_OBJECT

public:
    explicit MeasurePage(PlanDocument& document, QWidget* parent = nullptr);

    void setMeasure(RowId id);
    RowId measureId() const { return m_id; }
    ValuesGrid* valuesGrid() const { return m_values; }
    MeasureChartView* chartView() const { return m_chart; }
    MeasureEditor* editor() const { return m_editor; }
    QTabWidget* tabs() const { return m_tabs; }
    void commitPending();

private:
    void updateTitle();

    PlanDocument& m_document;
    RowId m_id = 0;
    QLabel* m_title = nullptr;
    QLabel* m_place = nullptr;
    QTabWidget* m_tabs = nullptr;
    ValuesGrid* m_values = nullptr;
    MeasureChartView* m_chart = nullptr;
    MeasureEditor* m_editor = nullptr;
};

} // namespace ys::ui
