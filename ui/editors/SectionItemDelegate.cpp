// SPDX-License-Identifier: GPL-3.0-or-later
#include "SectionItemDelegate.h"

#include "EditorRoles.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <algorithm>

namespace ys::ui {
namespace {

// The earliest date the date field offers stands for "no date".
const QDate NoDate(2000, 1, 1);

} // namespace

QWidget* SectionItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    const QStringList choices = index.data(ChoicesRole).toStringList();
    if (!choices.isEmpty()) {
        auto* combo = new QComboBox(parent);
        combo->addItems(choices);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        // A choice made in the list is committed at once, not when the cell is left.
        connect(combo, &QComboBox::activated, this,
                [this, combo] { emit const_cast<SectionItemDelegate*>(this)->commitData(combo); });
        return combo;
    }
    const QVariant value = index.data(Qt::EditRole);
    if (value.metaType().id() == QMetaType::QDate) {
        auto* date = new QDateEdit(parent);
        date->setCalendarPopup(true);
        date->setMinimumDate(NoDate);
        date->setSpecialValueText(tr("Not set"));
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return date;
    }
    if (index.data(MultiLineRole).toBool()) {
        auto* text = new QPlainTextEdit(parent);
        text->setTabChangesFocus(true);
        return text;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void SectionItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(value.toInt());
    } else if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        date->setDate(value.toDate().isValid() ? value.toDate() : NoDate);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        if (text->toPlainText() != value.toString())
            text->setPlainText(value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void SectionItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                       const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentIndex(), Qt::EditRole);
    else if (auto* date = qobject_cast<QDateEdit*>(editor))
        model->setData(index, date->date() == NoDate ? QDate() : date->date(), Qt::EditRole);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        model->setData(index, text->toPlainText(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

void SectionItemDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                               const QModelIndex& index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    // A paragraph gets room for a few lines even in a short row.
    if (qobject_cast<QPlainTextEdit*>(editor)) {
        QRect rect = editor->geometry();
        rect.setHeight(std::max(rect.height(), option.fontMetrics.lineSpacing() * 4 + 8));
        editor->setGeometry(rect);
    }
}

} // namespace ys::ui
