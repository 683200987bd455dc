// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageModel.h"

#include <QFont>
#include <QStringList>

#include <array>

class QPaintDevice;

namespace ys::report::pdf {

// The publication's fonts and the measuring of text in points for the device it will be painted
// on (QPdfWriter): line heights, widths, and word wrapping that never clips (a word longer than
// the line breaks anywhere). DejaVu Sans, condensed in tables, embedded by QPdfWriter.
class Typography
{
public:
    explicit Typography(QPaintDevice* device);

    const QFont& font(FontRole role) const { return m_fonts[size_t(role)]; }
    // Baseline-to-baseline distance of a role, in points.
    double lineHeight(FontRole role) const { return m_lineHeight[size_t(role)]; }
    double ascent(FontRole role) const { return m_ascent[size_t(role)]; }
    double width(const QString& text, FontRole role) const;
    // The text broken into lines no wider than `width` points; a line break in the text starts a
    // new line; an empty text is one empty line.
    QStringList wrap(const QString& text, FontRole role, double width) const;
    // Device units per point (the painter draws in device units).
    double scale() const { return m_scale; }

private:
    QPaintDevice* m_device;
    double m_scale = 1.0;
    std::array<QFont, size_t(FontRole::Watermark) + 1> m_fonts;
    std::array<double, size_t(FontRole::Watermark) + 1> m_lineHeight{};
    std::array<double, size_t(FontRole::Watermark) + 1> m_ascent{};
};

} // namespace ys::report::pdf
