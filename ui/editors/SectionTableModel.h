// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorRoles.h"
#include "ui/commands/PlanCommands.h"
#include "ui/document/PlanDocument.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QUndoStack>

#include <algorithm>
#include <vector>

namespace ys::ui {

// The rows of one plan section (a goal's initiatives, a plan's risks or key personnel) as a table:
// a thin adapter over the document. It re-reads its rows whenever the document's sections change,
// keeping views' current cells when the rows stay the same; setData never writes, it pushes a
// SectionCommand. Subclasses say how rows are fetched, shown and changed.
template <typename T> class SectionTableModel : public QAbstractTableModel
{
public:
    SectionTableModel(PlanDocument& document, QObject* parent)
        : QAbstractTableModel(parent), m_document(&document)
    {
        QObject::connect(&document, &PlanDocument::sectionsChanged, this, [this] { refresh(); });
        QObject::connect(&document, &PlanDocument::reloaded, this, [this] { refresh(); });
    }

    // The plan (or, for initiatives, the goal) whose rows are shown; 0 shows none.
    void setOwner(RowId ownerId)
    {
        m_ownerId = ownerId;
        beginResetModel();
        m_rows = ownerId && m_document ? fetch(ownerId) : std::vector<T>{};
        endResetModel();
    }
    RowId ownerId() const { return m_ownerId; }
    const T* rowAt(int row) const
    {
        return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
    }
    int rowOf(RowId id) const
    {
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].id == id)
                return int(i);
        return -1;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        const T* row = checkIndex(index, CheckIndexOption::IndexIsValid) ? rowAt(index.row()) : nullptr;
        if (!row)
            return {};
        if (role == RowIdRole)
            return qlonglong(row->id);
        return cell(*row, index.column(), role);
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        Qt::ItemFlags flags = QAbstractTableModel::flags(index);
        if (index.isValid() && m_document && !m_document->isReadOnly())
            flags |= Qt::ItemIsEditable;
        return flags;
    }

    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override
    {
        const T* row = role == Qt::EditRole && checkIndex(index, CheckIndexOption::IndexIsValid)
                           ? rowAt(index.row())
                           : nullptr;
        if (!row || !m_document || m_document->isReadOnly())
            return false;
        T after = *row;
        if (!apply(after, index.column(), value))
            return false;
        if (same(after, *row))
            return true;
        m_document->undoStack()->push(
            new SectionCommand<T>(*m_document, *row, after, editText(index.column())));
        return true;
    }

    // Re-reads the rows: same rows in the same order only change their cells; a new order moves
    // them (views keep their current row); added or removed rows reset the table.
    void refresh()
    {
        if (!m_document)
            return;
        std::vector<T> fresh = m_ownerId ? fetch(m_ownerId) : std::vector<T>{};
        const auto ids = [](const std::vector<T>& rows) {
            std::vector<RowId> out;
            for (const T& row : rows)
                out.push_back(row.id);
            return out;
        };
        const std::vector<RowId> before = ids(m_rows);
        const std::vector<RowId> after = ids(fresh);
        if (before == after) {
            m_rows = std::move(fresh);
            if (!m_rows.empty())
                emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            return;
        }
        if (std::is_permutation(before.begin(), before.end(), after.begin(), after.end())) {
            emit layoutAboutToBeChanged();
            const QModelIndexList from = persistentIndexList();
            m_rows = std::move(fresh);
            QModelIndexList to;
            for (const QModelIndex& old : from) {
                const int moved = rowOf(before[std::size_t(old.row())]);
                to << (moved < 0 ? QModelIndex() : index(moved, old.column()));
            }
            changePersistentIndexList(from, to);
            emit layoutChanged();
            return;
        }
        beginResetModel();
        m_rows = std::move(fresh);
        endResetModel();
    }

protected:
    virtual std::vector<T> fetch(RowId ownerId) const = 0;
    virtual QVariant cell(const T& row, int column, int role) const = 0;
    // Writes an edited cell into `row`; false when the value cannot be taken.
    virtual bool apply(T& row, int column, const QVariant& value) const = 0;
    virtual bool same(const T& a, const T& b) const = 0;
    virtual QString editText(int column) const = 0;

    PlanDocument& document() const { return *m_document; }

private:
    QPointer<PlanDocument> m_document;
    RowId m_ownerId = 0;
    std::vector<T> m_rows;
};

} // namespace ys::ui
