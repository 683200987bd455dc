// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFieldCommitter.h"

#include "GrowingTextEdit.h"

#include <QLineEdit>
#include <QTextCursor>

#include <algorithm>

namespace ys::ui {

TextFieldCommitter::TextFieldCommitter(QLineEdit* field) : QObject(field), m_line(field)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleMilliseconds);
    connect(&m_idle, &QTimer::timeout, this, &TextFieldCommitter::commitNow);
    connect(field, &QLineEdit::textEdited, this, &TextFieldCommitter::onUserEdit);
    connect(field, &QLineEdit::editingFinished, this, &TextFieldCommitter::commitNow);
}

TextFieldCommitter::TextFieldCommitter(GrowingTextEdit* field) : QObject(field), m_text(field)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleMilliseconds);
    connect(&m_idle, &QTimer::timeout, this, &TextFieldCommitter::commitNow);
    connect(field, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing)
            onUserEdit();
    });
    connect(field, &GrowingTextEdit::focusLost, this, &TextFieldCommitter::commitNow);
}

QString TextFieldCommitter::text() const
{
    return m_line ? m_line->text() : m_text->toPlainText();
}

void TextFieldCommitter::showText(const QString& text)
{
    if (m_pending || this->text() == text)
        return;
    m_showing = true;
    if (m_line) {
        const int cursor = m_line->cursorPosition();
        m_line->setText(text);
        if (m_line->hasFocus())
            m_line->setCursorPosition(std::min(cursor, int(text.size())));
    } else {
        const int cursor = m_text->textCursor().position();
        const bool focused = m_text->hasFocus();
        m_text->setPlainText(text);
        if (focused) {
            QTextCursor moved = m_text->textCursor();
            moved.setPosition(std::min(cursor, int(text.size())));
            m_text->setTextCursor(moved);
        }
    }
    m_showing = false;
}

void TextFieldCommitter::commitNow()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_idle.stop();
    emit commitRequested();
}

void TextFieldCommitter::discard()
{
    m_pending = false;
    m_idle.stop();
}

void TextFieldCommitter::onUserEdit()
{
    m_pending = true;
    m_idle.start();
    emit edited();
}

} // namespace ys::ui
