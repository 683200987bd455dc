// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace ys::ui {

// Edits a cell whose edit value is one of a fixed list (a vocabulary's enum as int) with a combo
// box of labels. Drawing stays the plain-text drawing of QStyledItemDelegate.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Choices = QList<QPair<QString, int>>; // label, value

    explicit ChoiceDelegate(Choices choices, QObject* parent = nullptr);

    // The measure types and directions, in their vocabulary's order.
    static Choices measureTypes();
    static Choices directions();

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    Choices m_choices;
};

} // namespace ys::ui
