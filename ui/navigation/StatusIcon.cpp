// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusIcon.h"

#include "report/StatusStyle.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace ys::ui {
namespace {

QPixmap badge(TargetStatus status, int size)
{
    const report::StatusStyle style = report::StatusStyle::of(status);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.colour);
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qRound(size * 0.75));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, style.symbol);
    return pixmap;
}

} // namespace

QIcon StatusIcon::of(TargetStatus status)
{
    static QHash<int, QIcon> icons;
    auto it = icons.find(int(status));
    if (it == icons.end()) {
        QIcon icon;
        for (int size : {16, 24, 32})
            icon.addPixmap(badge(status, size));
        it = icons.insert(int(status), icon);
    }
    return *it;
}

} // namespace ys::ui
