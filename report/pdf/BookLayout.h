// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BookContent.h"
#include "PageGeometry.h"
#include "PageModel.h"
#include "Typography.h"

#include <QDate>

namespace ys::report::pdf {

// The whole publication laid out into pages: for the city, a cover, a table of contents with the
// page each plan starts on, and one section per plan owner ordered by agency; for one agency, its
// plan(s) each with a cover. Bookmarks for plan owners and services.
class BookLayout
{
public:
    struct Options
    {
        bool charts = true;
        QDate date;
    };

    static LaidOutBook layOut(const BookContent& book, const PageGeometry& geometry, const Typography& type,
                              const Options& options);
    // "FY27 Performance Plans"
    static QString bookTitle(const BookContent& book);
};

} // namespace ys::report::pdf
