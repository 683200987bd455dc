// SPDX-License-Identifier: GPL-3.0-or-later
#include "GrowingTextEdit.h"

#include <QFocusEvent>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace ys::ui {

GrowingTextEdit::GrowingTextEdit(QWidget* parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(this, &QPlainTextEdit::textChanged, this, &GrowingTextEdit::fitToText);
    fitToText();
}

void GrowingTextEdit::setLineLimits(int minimumLines, int maximumLines)
{
    m_minimumLines = std::max(1, minimumLines);
    m_maximumLines = std::max(m_minimumLines, maximumLines);
    fitToText();
}

int GrowingTextEdit::heightForText(int width) const
{
    const QFontMetrics metrics(font());
    const int margin = int(std::ceil(document()->documentMargin()));
    const int textWidth = std::max(40, width - 2 * frameWidth() - 2 * margin - 4);
    // Each paragraph is measured on its own; an empty one still takes a line.
    int lines = 0;
    const QStringList paragraphs = toPlainText().split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        if (paragraph.isEmpty()) {
            ++lines;
            continue;
        }
        const QRect box = metrics.boundingRect(QRect(0, 0, textWidth, 1 << 20),
                                               Qt::TextWordWrap | Qt::TextWrapAnywhere, paragraph);
        lines += std::max(1, int(std::ceil(double(box.height()) / metrics.lineSpacing())));
    }
    lines = std::clamp(lines, m_minimumLines, m_maximumLines);
    return lines * metrics.lineSpacing() + 2 * frameWidth() + 2 * margin + 4;
}

int GrowingTextEdit::currentWidth() const
{
    // Before the first layout the widget has a made-up width; measure at the usual one instead.
    return testAttribute(Qt::WA_Resized) || isVisible() ? width() : QPlainTextEdit::sizeHint().width();
}

void GrowingTextEdit::fitToText()
{
    const int height = heightForText(currentWidth());
    if (height != this->height() || minimumHeight() != height) {
        setFixedHeight(height);
        updateGeometry();
    }
}

QSize GrowingTextEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), heightForText(currentWidth())};
}

QSize GrowingTextEdit::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

void GrowingTextEdit::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    // A popup (completion, context menu) taking focus is not the user leaving the field.
    if (event->reason() != Qt::PopupFocusReason)
        emit focusLost();
}

void GrowingTextEdit::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    if (width() != m_lastWidth) {
        m_lastWidth = width();
        fitToText();
    }
}

} // namespace ys::ui
