// SPDX-License-Identifier: GPL-3.0-or-later
#include "Typography.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QTextLayout>

namespace ys::report::pdf {
namespace {

QFont makeFont(const QString& family, double points, bool bold)
{
    QFont font(family);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setKerning(true);
    font.setHintingPreference(QFont::PreferNoHinting); // positions as the printed page has them
    // No ligatures ("fi" stays two letters, so the text reads and searches as typed).
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return font;
}

} // namespace

Typography::Typography(QPaintDevice* device) : m_device(device), m_scale(device->logicalDpiY() / 72.0)
{
    const QString sans = QStringLiteral("DejaVu Sans");
    const QString condensed = QStringLiteral("DejaVu Sans Condensed");
    auto set = [&](FontRole role, const QString& family, double points, bool bold) {
        m_fonts[size_t(role)] = makeFont(family, points, bold);
    };
    set(FontRole::CoverTitle, sans, 26, true);
    set(FontRole::CoverSubtitle, sans, 14, false);
    set(FontRole::Heading1, sans, 16, true);
    set(FontRole::Heading2, sans, 12.5, true);
    set(FontRole::Heading3, sans, 10.5, true);
    set(FontRole::Body, sans, 9.5, false);
    set(FontRole::BodyBold, sans, 9.5, true);
    set(FontRole::Small, sans, 8, false);
    set(FontRole::Table, condensed, 8, false);
    set(FontRole::TableBold, condensed, 8, true);
    set(FontRole::TableHeader, condensed, 7.5, true);
    set(FontRole::Running, sans, 7.5, false);
    set(FontRole::Watermark, sans, 110, true);
    for (size_t i = 0; i < m_fonts.size(); ++i) {
        const QFontMetricsF metrics(m_fonts[i], m_device);
        m_lineHeight[i] = metrics.lineSpacing() / m_scale;
        m_ascent[i] = metrics.ascent() / m_scale;
    }
}

double Typography::width(const QString& text, FontRole role) const
{
    return QFontMetricsF(font(role), m_device).horizontalAdvance(text) / m_scale;
}

QStringList Typography::wrap(const QString& text, FontRole role, double width) const
{
    QStringList lines;
    const QStringList paragraphs = QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(u'\n');
    const double deviceWidth = width * m_scale;
    for (const QString& paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty()) {
            lines << QString();
            continue;
        }
        QTextLayout layout(paragraph, font(role), m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(deviceWidth);
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    if (lines.isEmpty())
        lines << QString();
    return lines;
}

} // namespace ys::report::pdf
