// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;

namespace ys::ui {

// The application's settings (AppSettings): the name recorded in the audit log, the defaults of
// new plan files (fiscal year start month, status tolerance), the paper size, reviewer mode. Shows
// the stored values; OK stores what is shown, Cancel nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    void accept() override;

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* startMonthBox() const { return m_startMonth; }
    QDoubleSpinBox* toleranceBox() const { return m_tolerance; }
    QComboBox* paperBox() const { return m_paper; }
    QCheckBox* reviewerModeBox() const { return m_reviewerMode; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void load();

    QLineEdit* m_name = nullptr;
    QComboBox* m_startMonth = nullptr;
    QDoubleSpinBox* m_tolerance = nullptr;
    QComboBox* m_paper = nullptr;
    QCheckBox* m_reviewerMode = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace ys::ui
