// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QLineEdit>

class QLabel;

namespace ys::ui {

// The editor of a target or an actual: a line edit that shows the measure's unit beside the
// number ("$" before, "%" or "days" after), so a person sees what 75 means while typing. Any text
// is accepted: text that is not a number is kept as the reason there is none (FigureText).
class FigureEditor : public QLineEdit
{
    Q_OBJECT

public:
    FigureEditor(Unit unit, QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QLabel* m_prefix = nullptr;
    QLabel* m_suffix = nullptr;
};

} // namespace ys::ui
