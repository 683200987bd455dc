// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace ys::ui {

// The name of a form field, and under it a marker when a required field is still empty: an icon
// and the word "Missing" with a tool tip, so it never relies on colour.
class FieldCaption : public QWidget
{
    Q_OBJECT

public:
    FieldCaption(const QString& name, QWidget* field, QWidget* parent = nullptr);

    void setMissing(bool missing);
    bool isMissing() const { return m_missing; }

private:
    QLabel* m_name = nullptr;
    QWidget* m_marker = nullptr;
    bool m_missing = false;
};

} // namespace ys::ui
