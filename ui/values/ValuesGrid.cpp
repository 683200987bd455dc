// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValuesGrid.h"

#include "TsvText.h"
#include "ValueCellText.h"
#include "ValuesDelegate.h"
#include "ValuesModel.h"
#include "domain/FiscalYear.h"
#include "rules/MeasureStatus.h"
#include "ui/document/PlanDocument.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ys::ui {
namespace {

QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // user text is never rich text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QAction* viewAction(QTableView* view, const QString& text, const QKeySequence& key)
{
    auto* action = new QAction(text, view);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut); // an open editor keeps its own copy and paste
    view->addAction(action);
    return action;
}

// The bounding rectangle of the selected cells, or the current cell when none is selected.
QRect selectionBounds(const QTableView* view)
{
    QRect bounds;
    const QModelIndexList cells = view->selectionModel()->selectedIndexes();
    for (const QModelIndex& cell : cells)
        bounds |= QRect(cell.column(), cell.row(), 1, 1);
    if (bounds.isNull() && view->currentIndex().isValid())
        bounds = QRect(view->currentIndex().column(), view->currentIndex().row(), 1, 1);
    return bounds;
}

} // namespace

ValuesGrid::ValuesGrid(PlanDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new ValuesModel(document, this)),
      m_delegate(new ValuesDelegate(this))
{
    m_title = plainLabel(this);
    m_title->setAccessibleName(tr("Measure"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_caption = plainLabel(this);
    m_caption->setAccessibleName(tr("Unit, direction and status year"));
    m_allQuarters = new QCheckBox(tr("&Quarters of every year"), this);
    m_allQuarters->setToolTip(tr("Show Q1-Q4 rows for past years too, not only where quarters are used."));

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel); // the last row shows whole
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAccessibleName(tr("Values"));
    m_view->setAccessibleDescription(
        tr("Targets and actuals by fiscal year and quarter. Type to edit, Delete clears, "
           "Ctrl+C copies, Ctrl+V pastes a block from a spreadsheet."));
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->verticalHeader()->setHighlightSections(false); // bold marks the annual rows
    QHeaderView* columns = m_view->horizontalHeader();
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setMinimumSectionSize(m_view->fontMetrics().horizontalAdvance(QStringLiteral("Target note")) +
                                   16);
    columns->setSectionResizeMode(ValuesModel::TargetNoteColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(ValuesModel::ActualNoteColumn, QHeaderView::Stretch);

    m_message = plainLabel(this);
    m_message->setAccessibleName(tr("Last paste or delete"));
    m_message->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    top->addWidget(m_allQuarters, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    m_copy = viewAction(m_view, tr("&Copy"), QKeySequence::Copy);
    connect(m_copy, &QAction::triggered, this, &ValuesGrid::copySelection);
    m_paste = viewAction(m_view, tr("&Paste"), QKeySequence::Paste);
    connect(m_paste, &QAction::triggered, this, &ValuesGrid::pasteClipboard);
    m_clear = viewAction(m_view, tr("C&lear"), QKeySequence::Delete);
    connect(m_clear, &QAction::triggered, this, &ValuesGrid::clearSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_model, &ValuesModel::summaryChanged, this, &ValuesGrid::updateCaption);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ValuesGrid::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ValuesGrid::fitColumns);
    connect(m_delegate, &ValuesDelegate::enterPressed, this, &ValuesGrid::moveDown);
    connect(m_allQuarters, &QCheckBox::toggled, m_model, &ValuesModel::setAllQuarters);
    connect(&document, &PlanDocument::writeFailed, this,
            [this](const QString& why) { showMessage(tr("Not saved: %1").arg(why)); });
    updateCaption();
}

RowId ValuesGrid::measureId() const
{
    return m_model->measureId();
}

QString ValuesGrid::message() const
{
    return m_message->text();
}

void ValuesGrid::setMeasure(RowId id)
{
    m_model->setMeasure(id);
    showMessage({});
    layout()->activate(); // the caption may have grown: scroll within the view's final height
    // Start on the plan year's target, the figure a lead most often comes to type; its year and
    // the years before it stay in sight.
    const QModelIndex target =
        m_model->indexOf(m_model->planCycle(), Period::Annual, ValuesModel::TargetColumn);
    if (target.isValid()) {
        m_view->scrollToBottom();
        m_view->setCurrentIndex(target);
    }
}

void ValuesGrid::updateCaption()
{
    const Measure* measure = m_model->measure();
    if (!measure) {
        m_title->setText(tr("No measure selected"));
        m_caption->clear();
        m_view->setAccessibleName(tr("Values"));
        return;
    }
    const double tolerance = rules::effectiveTolerance(*measure, m_document.snapshot().defaultTolerance);
    QStringList parts{label(measure->unit), ValueCellText::direction(measure->direction, tolerance),
                      ValueCellText::interval(measure->interval)};
    parts << (m_model->statusYear() ? tr("status for %1").arg(FiscalYear(*m_model->statusYear()).label())
                                    : tr("no status year yet (no year has a target and a full-year actual)"));
    if (m_model->isReadOnly())
        parts << tr("read-only");
    m_title->setText(measure->title);
    m_caption->setText(parts.join(QStringLiteral(" · ")));
    m_view->setAccessibleName(tr("Values of %1").arg(measure->title));
    m_paste->setEnabled(!m_model->isReadOnly());
    m_clear->setEnabled(!m_model->isReadOnly());
}

void ValuesGrid::fitColumns()
{
    // Numbers and statuses as wide as they need, within bounds; the notes share what is left.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int widest = metrics.horizontalAdvance(QStringLiteral("≈ 888,888,888 (Q1–Q4)")) + 12;
    for (int column : {ValuesModel::TargetColumn, ValuesModel::ActualColumn, ValuesModel::StatusColumn}) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, m_view->columnWidth(column) + 8); // air beside the grid line
        const int header =
            metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24;
        m_view->setColumnWidth(column, std::clamp(m_view->columnWidth(column), header, widest));
    }
}

void ValuesGrid::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ValuesGrid::moveDown()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current.row() + 1 < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(current.row() + 1, current.column()));
}

void ValuesGrid::copySelection()
{
    const QRect bounds = selectionBounds(m_view);
    if (bounds.isNull())
        return;
    const QItemSelectionModel* selection = m_view->selectionModel();
    const bool nothingSelected = !selection->hasSelection();
    QList<QStringList> rows;
    for (int row = bounds.top(); row <= bounds.bottom(); ++row) {
        QStringList cells;
        for (int column = bounds.left(); column <= bounds.right(); ++column) {
            const QModelIndex cell = m_model->index(row, column);
            // Numbers as entered (no unit, no derived value), so that a paste back is exact.
            const bool taken = nothingSelected || selection->isSelected(cell);
            cells << (taken ? cell.data(Qt::EditRole).toString() : QString());
        }
        rows << cells;
    }
    QApplication::clipboard()->setText(TsvText::format(rows));
    showMessage(tr("Copied %1.").arg(BlockEditReport::cells(bounds.width() * bounds.height())));
}

void ValuesGrid::pasteClipboard()
{
    const QList<QStringList> block = TsvText::parse(QApplication::clipboard()->text());
    if (block.isEmpty()) {
        showMessage(tr("The clipboard holds no text to paste."));
        return;
    }
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    if (block.size() == 1 && block.first().size() == 1 && selected.size() > 1) {
        showMessage(m_model->fill(selected, block.first().first(), BlockEditReport::Kind::Paste).summary());
        return;
    }
    const QRect bounds = selectionBounds(m_view);
    if (bounds.isNull())
        return;
    const QModelIndex topLeft = m_model->index(bounds.top(), bounds.left());
    const BlockEditReport report = m_model->paste(topLeft, block);
    showMessage(report.summary());

    // Select what was pasted, as a spreadsheet does.
    int width = 0;
    for (const QStringList& row : block)
        width = std::max(width, static_cast<int>(row.size()));
    const QModelIndex bottomRight =
        m_model->index(std::min(m_model->rowCount(), topLeft.row() + static_cast<int>(block.size())) - 1,
                       std::min(int(ValuesModel::ColumnCount), topLeft.column() + width) - 1);
    m_view->selectionModel()->select(QItemSelection(topLeft, bottomRight),
                                     QItemSelectionModel::ClearAndSelect);
    m_view->selectionModel()->setCurrentIndex(topLeft, QItemSelectionModel::NoUpdate);
}

void ValuesGrid::clearSelection()
{
    QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && m_view->currentIndex().isValid())
        cells << m_view->currentIndex();
    if (cells.isEmpty())
        return;
    showMessage(m_model->fill(cells, QString(), BlockEditReport::Kind::Clear).summary());
}

} // namespace ys::ui
