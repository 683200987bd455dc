// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QPixmap>

namespace ys::ui {

// The application's icon, rendered from the one SVG the desktop files install, so the window, the
// About dialog and the desktop show the same picture without depending on an image plugin.
class AppIcon
{
public:
    // The resource path of the SVG.
    static QString svgPath();
    static QIcon icon();
    // The icon drawn at `size` logical pixels for a screen of `devicePixelRatio`.
    static QPixmap pixmap(int size, qreal devicePixelRatio = 1.0);
};

} // namespace ys::ui
