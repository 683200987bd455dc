// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChoiceDelegate.h"

#include "domain/Vocabulary.h"

#include <QComboBox>

namespace ys::ui {

ChoiceDelegate::ChoiceDelegate(Choices choices, QObject* parent)
    : QStyledItemDelegate(parent), m_choices(std::move(choices))
{
}

ChoiceDelegate::Choices ChoiceDelegate::measureTypes()
{
    Choices choices;
    for (MeasureType type : {MeasureType::Output, MeasureType::Efficiency, MeasureType::Effectiveness,
                             MeasureType::Outcome, MeasureType::Input, MeasureType::Demand, MeasureType::Quality,
                             MeasureType::Unspecified})
        choices.append({label(type), int(type)});
    return choices;
}

ChoiceDelegate::Choices ChoiceDelegate::directions()
{
    Choices choices;
    for (Direction direction :
         {Direction::Increase, Direction::Decrease, Direction::Maintain, Direction::NotApplicable, Direction::Unspecified})
        choices.append({label(direction), int(direction)});
    return choices;
}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    for (const auto& [text, value] : m_choices)
        combo->addItem(text, value);
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    // A choice is stored at once (one undo step per measure and field: the commands merge); Enter,
    // Escape or leaving the cell closes the editor.
    auto* self = const_cast<ChoiceDelegate*>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] { emit self->commitData(combo); });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    const auto* combo = static_cast<const QComboBox*>(editor);
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace ys::ui
