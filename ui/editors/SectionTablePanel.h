// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QTableView;

namespace ys::ui {

// A section table (initiatives, risks, key personnel) with its Add and Remove buttons. The
// buttons' shortcuts (Insert to add, Shift+Delete to remove the current row) work while the
// focus is in the panel and are shown in the buttons' tool tips. Rows grow to show their text.
class SectionTablePanel : public QWidget
{
    Q_OBJECT

public:
    SectionTablePanel(const QString& addText, const QString& removeText, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QAction* addRowAction() const { return m_add; }
    QAction* removeRowAction() const { return m_remove; }
    void setModel(QAbstractItemModel* model);
    void setEditable(bool editable);
    // Rows of `lines` lines of text (longer text is cut, in full in its tool tip); 0, the
    // default: each row as tall as its text.
    void setRowLines(int lines);
    int currentRow() const;
    // Makes a cell current and, when `edit` is set, opens it for typing.
    void focusCell(int row, int column, bool edit);

signals:
    void addRequested();
    void removeRequested(int row);

private:
    void updateActions();

    QTableView* m_view = nullptr;
    QAction* m_add = nullptr;
    QAction* m_remove = nullptr;
    bool m_editable = true;
};

} // namespace ys::ui
