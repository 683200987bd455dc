// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"
#include "report/ScorecardQChart.h"
#include "report/charts/Scorecard.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTreeWidget;

namespace ys::ui {

class ChartExportActions;
class PlanDocument;

// A scorecard on screen: how many measures of an agency, a plan owner or the whole file met,
// nearly met, missed their target or have no data, by type, and for which fiscal year. The year
// is each measure's latest year with a target and an actual, or one chosen for all. Clicking a
// bar lists the measures behind it; activating one asks to open it. Refreshes as measures and
// values change (when hidden, the next time it is shown). The context menu exports the
// scorecard as PNG or SVG, drawn as it prints.
class ScorecardView : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardView(PlanDocument& document, QWidget* parent = nullptr);
    ~ScorecardView() override;

    void setScope(const charts::ScorecardScope& scope);
    const charts::ScorecardScope& scope() const { return m_scope; }
    // Judge every measure in this fiscal year; nullopt: each at its own status year.
    void setFiscalYear(std::optional<int> year);

    const charts::Scorecard& scorecard() const { return m_card; }
    QChartView* chartView() const { return m_chartView; }
    const report::ScorecardQChart& chart() const { return m_chart; }
    QComboBox* yearBox() const { return m_year; }
    QTreeWidget* drillList() const { return m_list; }
    QString captionText() const;
    ChartExportActions* exportActions() const { return m_export; }
    // Lists the measures behind one bar (what clicking it does).
    void drillDown(charts::ScorecardRow row, TargetStatus status);

signals:
    void measureActivated(ys::RowId measureId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void refreshLater();
    void fillYears();

    PlanDocument& m_document;
    charts::ScorecardScope m_scope;
    std::optional<int> m_fiscalYear;
    charts::Scorecard m_card;
    report::ScorecardQChart m_chart;
    bool m_dirty = true;
    std::optional<std::pair<charts::ScorecardRow, TargetStatus>> m_drilled;
    QLabel* m_title = nullptr;
    QLabel* m_caption = nullptr;
    QComboBox* m_year = nullptr;
    QChartView* m_chartView = nullptr;
    QLabel* m_listTitle = nullptr;
    QTreeWidget* m_list = nullptr;
    ChartExportActions* m_export = nullptr;
};

} // namespace ys::ui
