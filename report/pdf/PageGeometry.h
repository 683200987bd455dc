// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageSize>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace ys::report::pdf {

enum class Paper { A4, Letter };

// "a4" / "letter" (any case); nullopt otherwise.
std::optional<Paper> paperFromName(const QString& name);
QString paperName(Paper paper);

// A page of the publication in points: the paper, the margins, where the running header and the
// footer sit, and the body's rectangle between them.
struct PageGeometry
{
    explicit PageGeometry(Paper paper);

    Paper paper;
    QPageSize pageSize;
    QSizeF size;  // points
    QRectF body;  // points: where the flowing content goes
    double headerBaseline = 0;
    double footerBaseline = 0;
};

} // namespace ys::report::pdf
