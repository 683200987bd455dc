// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartExport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace ys::charts {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ys::charts::ChartExport", text);
}

Error ioError(const QString& path, const QString& why)
{
    Error error = Error::make(Error::Code::Io, tr("The chart could not be written: %1.").arg(why));
    error.file = path;
    return error;
}

Status save(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return ioError(path, file.errorString());
    return {};
}

} // namespace

QImage ChartExport::image(const QSizeF& sizePt, const Paint& paint, int dpi)
{
    const QSize pixels(int(std::ceil(sizePt.width() * dpi / 72.0)), int(std::ceil(sizePt.height() * dpi / 72.0)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    return image;
}

Status ChartExport::write(const QString& path, const QSizeF& sizePt, const Paint& paint, const QString& title)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return writePng(path, sizePt, paint);
    if (suffix == QLatin1String("svg"))
        return writeSvg(path, sizePt, paint, title);
    Error error = Error::make(Error::Code::Usage, tr("Charts are exported as .png or .svg files; choose one of those."));
    error.file = path;
    return error;
}

Status ChartExport::writePng(const QString& path, const QSizeF& sizePt, const Paint& paint, int dpi)
{
    const QImage picture = image(sizePt, paint, dpi);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!picture.save(&buffer, "PNG"))
        return ioError(path, tr("the image could not be encoded as PNG"));
    return save(path, bytes);
}

Status ChartExport::writeSvg(const QString& path, const QSizeF& sizePt, const Paint& paint, const QString& title)
{
    // Two SVG units to the point: text sizes stay exact at half points.
    constexpr int Resolution = 144;
    const QSize units(int(std::ceil(sizePt.width() * 2)), int(std::ceil(sizePt.height() * 2)));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(Resolution);
    generator.setSize(units);
    generator.setViewBox(QRect(QPoint(0, 0), units));
    generator.setTitle(title.toHtmlEscaped()); // QSvgGenerator writes it unescaped
    generator.setDescription(tr("Made with Yardstick"));
    QPainter painter;
    if (!painter.begin(&generator))
        return ioError(path, tr("the SVG drawing could not be started"));
    paint(painter, QRectF(QPointF(0, 0), QSizeF(units)));
    painter.end();
    return save(path, bytes);
}

} // namespace ys::charts
