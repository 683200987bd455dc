// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureFieldEditor.h"

#include "FindingsLabel.h"
#include "GrowingTextEdit.h"
#include "TextFieldCommitter.h"
#include "report/NumberFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ys::ui {
namespace {

std::optional<double> parsedNumber(const QString& text)
{
    return report::NumberFormat::parse(text, Unit::Decimal);
}

// Enough decimals to keep what was typed or imported, without trailing zeros or grouping.
QString numberText(double value)
{
    QString text = QString::number(value, 'f', 6);
    while (text.contains(QLatin1Char('.')) &&
           (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

} // namespace

MeasureFieldEditor::MeasureFieldEditor(MeasureFieldSpec spec, QWidget* parent)
    : QWidget(parent), m_spec(std::move(spec))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    switch (m_spec.kind) {
    case MeasureFieldKind::Line:
    case MeasureFieldKind::Number:
        m_line = new QLineEdit(this);
        m_input = m_line;
        m_committer = new TextFieldCommitter(m_line);
        if (m_spec.kind == MeasureFieldKind::Number) {
            m_line->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("^\\s*[-+]?[0-9,]*\\.?[0-9]*\\s*%?\\s*$")), m_line));
            m_line->setPlaceholderText(tr("Not set"));
            m_line->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 22);
        } else {
            m_line->setPlaceholderText(m_spec.help);
        }
        break;
    case MeasureFieldKind::Text:
        m_text = new GrowingTextEdit(this);
        m_text->setPlaceholderText(m_spec.help);
        m_input = m_text;
        m_committer = new TextFieldCommitter(m_text);
        break;
    case MeasureFieldKind::EditorChoice:
        m_combo = new QComboBox(this);
        EditorChoices::makeCompact(m_combo);
        EditorChoices::fill(m_combo, m_spec.choices);
        m_input = m_combo;
        connect(m_combo, &QComboBox::activated, this, [this] {
            emit edited();
            emit commitRequested();
        });
        break;
    case MeasureFieldKind::Check:
        m_check = new QCheckBox(m_spec.label, this);
        m_input = m_check;
        connect(m_check, &QCheckBox::clicked, this, [this] {
            emit edited();
            emit commitRequested();
        });
        break;
    }
    if (m_committer) {
        connect(m_committer, &TextFieldCommitter::edited, this, &MeasureFieldEditor::edited);
        connect(m_committer, &TextFieldCommitter::commitRequested, this,
                &MeasureFieldEditor::commitRequested);
    }
    m_input->setObjectName(m_spec.code);
    m_input->setAccessibleName(m_spec.label);
    m_input->setAccessibleDescription(m_spec.help);
    m_input->setToolTip(m_spec.help);
    layout->addWidget(m_input, 0, m_spec.kind == MeasureFieldKind::Number ? Qt::AlignLeft : Qt::Alignment());

    m_findings = new FindingsLabel(this);
    m_findings->setObjectName(QStringLiteral("findings:") + m_spec.code);
    layout->addWidget(m_findings);
}

QVariant MeasureFieldEditor::value() const
{
    switch (m_spec.kind) {
    case MeasureFieldKind::Line:
    case MeasureFieldKind::Text:
        return m_committer->text();
    case MeasureFieldKind::Number: {
        const auto number = parsedNumber(m_line->text());
        return number ? QVariant(*number) : QVariant();
    }
    case MeasureFieldKind::EditorChoice:
        return m_combo->currentData();
    case MeasureFieldKind::Check:
        return m_check->isChecked();
    }
    return {};
}

bool MeasureFieldEditor::hasValidInput() const
{
    if (m_spec.kind != MeasureFieldKind::Number)
        return true;
    return m_line->text().trimmed().isEmpty() || parsedNumber(m_line->text()).has_value();
}

void MeasureFieldEditor::showValue(const QVariant& value)
{
    switch (m_spec.kind) {
    case MeasureFieldKind::Line:
    case MeasureFieldKind::Text:
        m_committer->showText(value.toString());
        break;
    case MeasureFieldKind::Number:
        if (!isPending() && (this->value() != value || !hasValidInput()))
            m_committer->showText(value.isValid() ? numberText(value.toDouble()) : QString());
        break;
    case MeasureFieldKind::EditorChoice:
        if (m_combo->currentData() != value)
            EditorChoices::select(m_combo, value);
        break;
    case MeasureFieldKind::Check: {
        const QSignalBlocker blocker(m_check);
        m_check->setChecked(value.toBool());
        break;
    }
    }
}

void MeasureFieldEditor::setChoices(const QList<EditorChoice>& choices)
{
    if (m_combo)
        EditorChoices::fill(m_combo, choices);
}

void MeasureFieldEditor::setReadOnly(bool readOnly)
{
    if (m_line)
        m_line->setReadOnly(readOnly);
    if (m_text)
        m_text->setReadOnly(readOnly);
    if (m_combo)
        m_combo->setEnabled(!readOnly);
    if (m_check)
        m_check->setEnabled(!readOnly);
}

void MeasureFieldEditor::setPlaceholderText(const QString& text)
{
    if (m_line)
        m_line->setPlaceholderText(text);
    if (m_text)
        m_text->setPlaceholderText(text);
}

bool MeasureFieldEditor::isPending() const
{
    return m_committer && m_committer->isPending();
}

void MeasureFieldEditor::commitNow()
{
    if (m_committer)
        m_committer->commitNow();
}

void MeasureFieldEditor::discard()
{
    if (m_committer)
        m_committer->discard();
}

void MeasureFieldEditor::setFindings(const QStringList& lines)
{
    m_findings->setFindings(lines);
}

} // namespace ys::ui
