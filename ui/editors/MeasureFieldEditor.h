// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeasureFields.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace ys::ui {

class FindingsLabel;
class GrowingTextEdit;
class TextFieldCommitter;

// The input of one measure field (line, paragraph, choice, number or tick box, by its spec) with
// the SMART findings about it underneath. It speaks in the spec's values, not widget text, and
// says when the user changed it (live) and when that change should be committed.
class MeasureFieldEditor : public QWidget
{
    Q_OBJECT

public:
    MeasureFieldEditor(MeasureFieldSpec spec, QWidget* parent = nullptr);

    const MeasureFieldSpec& spec() const { return m_spec; }
    QWidget* input() const { return m_input; }

    // The value shown; for a number, invalid when blank. hasValidInput() is false while a number
    // field holds text that is not a number.
    QVariant value() const;
    bool hasValidInput() const;
    // Shows `value` unless it is already shown or the user has typed something not committed yet.
    void showValue(const QVariant& value);
    void setChoices(const QList<EditorChoice>& choices);
    void setReadOnly(bool readOnly);
    // What a blank number field says ("Not set", "Plan default: 10 %").
    void setPlaceholderText(const QString& text);
    bool isPending() const;
    void commitNow();
    void discard();
    void setFindings(const QStringList& lines);

signals:
    void edited();
    void commitRequested();

private:
    MeasureFieldSpec m_spec;
    QWidget* m_input = nullptr;
    QLineEdit* m_line = nullptr;
    GrowingTextEdit* m_text = nullptr;
    QComboBox* m_combo = nullptr;
    QCheckBox* m_check = nullptr;
    TextFieldCommitter* m_committer = nullptr;
    FindingsLabel* m_findings = nullptr;
};

} // namespace ys::ui
