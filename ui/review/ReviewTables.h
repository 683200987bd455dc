// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <functional>

class QTableWidget;
class QWidget;

namespace ys::ui {

// The small read-only lists of the review screens (flags, comments, rubric, history): set up the
// same way, filled with plain text (never read as markup), keeping the selected row across refills.
namespace ReviewTables {

QTableWidget* make(QWidget* parent, const QStringList& headers, const QString& accessibleName);
// Refills `table` with `rows` rows whose cells `cells(row)` gives; the selection stays on its row.
void fill(QTableWidget* table, int rows, const std::function<QStringList(int)>& cells);
// The selected row, or -1.
int selectedRow(const QTableWidget* table);

} // namespace ReviewTables

} // namespace ys::ui
