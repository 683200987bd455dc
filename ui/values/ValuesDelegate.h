// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace ys::ui {

// Editors of the values grid: a FigureEditor (unit shown beside the number) for targets and
// actuals, a plain-text box for notes, which may hold line breaks. As in a spreadsheet, Enter keeps
// the edit and asks to move to the cell below (enterPressed), Escape cancels; in a note,
// Shift+Enter or Alt+Enter starts a new line.
class ValuesDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ValuesDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

signals:
    // An edit was kept with Enter.
    void enterPressed();

protected:
    bool eventFilter(QObject* object, QEvent* event) override;
};

} // namespace ys::ui
