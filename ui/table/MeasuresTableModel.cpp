// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasuresTableModel.h"

#include "MeasureCellText.h"

#include "domain/FiscalYear.h"
#include "report/NumberFormat.h"
#include "report/StatusStyle.h"
#include "ui/commands/MeasureCommands.h"
#include "ui/document/PlanDocument.h"

#include <QColor>
#include <QFont>
#include <QUndoStack>

namespace ys::ui {
MeasuresTableModel::MeasuresTableModel(PlanDocument& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(&document, &PlanDocument::measureAdded, this, &MeasuresTableModel::addMeasure);
    connect(&document, &PlanDocument::measureRemoved, this, &MeasuresTableModel::removeMeasure);
    connect(&document, &PlanDocument::measureChanged, this, &MeasuresTableModel::refresh);
    connect(&document, &PlanDocument::valuesChanged, this, &MeasuresTableModel::refresh);
    connect(&document, &PlanDocument::serviceChanged, this, &MeasuresTableModel::changeService);
    connect(&document, &PlanDocument::planChanged, this, [this] {
        if (m_document.currentCycle() != m_planYear)
            reset();
    });
    connect(&document, &PlanDocument::reloaded, this, &MeasuresTableModel::reset);
    reset();
}

int MeasuresTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasuresTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

MeasuresTableModel::Row MeasuresTableModel::makeRow(const Measure& measure) const
{
    const storage::PlanSnapshot& snapshot = m_document.snapshot();
    Row row;
    row.facts = MeasureFacts::of(snapshot, measure, m_planYear);
    QStringList words{row.facts.searchText};
    if (const PlanOwner* owner = snapshot.owner(measure.ownerId)) {
        words << owner->name;
        if (const Agency* agency = snapshot.agency(owner->agencyId))
            words << agency->code << agency->name << agency->publicName;
    }
    row.searchText = words.join(QLatin1Char('\n')).toLower();
    return row;
}

QVariant MeasuresTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const Measure* measure = m_document.snapshot().measure(row.facts.id);
    if (!measure)
        return {};
    const int column = index.column();
    const MeasureCellText cells(m_document.snapshot(), m_planYear);
    switch (role) {
    case Qt::DisplayRole: return cells.display(*measure, row.facts, column);
    case Qt::EditRole:
        switch (column) {
        case TitleColumn: return measure->title;
        case TypeColumn: return int(measure->type);
        case DirectionColumn: return int(measure->direction);
        case TargetColumn:
            if (row.facts.planYearTarget.number)
                return report::NumberFormat::plain(*row.facts.planYearTarget.number, measure->unit);
            return row.facts.planYearTarget.missingReason;
        default: return cells.display(*measure, row.facts, column);
        }
    case Qt::ToolTipRole: return cells.toolTip(*measure, row.facts, column);
    case Qt::AccessibleTextRole:
        if (column == StatusColumn && row.facts.status.fiscalYear > 0) // the symbol alone says little to a reader
            return tr("%1 in %2").arg(report::StatusStyle::of(row.facts.status.status).text,
                                      FiscalYear(row.facts.status.fiscalYear).label());
        return cells.display(*measure, row.facts, column);
    case Qt::BackgroundRole:
        if (column == StatusColumn)
            return report::StatusStyle::of(row.facts.status.status).background;
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn) // the tint is light in every theme: keep the text dark on it
            return QColor(Qt::black);
        return {};
    case Qt::FontRole:
        if ((column == LatestActualColumn && row.facts.latestActualDerived) ||
            (column == TargetColumn && !row.facts.planYearTarget.number && !row.facts.planYearTarget.missingReason.isEmpty())) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == IdColumn || column == LatestActualColumn || column == TargetColumn || column == CompletenessColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole: return cells.sortKey(*measure, row.facts, column);
    case MeasureIdRole: return QVariant::fromValue<qint64>(row.facts.id);
    case SearchTextRole: return row.searchText;
    case TypeRole: return int(measure->type);
    case StatusRole: return int(row.facts.status.status);
    case StatusYearRole: return row.facts.status.fiscalYear;
    default: return {};
    }
}

QVariant MeasuresTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return MeasureCellText(m_document.snapshot(), m_planYear).header(section, role);
}

Qt::ItemFlags MeasuresTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_document.isReadOnly())
        return flags;
    const int column = index.column();
    if (column == TitleColumn || column == TypeColumn || column == DirectionColumn || (column == TargetColumn && m_planYear > 0))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool MeasuresTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Measure* current = m_document.snapshot().measure(m_rows[size_t(index.row())].facts.id);
    if (!current)
        return false;
    const Measure before = *current;
    Measure after = before;
    QString text;
    switch (index.column()) {
    case TitleColumn:
        after.title = value.toString().trimmed();
        if (after.title.isEmpty()) // a measure keeps a title; clearing it is not an edit
            return false;
        text = tr("Change title of measure #%1");
        break;
    case TypeColumn:
        after.type = MeasureType(value.toInt());
        text = tr("Change type of measure #%1");
        break;
    case DirectionColumn:
        after.direction = Direction(value.toInt());
        text = tr("Change direction of measure #%1");
        break;
    case TargetColumn: return setTarget(before, value.toString());
    default: return false;
    }
    if (after.title == before.title && after.type == before.type && after.direction == before.direction)
        return false;
    m_document.undoStack()->push(new SetMeasureCommand(m_document, before, after, text.arg(before.id)));
    return true;
}

bool MeasuresTableModel::setTarget(const Measure& measure, const QString& typed)
{
    Value before;
    before.measureId = measure.id;
    before.fiscalYear = m_planYear;
    before.period = Period::Annual;
    for (const Value& value : m_document.snapshot().valuesOf(measure.id))
        if (value.fiscalYear == m_planYear && value.period == Period::Annual)
            before = value;
    Value after = before;
    Figure& target = after.target;
    const QString text = typed.trimmed();
    const std::optional<double> number = text.isEmpty() ? std::nullopt : report::NumberFormat::parse(text, measure.unit);
    target.number = number;
    target.raw = text;
    // Text that is no number is why there is none ("not set yet"): kept as words, never a zero.
    target.missingReason = number || text.isEmpty() ? QString() : text;
    target.origin = Origin::User;
    const Figure& old = before.target;
    if (old.number == target.number && old.missingReason == target.missingReason)
        return false;
    m_document.undoStack()->push(new SetValueCommand(
        m_document, before, after, tr("Set %1 target of measure #%2").arg(FiscalYear(m_planYear).label()).arg(measure.id)));
    return true;
}

void MeasuresTableModel::reset()
{
    beginResetModel();
    m_planYear = m_document.currentCycle();
    m_rows.clear();
    m_rowOf.clear();
    const auto& measures = m_document.snapshot().measures;
    m_rows.reserve(measures.size());
    for (const Measure& measure : measures) {
        m_rowOf.insert(measure.id, int(m_rows.size()));
        m_rows.push_back(makeRow(measure));
    }
    endResetModel();
}

void MeasuresTableModel::addMeasure(RowId id)
{
    if (m_rowOf.contains(id)) {
        refresh(id);
        return;
    }
    const Measure* measure = m_document.snapshot().measure(id);
    if (!measure)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back(makeRow(*measure));
    m_rowOf.insert(id, row);
    endInsertRows();
}

void MeasuresTableModel::removeMeasure(RowId id)
{
    const int row = m_rowOf.value(id, -1);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    m_rowOf.remove(id);
    for (int r = row; r < int(m_rows.size()); ++r)
        m_rowOf[m_rows[size_t(r)].facts.id] = r;
    endRemoveRows();
}

void MeasuresTableModel::refresh(RowId id)
{
    const int row = m_rowOf.value(id, -1);
    const Measure* measure = m_document.snapshot().measure(id);
    if (row < 0 || !measure)
        return;
    m_rows[size_t(row)] = makeRow(*measure);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MeasuresTableModel::changeService(RowId id)
{
    for (const Measure& measure : m_document.snapshot().measures)
        if (measure.serviceId == id)
            refresh(measure.id);
}

} // namespace ys::ui
