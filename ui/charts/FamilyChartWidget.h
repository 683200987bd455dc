// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"
#include "report/charts/FamilyChart.h"

#include <QWidget>

namespace ys::ui {

class ChartExportActions;
class PlanDocument;

// A service's family of measures drawn on the service page with the print renderer: a box per
// type with a status marker per measure. Hovering a box lists its measures and their statuses.
// Redrawn as measures and values change; the context menu exports it as PNG or SVG.
class FamilyChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit FamilyChartWidget(PlanDocument& document, QWidget* parent = nullptr);

    void setService(RowId serviceId);
    const charts::FamilyChart& model() const { return m_chart; }
    // What hovering the box of a type (0 output .. 3 outcome) says.
    QString typeToolTip(int type) const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    void refresh();

    PlanDocument& m_document;
    RowId m_serviceId = 0;
    charts::FamilyChart m_chart;
    ChartExportActions* m_export = nullptr;
};

} // namespace ys::ui
