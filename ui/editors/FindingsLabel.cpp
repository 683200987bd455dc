// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsLabel.h"

#include "PlainText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace ys::ui {

FindingsLabel::FindingsLabel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(6);
    m_icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    m_text = PlainText::label({}, this, true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setAccessibleName(tr("Check findings"));
    setVisible(false);
}

void FindingsLabel::setFindings(const QStringList& lines)
{
    if (lines == m_lines)
        return;
    m_lines = lines;
    m_text->setText(lines.join(QLatin1Char('\n')));
    m_text->setAccessibleName(text());
    setVisible(!lines.isEmpty());
}

QString FindingsLabel::text() const
{
    return m_text->text();
}

} // namespace ys::ui
