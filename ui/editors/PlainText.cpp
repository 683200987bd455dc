// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainText.h"

#include <QLabel>
#include <QTextDocument>

namespace ys::ui {

QLabel* PlainText::label(const QString& text, QWidget* parent, bool wrap)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    label->setText(text);
    return label;
}

QString PlainText::toolTip(const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString PlainText::shortened(const QString& text, int length)
{
    QString line = text.simplified();
    if (line.size() <= length)
        return line;
    line.truncate(length - 1);
    const int space = int(line.lastIndexOf(QLatin1Char(' ')));
    if (space > length / 2)
        line.truncate(space);
    return line + QChar(0x2026);
}

} // namespace ys::ui
