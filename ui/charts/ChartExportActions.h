// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/charts/ChartExport.h"

#include <QObject>
#include <QSizeF>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace ys::ui {

// "Export Chart as PNG..." and "Export Chart as SVG..." for a chart on screen: asks where, then
// draws the chart with its print renderer (report/charts), so the file looks like the printed
// chart. Added to the widget's context menu; failures are shown, in one plain sentence.
class ChartExportActions : public QObject
{
    Q_OBJECT

public:
    // What to draw, at which size in points, and the file name to suggest (without suffix).
    struct Source
    {
        charts::ChartExport::Paint paint;
        QSizeF sizePt;
        QString name;
    };
    using Provider = std::function<Source()>;

    ChartExportActions(QWidget* widget, Provider provider);

    QAction* png() const { return m_png; }
    QAction* svg() const { return m_svg; }
    // Writes the chart to `path` (PNG or SVG by suffix) without asking; returns the error, if any.
    Status exportTo(const QString& path) const;

private:
    void ask(const QString& suffix);

    QWidget* m_widget = nullptr;
    Provider m_provider;
    QAction* m_png = nullptr;
    QAction* m_svg = nullptr;
};

} // namespace ys::ui
