// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"
#include "rules/SmartChecks.h"
#include "ui/table/MeasureFacts.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace ys::ui {

class ReviewDocument;

// The measures of one plan as a reviewer reads them (reviewer mode): status and the year it is for,
// completeness, SMART findings, the review flags (proposed by the product, confirmed, dismissed),
// the comments (open, resolved) and whether anything reviewed changed since. A thin adapter over
// the document and its ReviewSummary: the rules run once per refresh, never while painting.
class ReviewMeasuresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        ServiceColumn,
        TitleColumn,
        TypeColumn,
        StatusColumn,
        CompletenessColumn,
        SmartColumn,
        FlagsColumn,
        CommentsColumn,
        ChangedColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, MeasureIdRole };

    ReviewMeasuresModel(ReviewDocument& review, QObject* parent = nullptr);

    void setPlan(RowId planId);
    RowId planId() const { return m_planId; }
    int rowOf(RowId measureId) const;
    RowId measureIdAt(int row) const { return m_rows[size_t(row)].facts.id; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        MeasureFacts facts;
        QList<rules::SmartFinding> smart;
        int proposed = 0;
        int confirmed = 0;
        int dismissed = 0;
        QStringList flagLines; // "Missing baseline (proposed): The measure has no baseline value."
        int open = 0;
        int resolved = 0;
        bool changed = false;
    };

    void refresh();
    QVariant display(const Row& row, int column) const;
    QString toolTip(const Row& row, int column) const;

    ReviewDocument& m_review;
    RowId m_planId = 0;
    std::vector<Row> m_rows;
};

} // namespace ys::ui
