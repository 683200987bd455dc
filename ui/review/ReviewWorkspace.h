// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace ys::ui {

class MeasureReviewPanel;
class ReviewDocument;
class ReviewMeasuresModel;

// The reviewer's screen for one plan: its measures with status, completeness, SMART findings,
// review flags and comments (ReviewMeasuresModel) above the review of the selected measure
// (MeasureReviewPanel).
class ReviewWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewWorkspace(ReviewDocument& review, QWidget* parent = nullptr);

    void setPlan(RowId planId);
    RowId planId() const;
    bool selectMeasure(RowId measureId);

    QTableView* tableView() const { return m_table; }
    ReviewMeasuresModel* model() const { return m_model; }
    MeasureReviewPanel* panel() const { return m_panel; }
    QSplitter* splitter() const { return m_splitter; }

signals:
    void measureActivated(ys::RowId id);
    void historyRequested(ys::RowId measureId);

private:
    void updateHeader();
    void currentChanged();

    ReviewDocument& m_review;
    ReviewMeasuresModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QLabel* m_header = nullptr;
    QTableView* m_table = nullptr;
    MeasureReviewPanel* m_panel = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace ys::ui
