// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageFlow.h"

#include <QColor>
#include <QStringList>

#include <vector>

namespace ys::report::pdf {

// One cell: its text (wrapped to the column), how it is set, and an optional background tint.
struct TableCell
{
    QString text;
    FontRole role = FontRole::Table;
    Qt::Alignment align = Qt::AlignLeft;
    QColor background; // invalid: none
    QString second;    // an optional second line in grey ("higher is better"), wrapped too
};

struct TableColumn
{
    QString title;
    double share = 1; // of the table's width, relative to the other columns
    Qt::Alignment align = Qt::AlignLeft;
};

// A table flowing down pages: a row is never split across pages, the header row repeats at the top
// of every page the table continues on and never stands alone at the foot of a page. Long text
// wraps within its column; a number too wide for its column is set smaller, never clipped.
class TableLayout
{
public:
    TableLayout(PageFlow& flow, std::vector<TableColumn> columns);
    // The height the header and the first row need together (what a heading keeps with).
    double leadHeight(const std::vector<TableCell>& firstRow) const;
    void addRow(const std::vector<TableCell>& cells);
    void finish(double after = 8);

private:
    struct PreparedCell
    {
        QStringList lines;
        QStringList secondLines;
        FontRole role;
        double fitScale = 1.0; // < 1 when a single-line number is set smaller to fit
    };
    std::vector<PreparedCell> prepare(const std::vector<TableCell>& cells) const;
    double height(const std::vector<PreparedCell>& row) const;
    void placeHeader();
    void place(const std::vector<TableCell>& cells, const std::vector<PreparedCell>& row, double rowHeight);
    double columnLeft(size_t column) const;

    PageFlow& m_flow;
    std::vector<TableColumn> m_columns;
    std::vector<double> m_widths;
    std::vector<TableCell> m_header;
    int m_headerPage = -1; // the page the header was last placed on
    bool m_stripe = false;
};

} // namespace ys::report::pdf
