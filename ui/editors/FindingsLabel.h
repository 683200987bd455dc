// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;

namespace ys::ui {

// Check findings under the field they concern ("Measurable: the formula names no denominator"):
// an icon and the sentences in plain text, so colour is never the only cue. Hidden when empty.
class FindingsLabel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsLabel(QWidget* parent = nullptr);

    void setFindings(const QStringList& lines);
    QStringList findings() const { return m_lines; }
    QString text() const;

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QStringList m_lines;
};

} // namespace ys::ui
