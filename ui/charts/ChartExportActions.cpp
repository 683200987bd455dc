// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartExportActions.h"

#include "ui/AppSettings.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QWidget>

namespace ys::ui {

ChartExportActions::ChartExportActions(QWidget* widget, Provider provider)
    : QObject(widget), m_widget(widget), m_provider(std::move(provider))
{
    m_png = new QAction(tr("Export Chart as &PNG..."), this);
    m_png->setToolTip(tr("Write the chart as a PNG image, drawn as it prints"));
    m_svg = new QAction(tr("Export Chart as &SVG..."), this);
    m_svg->setToolTip(tr("Write the chart as an SVG drawing, drawn as it prints"));
    connect(m_png, &QAction::triggered, this, [this] { ask(QStringLiteral("png")); });
    connect(m_svg, &QAction::triggered, this, [this] { ask(QStringLiteral("svg")); });
    widget->addAction(m_png);
    widget->addAction(m_svg);
    widget->setContextMenuPolicy(Qt::ActionsContextMenu);
}

Status ChartExportActions::exportTo(const QString& path) const
{
    const Source source = m_provider();
    return charts::ChartExport::write(path, source.sizePt, source.paint, source.name);
}

void ChartExportActions::ask(const QString& suffix)
{
    const Source source = m_provider();
    // A file name from the chart's name: letters, digits and dashes only.
    QString name = source.name.left(60).toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    name = name.isEmpty() ? QStringLiteral("chart") : name;
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    const QString filter = suffix == QLatin1String("png") ? tr("PNG images (*.png)") : tr("SVG drawings (*.svg)");
    QString path = QFileDialog::getSaveFileName(m_widget, tr("Export Chart"),
                                                QStringLiteral("%1/%2.%3").arg(AppSettings::lastFolder(), name, suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != suffix)
        path += QLatin1Char('.') + suffix;
    AppSettings::setLastFolder(QFileInfo(path).absolutePath());
    const Status status = charts::ChartExport::write(path, source.sizePt, source.paint, source.name);
    if (!status) {
        QMessageBox box(QMessageBox::Warning, tr("The chart was not exported"), status.error().describe(), QMessageBox::Ok,
                        m_widget);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

} // namespace ys::ui
