// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeasureFacts.h"

#include "domain/Ids.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace ys::ui {

class PlanDocument;

// Every measure of the plan file, one row each: the overview a lead and a reviewer work from.
// A thin adapter over the document: the rules' results (status, completeness, latest actual) are
// worked out once per measure and kept per row (MeasureFacts), and worked out again only for the
// measure a signal names, so that sorting and filtering 1,500 rows stay cheap. Edits in place
// (title, type, direction, plan-year target) push undo commands; they never write themselves.
class MeasuresTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        AgencyColumn,
        OwnerColumn,
        ServiceColumn,
        TitleColumn,
        TypeColumn,
        DirectionColumn,
        LatestActualColumn,
        TargetColumn,       // the plan year's annual target (the document's current cycle)
        StatusColumn,       // status in its status year (the latest year with target and actual)
        CompletenessColumn, // required definition parts filled: "13/16"
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole,  // per column: numbers as numbers (double), text lowercase; empty sorts last
        MeasureIdRole,            // any column: the row's measure id (qint64)
        SearchTextRole,           // any column: lowercase text the free-text filter matches words against
        TypeRole,                 // any column: int(MeasureType)
        StatusRole,               // any column: int(TargetStatus)
        StatusYearRole,           // any column: the status's fiscal year (end year), 0 when none
    };

    explicit MeasuresTableModel(PlanDocument& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Pushes a SetMeasureCommand (title: text; type, direction: their enum as int) or, for the
    // target, a SetValueCommand (a number in the measure's unit, or text kept as the missing reason).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The plan year whose targets the target column shows (0 when the file has no plan).
    int planYear() const { return m_planYear; }
    int rowOf(RowId measureId) const { return m_rowOf.value(measureId, -1); }
    RowId measureIdAt(int row) const { return m_rows[size_t(row)].facts.id; }
    // The row's search text without going through QVariant (the filter's fast path).
    const QString& searchTextAt(int row) const { return m_rows[size_t(row)].searchText; }
    const MeasureFacts& factsAt(int row) const { return m_rows[size_t(row)].facts; }

private:
    struct Row
    {
        MeasureFacts facts;
        QString searchText; // the facts' search text plus agency and owner
    };

    Row makeRow(const Measure& measure) const;
    bool setTarget(const Measure& measure, const QString& text);

    void reset();
    void addMeasure(RowId id);
    void removeMeasure(RowId id);
    void refresh(RowId id);
    void changeService(RowId id);

    PlanDocument& m_document;
    std::vector<Row> m_rows;
    QHash<RowId, int> m_rowOf;
    int m_planYear = 0;
};

} // namespace ys::ui
