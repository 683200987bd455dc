// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace ys::ui {

class MeasuresTableModel;

// Filters and sorts the measures table. A row stays when its search text (MeasuresTableModel::
// SearchTextRole: title, "#id", service number and name, type, direction, status, agency and
// owner, lowercase and kept per row by the model) holds every typed word, and when it passes the
// optional type and status filters. Sorting uses the model's SortRole, so numbers sort as numbers
// and empty cells come last.
class MeasuresFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MeasuresFilter(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    void setTypeFilter(std::optional<MeasureType> type);
    std::optional<MeasureType> typeFilter() const { return m_type; }
    void setStatusFilter(std::optional<TargetStatus> status);
    std::optional<TargetStatus> statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // Empty cells (no sort key) sort after every value in both directions, as in a spreadsheet.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const MeasuresTableModel* m_table = nullptr; // the source, when it is a MeasuresTableModel
    QString m_text;
    QStringList m_words;
    std::optional<MeasureType> m_type;
    std::optional<TargetStatus> m_status;
};

} // namespace ys::ui
