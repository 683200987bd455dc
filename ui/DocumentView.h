// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"
#include "navigation/NodeKind.h"

#include <QWidget>

class QSplitter;
class QStackedWidget;
class QLabel;

namespace ys::ui {

class MeasurePage;
class MeasureReviewPanel;
class MeasuresTableView;
class NavigationView;
class PlanDocument;
class PlanReviewPage;
class PlanSectionsEditor;
class ReviewDocument;
class ReviewWorkspace;
class ServiceEditor;

// Everything shown for one open plan file: the navigation tree beside the selected object's
// editor (plan sections, a service, a measure), or the plan-wide measures table; in reviewer mode
// also the review of the plan on screen (its measures under review, and the plan's rubric,
// comments and decisions), with a review tab on each measure.
class DocumentView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Plan, Table, Review, PlanReview };

    explicit DocumentView(PlanDocument& document, QWidget* parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const;
    void showNode(NodeKind kind, RowId id, RowId planId);
    void showMeasure(RowId id);
    // The service or measure the user is on (to add a measure to).
    RowId currentServiceId() const { return m_serviceId; }
    RowId currentMeasureId() const;
    RowId currentPlanId() const { return m_planId; }
    void focusSearch();
    void commitPending();

    // Reviewer mode: the table mode shows the plan's measures under review, and each measure gets
    // a review tab.
    void setReviewerMode(bool on);
    bool reviewerMode() const { return m_reviewerMode; }
    // The plan the review screens show: the plan on screen, else the current measure's latest, else
    // the file's last plan.
    RowId reviewPlanId() const;
    ReviewDocument* review() const { return m_review; }
    ReviewWorkspace* reviewWorkspace() const { return m_reviewWorkspace; }
    PlanReviewPage* planReviewPage() const { return m_planReview; }
    MeasureReviewPanel* measureReviewPanel() const { return m_measureReview; }

    NavigationView* navigation() const { return m_navigation; }
    MeasuresTableView* table() const { return m_table; }
    MeasurePage* measurePage() const { return m_measurePage; }
    QSplitter* splitter() const { return m_splitter; }

signals:
    void currentPlanChanged(ys::RowId planId);
    void historyRequested(bool plan, ys::RowId id);

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
    MeasuresTableView* m_table = nullptr;
    RowId m_serviceId = 0;
    RowId m_planId = 0;
    ReviewDocument* m_review = nullptr;
    ReviewWorkspace* m_reviewWorkspace = nullptr;
    PlanReviewPage* m_planReview = nullptr;
    MeasureReviewPanel* m_measureReview = nullptr;
    bool m_reviewerMode = false;
};

} // namespace ys::ui
