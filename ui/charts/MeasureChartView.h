// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"
#include "report/ChartTips.h"
#include "report/charts/MeasureChart.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace ys::ui {

class ChartExportActions;
class PlanDocument;

// A measure's chart on screen, beside its values: the desired direction and the status (with the
// year it is for) on top, then the fiscal years' actuals and targets, and under them the quarters
// of the current year. Built from the chart model (report/charts) by the Qt Charts builder and
// rebuilt whenever the measure or its values change. Hovering a point says its value and how it
// was written; hovering a gap says why there is no value. The context menu exports the chart as
// PNG or SVG, drawn as it prints.
class MeasureChartView : public QWidget
{
    Q_OBJECT

public:
    explicit MeasureChartView(PlanDocument& document, QWidget* parent = nullptr);
    ~MeasureChartView() override;

    void setMeasure(RowId id);
    RowId measureId() const { return m_id; }

    // What is on screen, for tests and the screenshots.
    const charts::MeasureChart& model() const { return m_model; }
    QChart* yearsChart() const;
    QChart* quartersChart() const;
    const report::ChartTips& tips() const { return m_tips; }
    QString directionText() const;
    QString statusText() const;
    ChartExportActions* exportActions() const { return m_export; }
    // How many times the charts were rebuilt (edits rebuild them once, when the event loop runs).
    int builds() const { return m_builds; }

private:
    void rebuild();
    void rebuildSoon();
    void watch(QChart* chart);
    void showTip(const QObject* series, const QPointF& point, bool state);

    PlanDocument& m_document;
    RowId m_id = 0;
    charts::MeasureChart m_model;
    report::ChartTips m_tips;
    QLabel* m_direction = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_statusIcon = nullptr;
    QChartView* m_years = nullptr;
    QChartView* m_quarters = nullptr;
    ChartExportActions* m_export = nullptr;
    int m_builds = 0;
    bool m_pending = false; // a rebuild is queued
};

} // namespace ys::ui
