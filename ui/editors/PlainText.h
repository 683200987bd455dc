// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;
class QWidget;

namespace ys::ui {

// User text must always show literally: "<b>bold</b> & <img>" is text, never markup. Labels are
// made plain-text only; tool tips (which Qt reads as rich text when they look like it) get the
// text escaped; a long text shortened for a list keeps its ends readable.
class PlainText
{
    Q_DECLARE_TR_FUNCTIONS(PlainText)

public:
    // A label that shows its text literally, word-wrapped when `wrap` is set.
    static QLabel* label(const QString& text, QWidget* parent, bool wrap = false);
    // A tool tip that shows `text` literally (escaped, line breaks kept).
    static QString toolTip(const QString& text);
    // `text` on one line, cut at a word before `length` characters, with an ellipsis.
    static QString shortened(const QString& text, int length = 90);
};

} // namespace ys::ui
