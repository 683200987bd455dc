// SPDX-License-Identifier: GPL-3.0-or-later
#include "SectionTablePanel.h"

#include "SectionItemDelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ys::ui {
namespace {

QAction* makeAction(const QString& text, const QKeySequence& shortcut, QWidget* parent)
{
    auto* action = new QAction(text, parent);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(
        SectionTablePanel::tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    parent->addAction(action);
    return action;
}

} // namespace

SectionTablePanel::SectionTablePanel(const QString& addText, const QString& removeText, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(this);
    m_view->setItemDelegate(new SectionItemDelegate(m_view));
    m_view->setWordWrap(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_view, 1);

    m_add = makeAction(addText, QKeySequence(Qt::Key_Insert), this);
    m_remove = makeAction(removeText, QKeySequence(Qt::SHIFT | Qt::Key_Delete), this);
    connect(m_add, &QAction::triggered, this, &SectionTablePanel::addRequested);
    connect(m_remove, &QAction::triggered, this, [this] {
        if (currentRow() >= 0)
            emit removeRequested(currentRow());
    });

    auto* buttons = new QHBoxLayout;
    for (QAction* action : {m_add, m_remove}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(action->text());
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    updateActions();
}

void SectionTablePanel::setModel(QAbstractItemModel* model)
{
    m_view->setModel(model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SectionTablePanel::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &SectionTablePanel::updateActions);
    connect(model, &QAbstractItemModel::layoutChanged, this, &SectionTablePanel::updateActions);
    updateActions();
}

void SectionTablePanel::setEditable(bool editable)
{
    m_editable = editable;
    m_view->setEditTriggers(editable
                                ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                      QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked
                                : QAbstractItemView::NoEditTriggers);
    updateActions();
}

void SectionTablePanel::setRowLines(int lines)
{
    QHeaderView* rows = m_view->verticalHeader();
    if (lines <= 0) {
        m_view->setWordWrap(true);
        rows->setSectionResizeMode(QHeaderView::ResizeToContents);
        return;
    }
    m_view->setWordWrap(lines > 1);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().lineSpacing() * lines + 8);
}

int SectionTablePanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SectionTablePanel::focusCell(int row, int column, bool edit)
{
    if (!m_view->model() || row < 0 || row >= m_view->model()->rowCount())
        return;
    const QModelIndex index = m_view->model()->index(row, column);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus();
    if (edit && m_editable)
        m_view->edit(index);
}

void SectionTablePanel::updateActions()
{
    m_add->setEnabled(m_editable);
    m_remove->setEnabled(m_editable && currentRow() >= 0);
}

} // namespace ys::ui
