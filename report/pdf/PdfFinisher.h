// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageModel.h"

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace ys::report::pdf {

// What QPdfWriter cannot write, added with qpdf's library: the bookmarks (outline), the document's
// dates set to the publication timestamp instead of "now", and an id computed from the content,
// so that the same plan and timestamp give byte-identical files.
struct PdfFinish
{
    QString title;
    QDateTime timestamp;            // UTC
    std::vector<Bookmark> bookmarks;
    double pageHeight = 842;        // points, to place bookmark targets
};

// The finished PDF's bytes from QPdfWriter's; an error when qpdf cannot read them.
Result<QByteArray> finishPdf(const QByteArray& written, const PdfFinish& finish);

} // namespace ys::report::pdf
