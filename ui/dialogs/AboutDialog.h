// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace ys::ui {

// What this program is: its version, its licence (GPL-3.0-or-later, with the full text) and the
// credits of the public data its sample plan and tests are made of.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    QLabel* titleLabel() const { return m_title; }
    QLabel* summaryLabel() const { return m_summary; }
    QTabWidget* tabs() const { return m_tabs; }
    QPlainTextEdit* creditsText() const { return m_credits; }
    QPlainTextEdit* licenceText() const { return m_licence; }

    // The data credits, as the dialog shows them.
    static QString credits();

private:
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_credits = nullptr;
    QPlainTextEdit* m_licence = nullptr;
};

} // namespace ys::ui
