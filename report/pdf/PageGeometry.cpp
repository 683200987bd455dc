// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageGeometry.h"

namespace ys::report::pdf {
namespace {

constexpr double SideMargin = 48;   // points (2/3 inch)
constexpr double TopMargin = 58;    // below the running header
constexpr double BottomMargin = 54; // above the footer

} // namespace

std::optional<Paper> paperFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("a4"))
        return Paper::A4;
    if (n == QLatin1String("letter") || n == QLatin1String("us-letter"))
        return Paper::Letter;
    return std::nullopt;
}

QString paperName(Paper paper)
{
    return paper == Paper::A4 ? QStringLiteral("A4") : QStringLiteral("US Letter");
}

PageGeometry::PageGeometry(Paper p)
    : paper(p), pageSize(p == Paper::A4 ? QPageSize(QPageSize::A4) : QPageSize(QPageSize::Letter))
{
    size = pageSize.size(QPageSize::Point);
    body = QRectF(SideMargin, TopMargin, size.width() - 2 * SideMargin, size.height() - TopMargin - BottomMargin);
    headerBaseline = TopMargin - 24;
    footerBaseline = size.height() - BottomMargin + 30;
}

} // namespace ys::report::pdf
