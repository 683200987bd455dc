// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValuesDelegate.h"

#include "FigureEditor.h"
#include "ValuesModel.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QPlainTextEdit>

#include <algorithm>

namespace ys::ui {
namespace {

bool isNoteColumn(const QModelIndex& index)
{
    return index.column() == ValuesModel::TargetNoteColumn || index.column() == ValuesModel::ActualNoteColumn;
}

} // namespace

ValuesDelegate::ValuesDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QWidget* ValuesDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    Q_UNUSED(option);
    const QString where = index.model()->headerData(index.row(), Qt::Vertical).toString();
    const QString what = index.model()->headerData(index.column(), Qt::Horizontal).toString();
    QWidget* editor = nullptr;
    if (isNoteColumn(index)) {
        auto* note = new QPlainTextEdit(parent);
        note->setTabChangesFocus(true);
        note->setToolTip(tr("Enter keeps the note, Shift+Enter starts a new line, Escape cancels."));
        editor = note;
    } else {
        editor = new FigureEditor(static_cast<Unit>(index.data(ValuesModel::UnitRole).toInt()), parent);
    }
    editor->setAccessibleName(tr("%1, %2").arg(what, where));
    return editor;
}

void ValuesDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QString text = index.data(Qt::EditRole).toString();
    if (auto* note = qobject_cast<QPlainTextEdit*>(editor)) {
        note->setPlainText(text);
        note->moveCursor(QTextCursor::End);
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(text);
    }
}

void ValuesDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* note = qobject_cast<QPlainTextEdit*>(editor))
        model->setData(index, note->toPlainText());
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        model->setData(index, line->text());
}

void ValuesDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    if (!isNoteColumn(index)) {
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    // A note gets room for a few lines, kept inside the view.
    QRect rect = option.rect;
    rect.setHeight(std::max(rect.height(), editor->fontMetrics().lineSpacing() * 5 + 8));
    if (const QWidget* viewport = editor->parentWidget()) {
        if (rect.bottom() > viewport->height())
            rect.moveBottom(std::max(viewport->height(), option.rect.bottom()));
        if (rect.top() < 0)
            rect.moveTop(0);
    }
    editor->setGeometry(rect);
}

bool ValuesDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QWidget*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            auto* note = qobject_cast<QPlainTextEdit*>(editor);
            if (note && (key->modifiers() & (Qt::ShiftModifier | Qt::AltModifier))) {
                note->insertPlainText(QStringLiteral("\n"));
                return true;
            }
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            emit enterPressed();
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace ys::ui
