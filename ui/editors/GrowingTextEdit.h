// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace ys::ui {

// A multi-line plain-text field that grows with its text (between a few lines and a screenful),
// so a form of many paragraphs scrolls as one page instead of many small boxes. Tab moves to the
// next field; losing focus is announced, because edits are committed then.
class GrowingTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit GrowingTextEdit(QWidget* parent = nullptr);

    void setLineLimits(int minimumLines, int maximumLines);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void focusLost();

protected:
    void focusOutEvent(QFocusEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    int heightForText(int width) const;
    int currentWidth() const;
    void fitToText();

    int m_minimumLines = 2;
    int m_maximumLines = 14;
    int m_lastWidth = -1;
};

} // namespace ys::ui
