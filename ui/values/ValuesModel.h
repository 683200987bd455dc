// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BlockEditReport.h"
#include "ValueEditBatch.h"
#include "ValueRowState.h"
#include "ValueRows.h"

#include "domain/Ids.h"
#include "domain/Measure.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace ys::ui {

class PlanDocument;

// The values of one measure as a table, a thin adapter over PlanDocument's snapshot and core/rules.
//
// Layout: one row per fiscal year and period ("FY25 Q1" ... "FY25 Q4", "FY25 Annual", oldest year
// first; see ValueRows), and five columns: Target, Actual, Status, Target note, Actual note.
// Chosen over one row per year with a column per period because a spreadsheet's target and actual
// columns paste straight in (a block of two columns lands on Target and Actual, quarters run down
// like the city's sheets), because the note of every target and actual has room to be read, and
// because five columns fit a pane 800 px wide where ten period columns and their notes would not.
//
// Shown, never stored: an annual actual derived from the quarters when none is entered ("≈ 118,779
// (Q1–Q3)", DerivedRole), and the status (StatusStyle colour, symbol and word) of each annual row
// and of each quarter that has its own target and actual. A missing number shows its reason.
// Edits (setData, paste, fill) push SetValueCommands on the document's undo stack, several cells as
// one macro; the model changes only when the document announces the write.
class ValuesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TargetColumn,
        ActualColumn,
        StatusColumn,
        TargetNoteColumn,
        ActualNoteColumn,
        ColumnCount
    };
    enum Role
    {
        UnitRole = Qt::UserRole + 1, // int: the measure's Unit (editors)
        DerivedRole,                 // bool: the annual actual shown is derived from the quarters
        MissingRole,                 // bool: the cell shows the reason there is no number
        StatusRole,                  // int: the TargetStatus shown; invalid when none
    };

    explicit ValuesModel(PlanDocument& document, QObject* parent = nullptr);

    // The measure shown; 0 (or an id not in the file) shows nothing.
    void setMeasure(RowId id);
    RowId measureId() const { return m_measureId; }
    const Measure* measure() const;
    // Quarter rows for every year, not only for years that use them.
    void setAllQuarters(bool all);
    bool allQuarters() const { return m_allQuarters; }
    // The plan year the rows are laid out around, and the year the measure's status is for.
    int planCycle() const { return m_planCycle; }
    std::optional<int> statusYear() const { return m_statusYear; }
    bool isReadOnly() const;

    int fiscalYear(int row) const { return m_rows.at(row).fiscalYear; }
    Period period(int row) const { return m_rows.at(row).period; }
    QModelIndex indexOf(int fiscalYear, Period period, int column) const;

    // Pastes a block of cells (rows of columns, as from a spreadsheet) with its top-left cell at
    // `topLeft`, as one undo step. Cells beyond the grid or on the Status column are not used.
    BlockEditReport paste(const QModelIndex& topLeft, const QList<QStringList>& block);
    // Puts the same text in every cell (empty text clears them), as one undo step.
    BlockEditReport fill(const QModelIndexList& cells, const QString& text, BlockEditReport::Kind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    // The measure, its definition, its status year or its rows changed: headers and captions refresh.
    void summaryChanged();

private:
    // A valid index of this model (checkIndex warns about an invalid one, which views ask about).
    bool isCell(const QModelIndex& index) const
    {
        return index.isValid() && checkIndex(index, CheckIndexOption::IndexIsValid);
    }
    void rebuild();
    void refresh(bool everything);
    ValueRows layout() const;
    std::vector<ValueRowState> compute(const ValueRows& rows) const;
    static ValueEditBatch::Field field(int column); // of an editable column
    QVariant cellData(const ValueRowState& row, int column, int role) const;
    QVariant verticalHeader(int row, int role) const;
    QString rowName(int row) const;

    PlanDocument& m_document;
    RowId m_measureId = 0;
    bool m_allQuarters = false;
    int m_planCycle = 0;
    ValueRows m_rows;
    std::vector<ValueRowState> m_states;
    std::optional<int> m_statusYear;
};

} // namespace ys::ui
