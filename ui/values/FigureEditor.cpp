// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureEditor.h"

#include <QLabel>
#include <QResizeEvent>

namespace ys::ui {
namespace {

QLabel* affix(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace

FigureEditor::FigureEditor(Unit unit, QWidget* parent) : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setFrame(false);
    switch (unit) {
    case Unit::Currency:
        m_prefix = affix(QStringLiteral("$"), this);
        break;
    case Unit::Percent:
        m_suffix = affix(QStringLiteral("%"), this);
        break;
    case Unit::Days:
        m_suffix = affix(tr("days"), this);
        break;
    default:
        break;
    }
    setToolTip(tr("A number, or why there is none (for example “N/A”). Enter keeps it, Escape cancels."));
}

void FigureEditor::resizeEvent(QResizeEvent* event)
{
    QLineEdit::resizeEvent(event);
    const int gap = fontMetrics().horizontalAdvance(QLatin1Char(' '));
    int left = 0;
    int right = 0;
    if (m_prefix) {
        left = m_prefix->sizeHint().width() + gap;
        m_prefix->setGeometry(gap, 0, left - gap, height());
    }
    if (m_suffix) {
        right = m_suffix->sizeHint().width() + gap;
        m_suffix->setGeometry(width() - right, 0, right - gap, height());
    }
    setTextMargins(left, 0, right, 0);
}

} // namespace ys::ui
