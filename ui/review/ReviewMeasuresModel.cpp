// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewMeasuresModel.h"

#include "ReviewDocument.h"

#include "domain/FiscalYear.h"
#include "report/StatusStyle.h"
#include "review/PlanLookup.h"
#include "review/ReviewItemText.h"
#include "ui/document/PlanDocument.h"

#include <QColor>
#include <QHash>
#include <QTextDocument>

namespace ys::ui {

ReviewMeasuresModel::ReviewMeasuresModel(ReviewDocument& review, QObject* parent)
    : QAbstractTableModel(parent), m_review(review)
{
    connect(&review, &ReviewDocument::reviewChanged, this, &ReviewMeasuresModel::refresh);
}

void ReviewMeasuresModel::setPlan(RowId planId)
{
    if (planId == m_planId && !m_rows.empty())
        return;
    m_planId = planId;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    refresh();
}

int ReviewMeasuresModel::rowOf(RowId measureId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].facts.id == measureId)
            return int(i);
    return -1;
}

void ReviewMeasuresModel::refresh()
{
    const storage::PlanSnapshot& snapshot = m_review.document().snapshot();
    const Plan* plan = snapshot.plan(m_planId);
    const review::ReviewSummary* summary = plan ? m_review.summary(m_planId) : nullptr;
    std::vector<Row> rows;
    if (plan) {
        QHash<RowId, int> index;
        for (const Measure* m : review::PlanLookup::measuresOf(snapshot, plan->id)) {
            Row row;
            row.facts = MeasureFacts::of(snapshot, *m, plan->cycle);
            row.smart = rules::smartChecks(*m, snapshot.valuesOf(m->id), plan->cycle);
            index.insert(m->id, int(rows.size()));
            rows.push_back(std::move(row));
        }
        if (summary) {
            for (const auto& flag : summary->flags) {
                const int i = index.value(flag.measureId, -1);
                if (i < 0)
                    continue;
                Row& row = rows[size_t(i)];
                row.proposed += flag.state == ReviewItem::State::Proposed;
                row.confirmed += flag.state == ReviewItem::State::Confirmed;
                row.dismissed += flag.state == ReviewItem::State::Dismissed;
                row.changed = row.changed || flag.changedSinceReview;
                const QString why = flag.item && !flag.item->text.isEmpty() ? flag.item->text : flag.reason;
                row.flagLines << tr("%1 (%2): %3")
                                     .arg(review::ReviewItemText::flagLabel(flag.kind), label(flag.state).toLower(), why);
            }
            for (const auto& comment : summary->comments) {
                const int i = index.value(comment.item.anchor.measureId, -1);
                if (i < 0)
                    continue;
                Row& row = rows[size_t(i)];
                row.open += comment.item.state == ReviewItem::State::Open;
                row.resolved += comment.item.state == ReviewItem::State::Resolved;
                row.changed = row.changed || comment.changedSinceReview;
            }
        }
    }
    const bool sameRows = rows.size() == m_rows.size() &&
                          std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                     [](const Row& a, const Row& b) { return a.facts.id == b.facts.id; });
    if (sameRows) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ReviewMeasuresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewMeasuresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewMeasuresModel::display(const Row& row, int column) const
{
    const Measure* m = m_review.document().snapshot().measure(row.facts.id);
    if (!m)
        return {};
    switch (column) {
    case IdColumn: return QStringLiteral("#%1").arg(m->id);
    case ServiceColumn:
        if (const Service* s = m_review.document().snapshot().service(m->serviceId))
            return QString::number(s->number);
        return tr("goal KPI");
    case TitleColumn: return m->title;
    case TypeColumn: return label(m->type);
    case StatusColumn:
        if (row.facts.status.fiscalYear == 0)
            return report::StatusStyle::of(row.facts.status.status).labelled();
        return tr("%1 (%2)").arg(report::StatusStyle::of(row.facts.status.status).labelled(),
                                 FiscalYear(row.facts.status.fiscalYear).label());
    case CompletenessColumn: return tr("%1/%2").arg(row.facts.filled).arg(row.facts.required);
    case SmartColumn:
        if (row.smart.isEmpty())
            return tr("none");
        return row.smart.size() == 1 ? tr("1 finding") : tr("%1 findings").arg(row.smart.size());
    case FlagsColumn: {
        QStringList parts;
        if (row.proposed)
            parts << tr("%1 proposed").arg(row.proposed);
        if (row.confirmed)
            parts << tr("%1 confirmed").arg(row.confirmed);
        if (row.dismissed)
            parts << tr("%1 dismissed").arg(row.dismissed);
        return parts.join(tr(", "));
    }
    case CommentsColumn: {
        QStringList parts;
        if (row.open)
            parts << tr("%1 open").arg(row.open);
        if (row.resolved)
            parts << tr("%1 resolved").arg(row.resolved);
        return parts.join(tr(", "));
    }
    case ChangedColumn: return row.changed ? tr("Changed since review") : QString();
    default: return {};
    }
}

QString ReviewMeasuresModel::toolTip(const Row& row, int column) const
{
    QString text;
    switch (column) {
    case SmartColumn:
        for (const auto& finding : row.smart)
            text += tr("%1: %2\n").arg(rules::criterionLabel(finding.criterion), finding.reason);
        break;
    case FlagsColumn: text = row.flagLines.join(QLatin1Char('\n')); break;
    case ChangedColumn:
        if (row.changed)
            text = tr("The measure changed after a flag or comment on it was written.");
        break;
    default: return display(row, column).toString();
    }
    return text.trimmed().isEmpty() ? QString() : Qt::convertFromPlainText(text.trimmed(), Qt::WhiteSpaceNormal);
}

QVariant ReviewMeasuresModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return display(row, column);
    case Qt::ToolTipRole: return toolTip(row, column);
    case Qt::BackgroundRole:
        if (column == StatusColumn)
            return report::StatusStyle::of(row.facts.status.status).background;
        if (column == FlagsColumn && row.proposed)
            return QColor(0xfd, 0xf1, 0xd6); // a proposal waits for the reviewer's decision
        if (column == ChangedColumn && row.changed)
            return QColor(0xde, 0xeb, 0xf7);
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn || (column == FlagsColumn && row.proposed) || (column == ChangedColumn && row.changed))
            return QColor(Qt::black);
        return {};
    case SortRole:
        switch (column) {
        case IdColumn: return QVariant::fromValue<qint64>(row.facts.id);
        case CompletenessColumn: return row.facts.required ? double(row.facts.filled) / row.facts.required : 1.0;
        case SmartColumn: return int(row.smart.size());
        case FlagsColumn: return row.proposed * 1000 + row.confirmed * 10 + row.dismissed;
        case CommentsColumn: return row.open * 1000 + row.resolved;
        case StatusColumn: return int(row.facts.status.status);
        default: return display(row, column).toString().toLower();
        }
    case MeasureIdRole: return QVariant::fromValue<qint64>(row.facts.id);
    default: return {};
    }
}

QVariant ReviewMeasuresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Id");
    case ServiceColumn: return tr("Service");
    case TitleColumn: return tr("Title");
    case TypeColumn: return tr("Type");
    case StatusColumn: return tr("Status");
    case CompletenessColumn: return tr("Complete");
    case SmartColumn: return tr("SMART");
    case FlagsColumn: return tr("Review flags");
    case CommentsColumn: return tr("Comments");
    case ChangedColumn: return tr("Since review");
    default: return {};
    }
}

} // namespace ys::ui
