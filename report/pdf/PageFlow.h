// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageGeometry.h"
#include "PageModel.h"
#include "Typography.h"

namespace ys::report::pdf {

// Content flowing down pages: a cursor on the current page, page breaks when something does not
// fit, and the text, boxes and charts placed at the cursor. Whatever asks for room with ensure()
// before it places itself is never split across a page break.
class PageFlow
{
public:
    PageFlow(const PageGeometry& geometry, const Typography& type, LaidOutBook& book);

    const PageGeometry& geometry() const { return m_geometry; }
    const Typography& type() const { return m_type; }
    LaidOutBook& book() { return m_book; }

    // The running header and draft mark of the pages started from now on (and of the current
    // page if nothing is on it yet).
    void setContext(const QString& runningHeader, bool draft);

    void newPage();
    // Starts a new page unless `height` points fit below the cursor (or the page is empty).
    void ensure(double height);
    bool pageIsEmpty() const;
    double y() const { return m_y; }
    double remaining() const;
    void advance(double height) { m_y += height; }
    int pageIndex() const { return int(m_book.pages.size()) - 1; }
    Page& page() { return m_book.pages.back(); }
    double left() const { return m_geometry.body.left(); }
    double width() const { return m_geometry.body.width(); }

    // Wrapped text at the cursor, `indent` points in, breaking pages between lines; returns
    // the lines placed.
    int paragraph(const QString& text, FontRole role, double indent = 0, QColor colour = Qt::black,
                  double after = 4);
    // One line at an exact position on the current page.
    void textAt(double x, double baseline, const QString& text, FontRole role, QColor colour = Qt::black);
    // Text right-aligned to `right` on the current page.
    void textRightAt(double right, double baseline, const QString& text, FontRole role,
                     QColor colour = Qt::black);
    // A heading kept with `keepWith` points of what follows it; with a bookmark level (0, 1) the
    // heading is bookmarked where it lands.
    void heading(const QString& text, FontRole role, double keepWith, double before = 8, double after = 4,
                 int bookmarkLevel = -1);
    void rule(double width = 0.5, QColor colour = QColor(0x99, 0x99, 0x99));
    void bookmark(const QString& title, int level);

private:
    const PageGeometry& m_geometry;
    const Typography& m_type;
    LaidOutBook& m_book;
    double m_y = 0;
    QString m_header;
    bool m_draft = false;
};

} // namespace ys::report::pdf
