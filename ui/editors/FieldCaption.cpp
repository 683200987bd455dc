// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldCaption.h"

#include "PlainText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace ys::ui {

FieldCaption::FieldCaption(const QString& name, QWidget* field, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    m_name = PlainText::label(name, this, true);
    m_name->setBuddy(field);
    layout->addWidget(m_name);

    m_marker = new QWidget(this);
    auto* marker = new QHBoxLayout(m_marker);
    marker->setContentsMargins(0, 0, 0, 0);
    marker->setSpacing(4);
    auto* icon = new QLabel(m_marker);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    auto* word = PlainText::label(tr("Missing"), m_marker);
    QFont bold = word->font();
    bold.setBold(true);
    word->setFont(bold);
    marker->addWidget(icon);
    marker->addWidget(word);
    marker->addStretch(1);
    m_marker->setToolTip(tr("Required: the city asks for this element in every measure's definition."));
    m_marker->setAccessibleName(tr("%1 is missing").arg(name));
    m_marker->setVisible(false);
    layout->addWidget(m_marker);
    layout->addStretch(1);
}

void FieldCaption::setMissing(bool missing)
{
    m_missing = missing;
    m_marker->setVisible(missing);
}

} // namespace ys::ui
