// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValuesModel.h"

#include "FigureText.h"
#include "ValueCellText.h"
#include "domain/FiscalYear.h"
#include "report/StatusStyle.h"
#include "rules/MeasureStatus.h"
#include "ui/document/PlanDocument.h"

#include <QBrush>
#include <QDate>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace ys::ui {
namespace {

bool isFigureColumn(int column)
{
    return column == ValuesModel::TargetColumn || column == ValuesModel::ActualColumn;
}

} // namespace

ValuesModel::ValuesModel(PlanDocument& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(&document, &PlanDocument::valuesChanged, this, [this](RowId id) {
        if (id == m_measureId)
            refresh(false);
    });
    connect(&document, &PlanDocument::measureChanged, this, [this](RowId id) {
        if (id == m_measureId)
            refresh(true); // unit, direction, interval or tolerance: every cell may read differently
    });
    connect(&document, &PlanDocument::measureRemoved, this, [this](RowId id) {
        if (id == m_measureId)
            setMeasure(0);
    });
    connect(&document, &PlanDocument::reloaded, this, &ValuesModel::rebuild);
}

const Measure* ValuesModel::measure() const
{
    return m_measureId ? m_document.snapshot().measure(m_measureId) : nullptr;
}

bool ValuesModel::isReadOnly() const
{
    return m_document.isReadOnly();
}

void ValuesModel::setMeasure(RowId id)
{
    if (id == m_measureId && id != 0)
        return;
    m_measureId = id;
    m_rows = {};
    rebuild();
}

void ValuesModel::setAllQuarters(bool all)
{
    if (all == m_allQuarters)
        return;
    m_allQuarters = all;
    m_rows = {}; // hiding quarters again is the one time rows may go
    rebuild();
}

ValueRows ValuesModel::layout() const
{
    const auto& snapshot = m_document.snapshot();
    const std::vector<Value>& values = snapshot.valuesOf(m_measureId);
    return ValueRows::of(values, m_planCycle, m_allQuarters).unitedWith(m_rows);
}

std::vector<ValueRowState> ValuesModel::compute(const ValueRows& rows) const
{
    std::vector<ValueRowState> states;
    const Measure* shown = measure();
    if (!shown)
        return states;
    const auto& snapshot = m_document.snapshot();
    const std::vector<Value>& values = snapshot.valuesOf(m_measureId);
    states.reserve(static_cast<std::size_t>(rows.count()));
    for (int row = 0; row < rows.count(); ++row)
        states.push_back(ValueRowState::compute(*shown, values, rows.at(row).fiscalYear, rows.at(row).period,
                                                snapshot.defaultTolerance, m_statusYear));
    return states;
}

void ValuesModel::rebuild()
{
    beginResetModel();
    const Measure* shown = measure();
    if (!shown) {
        m_measureId = 0;
        m_rows = {};
        m_states.clear();
        m_statusYear.reset();
    } else {
        const auto& snapshot = m_document.snapshot();
        m_planCycle = snapshot.latestCycleOf(m_measureId);
        if (m_planCycle == 0)
            m_planCycle = m_document.currentCycle();
        if (m_planCycle == 0)
            m_planCycle =
                FiscalYear::containing(QDate::currentDate(), snapshot.fiscalYearStartMonth).endYear();
        m_statusYear = rules::statusYear(shown->interval, snapshot.valuesOf(m_measureId));
        m_rows = layout();
        m_states = compute(m_rows);
    }
    endResetModel();
    emit summaryChanged();
}

void ValuesModel::refresh(bool everything)
{
    const Measure* shown = measure();
    if (!shown) {
        setMeasure(0);
        return;
    }
    const std::optional<int> oldStatusYear = m_statusYear;
    m_statusYear = rules::statusYear(shown->interval, m_document.snapshot().valuesOf(m_measureId));
    const ValueRows rows = layout();
    if (!(rows == m_rows)) {
        // A row appeared (a value written elsewhere for a year or quarter not shown): rare, reset.
        beginResetModel();
        m_rows = rows;
        m_states = compute(m_rows);
        endResetModel();
        emit summaryChanged();
        return;
    }
    std::vector<ValueRowState> states = compute(m_rows);
    std::swap(states, m_states);
    // Announce only the rows whose content changed, in contiguous runs.
    int first = -1;
    for (int row = 0; row <= rowCount(); ++row) {
        const bool changed = row < rowCount() && (everything || !(states[static_cast<std::size_t>(row)] ==
                                                                  m_states[static_cast<std::size_t>(row)]));
        if (changed && first < 0)
            first = row;
        if (!changed && first >= 0) {
            emit dataChanged(index(first, 0), index(row - 1, ColumnCount - 1));
            first = -1;
        }
    }
    if (everything || oldStatusYear != m_statusYear)
        emit summaryChanged();
}

QModelIndex ValuesModel::indexOf(int fiscalYear, Period period, int column) const
{
    const int row = m_rows.indexOf(fiscalYear, period);
    return row < 0 || m_states.empty() ? QModelIndex() : index(row, column);
}

int ValuesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_states.size());
}

int ValuesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ValuesModel::flags(const QModelIndex& index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() != StatusColumn && !m_document.isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ValuesModel::data(const QModelIndex& index, int role) const
{
    if (!isCell(index))
        return {};
    const Measure* shown = measure();
    if (!shown)
        return {};
    if (role == UnitRole)
        return static_cast<int>(shown->unit);
    return cellData(m_states[static_cast<std::size_t>(index.row())], index.column(), role);
}

QVariant ValuesModel::cellData(const ValueRowState& row, int column, int role) const
{
    const Measure& shown = *measure();
    const Figure& figure = column == TargetColumn ? row.value.target : row.value.actual;
    const bool derived = column == ActualColumn && row.derived();
    const bool missing = isFigureColumn(column) && !derived && !figure.number &&
                         !(figure.missingReason.isEmpty() && figure.raw.isEmpty());
    const double tolerance = rules::effectiveTolerance(shown, m_document.snapshot().defaultTolerance);

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TargetColumn:
            return FigureText::display(row.value.target, shown.unit);
        case ActualColumn:
            return row.annual ? ValueCellText::actual(row, shown)
                              : FigureText::display(row.value.actual, shown.unit);
        case StatusColumn:
            return ValueCellText::status(row);
        case TargetNoteColumn:
            return ValueCellText::noteLine(row.value.target.note);
        case ActualNoteColumn:
            return ValueCellText::noteLine(row.value.actual.note);
        }
        break;
    case Qt::EditRole:
        switch (column) {
        case TargetColumn:
        case ActualColumn:
            return FigureText::editable(figure);
        case StatusColumn:
            return ValueCellText::status(row);
        case TargetNoteColumn:
            return row.value.target.note;
        case ActualNoteColumn:
            return row.value.actual.note;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case TargetColumn:
            return ValueCellText::figureTip(row.value.target, shown.unit);
        case ActualColumn:
            return ValueCellText::actualTip(row, shown);
        case StatusColumn:
            return ValueCellText::statusTip(row, shown, tolerance);
        case TargetNoteColumn:
            return ValueCellText::noteTip(row.value.target.note);
        case ActualNoteColumn:
            return ValueCellText::noteTip(row.value.actual.note);
        }
        break;
    case Qt::AccessibleTextRole:
        if (derived)
            return tr("%1, derived from the quarters, not stored").arg(ValueCellText::actual(row, shown));
        if (missing)
            return tr("no number: %1").arg(FigureText::display(figure, shown.unit));
        break;
    case Qt::FontRole:
        if (missing || derived || (column == StatusColumn && row.statusYear)) {
            QFont font;
            font.setItalic(missing || derived);
            font.setBold(column == StatusColumn && row.statusYear);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (missing)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (column == StatusColumn && row.status)
            return QBrush(Qt::black); // on the light status tint, whatever the theme
        break;
    case Qt::BackgroundRole:
        if (column == StatusColumn && row.status)
            return QBrush(report::StatusStyle::of(*row.status).background);
        if (row.annual) // the annual row closes its year: a light band keeps the years apart
            return QGuiApplication::palette().brush(QPalette::AlternateBase);
        break;
    case Qt::TextAlignmentRole:
        if (isFigureColumn(column) && !missing)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case DerivedRole:
        return derived;
    case MissingRole:
        return missing;
    case StatusRole:
        if (column == StatusColumn && row.status)
            return static_cast<int>(*row.status);
        break;
    default:
        break;
    }
    return {};
}

QString ValuesModel::rowName(int row) const
{
    return FiscalYear(fiscalYear(row)).label() + QLatin1Char(' ') + label(period(row));
}

QVariant ValuesModel::verticalHeader(int row, int role) const
{
    const FiscalYear year(fiscalYear(row), m_document.snapshot().fiscalYearStartMonth);
    const bool annual = period(row) == Period::Annual;
    switch (role) {
    case Qt::DisplayRole:
        return rowName(row);
    case Qt::FontRole:
        if (annual) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        const QDate from = annual ? year.firstDay() : year.quarterFirstDay(static_cast<int>(period(row)) + 1);
        const QDate to = annual ? year.lastDay() : year.quarterLastDay(static_cast<int>(period(row)) + 1);
        QString text = tr("%1: %2 to %3")
                           .arg(rowName(row), from.toString(QStringLiteral("d MMM yyyy")),
                                to.toString(QStringLiteral("d MMM yyyy")));
        if (year.endYear() == m_planCycle)
            text += tr(" (plan year)");
        else if (year.endYear() == m_planCycle + 1)
            text += tr(" (next year)");
        return text;
    }
    default:
        break;
    }
    return {};
}

QVariant ValuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return section >= 0 && section < rowCount() ? verticalHeader(section, role) : QVariant();
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TargetColumn:
            return tr("Target");
        case ActualColumn:
            return tr("Actual");
        case StatusColumn:
            return tr("Status");
        case TargetNoteColumn:
            return tr("Target note");
        case ActualNoteColumn:
            return tr("Actual note");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return int(
            (section == TargetNoteColumn || section == ActualNoteColumn ? Qt::AlignLeft : Qt::AlignHCenter) |
            Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TargetColumn:
            return tr("The target: a number, or the reason there is none (\"N/A\").");
        case ActualColumn:
            return tr(
                "The actual. An annual actual left empty is derived from the quarters (≈), not stored.");
        case StatusColumn:
            return tr("Actual against target in the desired direction; computed, not typed.");
        case TargetNoteColumn:
            return tr("Why this target (rationale).");
        case ActualNoteColumn:
            return tr("What explains this actual.");
        }
    }
    return {};
}

bool ValuesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !isCell(index) || !(flags(index) & Qt::ItemIsEditable))
        return false;
    ValueEditBatch batch;
    batch.set(m_states[static_cast<std::size_t>(index.row())].value, field(index.column()), value.toString());
    const QString text =
        tr("Change %1 %2")
            .arg(rowName(index.row()), headerData(index.column(), Qt::Horizontal).toString().toLower());
    return !batch.commit(m_document, text).readOnly;
}

BlockEditReport ValuesModel::paste(const QModelIndex& topLeft, const QList<QStringList>& block)
{
    BlockEditReport report;
    report.kind = BlockEditReport::Kind::Paste;
    ValueEditBatch batch(report);
    if (!isCell(topLeft))
        return batch.report();
    int cells = 0;
    for (int r = 0; r < block.size(); ++r) {
        for (int c = 0; c < block[r].size(); ++c) {
            const int row = topLeft.row() + r;
            const int column = topLeft.column() + c;
            if (row >= rowCount() || column >= ColumnCount)
                ++batch.report().outside;
            else if (column == StatusColumn)
                // Our own copied blocks carry the status: pasting it back is not worth a word.
                batch.report().computed +=
                    block[r][c].trimmed() == data(index(row, column)).toString() ? 0 : 1;
            else {
                batch.set(m_states[static_cast<std::size_t>(row)].value, field(column), block[r][c]);
                ++cells;
            }
        }
    }
    return batch.commit(m_document, tr("Paste %1").arg(BlockEditReport::cells(cells)));
}

BlockEditReport ValuesModel::fill(const QModelIndexList& cells, const QString& text,
                                  BlockEditReport::Kind kind)
{
    BlockEditReport report;
    report.kind = kind;
    ValueEditBatch batch(report);
    int count = 0;
    for (const QModelIndex& cell : cells) {
        if (!isCell(cell))
            continue;
        if (cell.column() == StatusColumn)
            batch.report().computed += kind == BlockEditReport::Kind::Paste ? 1 : 0;
        else {
            batch.set(m_states[static_cast<std::size_t>(cell.row())].value, field(cell.column()), text);
            ++count;
        }
    }
    return batch.commit(m_document, kind == BlockEditReport::Kind::Clear
                                        ? tr("Clear %1").arg(BlockEditReport::cells(count))
                                        : tr("Paste into %1").arg(BlockEditReport::cells(count)));
}

ValueEditBatch::Field ValuesModel::field(int column)
{
    switch (column) {
    case TargetColumn:
        return ValueEditBatch::Field::Target;
    case ActualColumn:
        return ValueEditBatch::Field::Actual;
    case TargetNoteColumn:
        return ValueEditBatch::Field::TargetNote;
    default:
        return ValueEditBatch::Field::ActualNote;
    }
}

} // namespace ys::ui
