// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableLayout.h"

#include <algorithm>
#include <numeric>

namespace ys::report::pdf {
namespace {

constexpr double PadX = 3;
constexpr double PadY = 2.5;
const QColor Grid(0xb8, 0xb8, 0xb8);
const QColor HeaderFill(0xe6, 0xe9, 0xee);
const QColor Stripe(0xf6, 0xf7, 0xf9);
const QColor Grey(0x55, 0x55, 0x55);

} // namespace

TableLayout::TableLayout(PageFlow& flow, std::vector<TableColumn> columns)
    : m_flow(flow), m_columns(std::move(columns))
{
    const double total = std::accumulate(m_columns.begin(), m_columns.end(), 0.0,
                                         [](double sum, const TableColumn& c) { return sum + c.share; });
    for (const TableColumn& column : m_columns) {
        m_widths.push_back(m_flow.width() * column.share / total);
        m_header.push_back(TableCell{column.title, FontRole::TableHeader, column.align, {}, {}});
    }
}

double TableLayout::columnLeft(size_t column) const
{
    return m_flow.left() + std::accumulate(m_widths.begin(), m_widths.begin() + long(column), 0.0);
}

std::vector<TableLayout::PreparedCell> TableLayout::prepare(const std::vector<TableCell>& cells) const
{
    const Typography& type = m_flow.type();
    std::vector<PreparedCell> row;
    for (size_t i = 0; i < m_columns.size(); ++i) {
        const TableCell cell = i < cells.size() ? cells[i] : TableCell{};
        const double inner = m_widths[i] - 2 * PadX;
        PreparedCell prepared{{}, {}, cell.role, 1.0};
        const bool number = cell.align & Qt::AlignRight;
        const double natural = type.width(cell.text, cell.role);
        if (number && !cell.text.contains(u' ') && natural > inner) {
            prepared.lines << cell.text; // a number stays on one line, set smaller
            prepared.fitScale = std::max(0.5, inner / natural);
        } else {
            prepared.lines = type.wrap(cell.text, cell.role, inner);
        }
        if (!cell.second.isEmpty())
            prepared.secondLines = type.wrap(cell.second, FontRole::Small, inner);
        row.push_back(std::move(prepared));
    }
    return row;
}

double TableLayout::height(const std::vector<PreparedCell>& row) const
{
    const Typography& type = m_flow.type();
    double tallest = 0;
    for (const PreparedCell& cell : row)
        tallest = std::max(tallest, cell.lines.size() * type.lineHeight(cell.role) +
                                        cell.secondLines.size() * type.lineHeight(FontRole::Small));
    return tallest + 2 * PadY;
}

double TableLayout::leadHeight(const std::vector<TableCell>& firstRow) const
{
    return height(prepare(m_header)) + height(prepare(firstRow));
}

void TableLayout::placeHeader()
{
    const auto prepared = prepare(m_header);
    place(m_header, prepared, height(prepared));
    m_headerPage = m_flow.pageIndex();
    m_stripe = false;
}

void TableLayout::addRow(const std::vector<TableCell>& cells)
{
    const auto prepared = prepare(cells);
    const double rowHeight = height(prepared);
    const double headerHeight = height(prepare(m_header));
    const bool headerHere = m_headerPage == m_flow.pageIndex() && !m_flow.book().pages.empty();
    m_flow.ensure(rowHeight + (headerHere ? 0 : headerHeight));
    if (m_headerPage != m_flow.pageIndex())
        placeHeader();
    place(cells, prepared, rowHeight);
}

void TableLayout::place(const std::vector<TableCell>& cells, const std::vector<PreparedCell>& row, double rowHeight)
{
    const Typography& type = m_flow.type();
    const double top = m_flow.y();
    const bool header = &cells == &m_header;
    Page& page = m_flow.page();
    const QRectF whole(m_flow.left(), top, m_flow.width(), rowHeight);
    if (header)
        page.rects.push_back(RectItem{whole, HeaderFill, {}});
    else if (m_stripe)
        page.rects.push_back(RectItem{whole, Stripe, {}});
    for (size_t i = 0; i < row.size(); ++i) {
        const double x = columnLeft(i);
        const TableCell& cell = i < cells.size() ? cells[i] : m_header[i];
        if (cell.background.isValid())
            page.rects.push_back(RectItem{QRectF(x, top, m_widths[i], rowHeight), cell.background, {}});
        double baseline = top + PadY + type.ascent(row[i].role);
        for (const QString& line : row[i].lines) {
            const double lineWidth = type.width(line, row[i].role) * row[i].fitScale;
            double left = x + PadX;
            if (cell.align & Qt::AlignRight)
                left = x + m_widths[i] - PadX - lineWidth;
            else if (cell.align & Qt::AlignHCenter)
                left = x + (m_widths[i] - lineWidth) / 2;
            if (!line.isEmpty())
                page.texts.push_back(TextItem{QPointF(left, baseline), line, row[i].role, Qt::black, row[i].fitScale});
            baseline += type.lineHeight(row[i].role);
        }
        baseline += type.ascent(FontRole::Small) - type.ascent(row[i].role);
        for (const QString& line : row[i].secondLines) {
            if (!line.isEmpty())
                page.texts.push_back(TextItem{QPointF(x + PadX, baseline), line, FontRole::Small, Grey});
            baseline += type.lineHeight(FontRole::Small);
        }
    }
    // The grid: a line under the row, and the column rules.
    page.lines.push_back(LineItem{QLineF(whole.left(), whole.bottom(), whole.right(), whole.bottom()), Grid, 0.4});
    if (header)
        page.lines.push_back(LineItem{QLineF(whole.left(), whole.top(), whole.right(), whole.top()), Grid, 0.6});
    for (size_t i = 0; i <= row.size(); ++i) {
        const double x = i < row.size() ? columnLeft(i) : whole.right();
        page.lines.push_back(LineItem{QLineF(x, whole.top(), x, whole.bottom()), Grid, 0.3});
    }
    m_flow.advance(rowHeight);
    if (!header)
        m_stripe = !m_stripe;
}

void TableLayout::finish(double after)
{
    m_flow.advance(after);
}

} // namespace ys::report::pdf
