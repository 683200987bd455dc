// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewTables.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QTextDocument>

namespace ys::ui::ReviewTables {

QTableWidget* make(QWidget* parent, const QStringList& headers, const QString& accessibleName)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(accessibleName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(true); // the stretching column wraps its long texts rather than cut them
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

void fill(QTableWidget* table, int rows, const std::function<QStringList(int)>& cells)
{
    const int selected = selectedRow(table);
    table->setRowCount(rows);
    int longest = -1;
    for (int row = 0; row < rows; ++row) {
        const QStringList texts = cells(row);
        for (int column = 0; column < table->columnCount(); ++column) {
            const QString text = texts.value(column);
            auto* item = new QTableWidgetItem(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            if (text.size() > 30) // the whole text, wrapped, on hover
                item->setToolTip(Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal));
            table->setItem(row, column, item);
        }
    }
    // The column with the longest texts takes the width that is left.
    int widest = 0;
    for (int column = 0; column < table->columnCount(); ++column) {
        int width = 0;
        for (int row = 0; row < rows; ++row)
            width = std::max(width, int(table->item(row, column)->text().size()));
        if (width > widest) {
            widest = width;
            longest = column;
        }
    }
    if (longest < 0)
        longest = std::min(1, table->columnCount() - 1);
    for (int column = 0; column < table->columnCount(); ++column)
        table->horizontalHeader()->setSectionResizeMode(column, column == longest ? QHeaderView::Stretch
                                                                                  : QHeaderView::ResizeToContents);
    if (selected >= 0 && selected < rows)
        table->selectRow(selected);
}

int selectedRow(const QTableWidget* table)
{
    const auto rows = table->selectionModel() ? table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().row();
}

} // namespace ys::ui::ReviewTables
