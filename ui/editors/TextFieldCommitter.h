// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class QLineEdit;

namespace ys::ui {

class GrowingTextEdit;

// When a text field's edits become an undo command: after a short pause in typing, when the field
// loses focus, or on Enter in a one-line field; never once per keystroke. It also shows text that
// changed elsewhere (undo, another view) without moving the cursor of an unchanged field, and never
// overwrites what the user typed and has not committed yet.
class TextFieldCommitter : public QObject
{
    Q_OBJECT

public:
    static constexpr int IdleMilliseconds = 600;

    explicit TextFieldCommitter(QLineEdit* field);
    explicit TextFieldCommitter(GrowingTextEdit* field);

    QString text() const;
    // Shows `text`: nothing happens when the field already shows it or holds uncommitted typing.
    void showText(const QString& text);
    bool isPending() const { return m_pending; }
    // Commits now when there is uncommitted typing (switching objects, hiding the editor).
    void commitNow();
    // Forgets uncommitted typing (the object it belonged to is gone).
    void discard();

signals:
    void edited();          // every change the user makes: live checks follow the typing
    void commitRequested(); // the moment to turn the text into an undo command

private:
    void onUserEdit();

    QLineEdit* m_line = nullptr;
    GrowingTextEdit* m_text = nullptr;
    QTimer m_idle;
    bool m_pending = false;
    bool m_showing = false;
};

} // namespace ys::ui
