// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageFlow.h"

namespace ys::report::pdf {

PageFlow::PageFlow(const PageGeometry& geometry, const Typography& type, LaidOutBook& book)
    : m_geometry(geometry), m_type(type), m_book(book)
{
}

void PageFlow::setContext(const QString& runningHeader, bool draft)
{
    m_header = runningHeader;
    m_draft = draft;
    if (!m_book.pages.empty() && pageIsEmpty()) {
        page().runningHeader = runningHeader;
        page().draft = draft;
    }
}

void PageFlow::newPage()
{
    Page next;
    next.runningHeader = m_header;
    next.draft = m_draft;
    m_book.pages.push_back(std::move(next));
    m_y = m_geometry.body.top();
}

bool PageFlow::pageIsEmpty() const
{
    const Page& p = m_book.pages.back();
    return p.texts.empty() && p.rects.empty() && p.lines.empty() && p.charts.empty();
}

double PageFlow::remaining() const
{
    return m_geometry.body.bottom() - m_y;
}

void PageFlow::ensure(double height)
{
    if (m_book.pages.empty() || (height > remaining() && !pageIsEmpty()))
        newPage();
}

int PageFlow::paragraph(const QString& text, FontRole role, double indent, QColor colour, double after)
{
    const QStringList lines = m_type.wrap(text, role, width() - indent);
    const double lineHeight = m_type.lineHeight(role);
    for (const QString& line : lines) {
        ensure(lineHeight);
        textAt(left() + indent, m_y + m_type.ascent(role), line, role, colour);
        m_y += lineHeight;
    }
    m_y += after;
    return int(lines.size());
}

void PageFlow::textAt(double x, double baseline, const QString& text, FontRole role, QColor colour)
{
    if (m_book.pages.empty())
        newPage();
    if (!text.isEmpty())
        page().texts.push_back(TextItem{QPointF(x, baseline), text, role, colour});
}

void PageFlow::textRightAt(double right, double baseline, const QString& text, FontRole role, QColor colour)
{
    textAt(right - m_type.width(text, role), baseline, text, role, colour);
}

void PageFlow::heading(const QString& text, FontRole role, double keepWith, double before, double after,
                       int bookmarkLevel)
{
    const QStringList lines = m_type.wrap(text, role, width());
    const double height = before + lines.size() * m_type.lineHeight(role) + after;
    ensure(height + keepWith);
    if (!pageIsEmpty())
        m_y += before;
    if (bookmarkLevel >= 0)
        bookmark(text, bookmarkLevel);
    for (const QString& line : lines) {
        textAt(left(), m_y + m_type.ascent(role), line, role);
        m_y += m_type.lineHeight(role);
    }
    m_y += after;
}

void PageFlow::rule(double lineWidth, QColor colour)
{
    if (m_book.pages.empty())
        newPage();
    page().lines.push_back(LineItem{QLineF(left(), m_y, left() + width(), m_y), colour, lineWidth});
    m_y += 4;
}

void PageFlow::bookmark(const QString& title, int level)
{
    if (m_book.pages.empty())
        newPage();
    m_book.bookmarks.push_back(Bookmark{title, pageIndex(), m_y, level});
}

} // namespace ys::report::pdf
