// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"
#include "navigation/NodeKind.h"
#include "report/charts/Scorecard.h"

#include <QWidget>

class QSplitter;
class QStackedWidget;
class QLabel;

namespace ys::ui {

class MeasurePage;
class MeasuresTableView;
class NavigationView;
class PlanDocument;
class PlanSectionsEditor;
class ScorecardView;
class ServiceEditor;

// Everything shown for one open plan file: the navigation tree beside the selected object's
// editor (plan sections, a service, a measure, the scorecard of an agency or plan owner), or the
// plan-wide measures table.
class DocumentView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Plan, Table };

    explicit DocumentView(PlanDocument& document, QWidget* parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const;
    void showNode(NodeKind kind, RowId id, RowId planId);
    void showMeasure(RowId id);
    // The scorecard of an agency, a plan owner or the whole file.
    void showScorecard(const charts::ScorecardScope& scope);
    // The service or measure the user is on (to add a measure to).
    RowId currentServiceId() const { return m_serviceId; }
    RowId currentMeasureId() const;
    RowId currentPlanId() const { return m_planId; }
    void focusSearch();
    void commitPending();

    NavigationView* navigation() const { return m_navigation; }
    MeasuresTableView* table() const { return m_table; }
    MeasurePage* measurePage() const { return m_measurePage; }
    ScorecardView* scorecard() const { return m_scorecard; }
    QSplitter* splitter() const { return m_splitter; }

signals:
    void currentPlanChanged(ys::RowId planId);

private:
    PlanDocument& m_document;
    QStackedWidget* m_modes = nullptr;
    QSplitter* m_splitter = nullptr;
    NavigationView* m_navigation = nullptr;
    QStackedWidget* m_detail = nullptr;
    QLabel* m_welcome = nullptr;
    PlanSectionsEditor* m_sections = nullptr;
    ServiceEditor* m_service = nullptr;
    MeasurePage* m_measurePage = nullptr;
    ScorecardView* m_scorecard = nullptr;
    MeasuresTableView* m_table = nullptr;
    RowId m_serviceId = 0;
    RowId m_planId = 0;
};

} // namespace ys::ui
