// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureEditorHeader.h"

#include "PlainText.h"

#include <QGridLayout>
#include <QLabel>
#include <QStyle>

namespace ys::ui {

MeasureEditorHeader::MeasureEditorHeader(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(3);
    m_title = PlainText::label({}, this, true);
    m_title->setObjectName(QStringLiteral("measureTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_context = PlainText::label({}, this, true);
    m_context->setObjectName(QStringLiteral("measureContext"));
    m_statusIcon = new QLabel(this);
    m_completeness = PlainText::label({}, this, true);
    m_completeness->setObjectName(QStringLiteral("completeness"));
    m_completeness->setAccessibleName(tr("Completeness of the definition"));
    m_smartIcon = new QLabel(this);
    m_smart = PlainText::label({}, this, true);
    m_smart->setObjectName(QStringLiteral("smartSummary"));
    m_smart->setAccessibleName(tr("SMART checks"));
    m_readOnly = PlainText::label({}, this, true);
    m_readOnly->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnly->setVisible(false);

    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_context, 1, 0, 1, 2);
    layout->addWidget(m_statusIcon, 2, 0, Qt::AlignTop);
    layout->addWidget(m_completeness, 2, 1);
    layout->addWidget(m_smartIcon, 3, 0, Qt::AlignTop);
    layout->addWidget(m_smart, 3, 1);
    layout->addWidget(m_readOnly, 4, 0, 1, 2);
    layout->setColumnStretch(1, 1);
}

void MeasureEditorHeader::setMeasure(const QString& title, const QString& context)
{
    m_title->setText(title.trimmed().isEmpty() ? tr("Untitled measure") : title);
    m_title->setAccessibleName(m_title->text());
    m_context->setText(context);
    m_title->setVisible(m_titleShown);
    m_context->setVisible(m_titleShown && !context.isEmpty());
}

void MeasureEditorHeader::setTitleShown(bool shown)
{
    m_titleShown = shown;
    m_title->setVisible(shown);
    m_context->setVisible(shown && !m_context->text().isEmpty());
}

void MeasureEditorHeader::setCompleteness(const rules::CompletenessReport& report, const QStringList& missing,
                                          const QStringList& unansweredOptional)
{
    QString text = report.complete()
                       ? tr("Complete: all %1 required elements are filled in.").arg(report.required)
                       : tr("%1 of %2 required elements: missing %3.")
                             .arg(report.filled)
                             .arg(report.required)
                             .arg(missing.join(tr(", ")));
    if (!unansweredOptional.isEmpty())
        text += QLatin1Char(' ') +
                tr("Not answered, asked only where it applies: %1.").arg(unansweredOptional.join(tr(", ")));
    m_completeness->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const auto icon = report.complete() ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning;
    m_statusIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_statusIcon->setVisible(true);
}

void MeasureEditorHeader::setSmartFindings(int count, const QStringList& fields)
{
    if (count == 0)
        m_smart->setText(tr("SMART checks: no findings."));
    else if (count == 1)
        m_smart->setText(tr("SMART checks: 1 finding, shown under %1.").arg(fields.join(tr(", "))));
    else
        m_smart->setText(
            tr("SMART checks: %1 findings, shown under %2.").arg(count).arg(fields.join(tr(", "))));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const auto icon = count == 0 ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxInformation;
    m_smartIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_smartIcon->setVisible(true);
    m_smart->setVisible(true);
}

QString MeasureEditorHeader::smartText() const
{
    return m_smart->text();
}

void MeasureEditorHeader::setReadOnlyReason(const QString& reason)
{
    m_readOnly->setText(reason.isEmpty() ? QString() : tr("Read-only: %1").arg(reason));
    m_readOnly->setVisible(!reason.isEmpty());
}

void MeasureEditorHeader::showEmpty(const QString& message)
{
    m_title->setText(message);
    m_title->setVisible(true);
    m_context->clear();
    m_context->setVisible(false);
    m_completeness->clear();
    m_statusIcon->setVisible(false);
    m_smart->setVisible(false);
    m_smartIcon->setVisible(false);
}

QString MeasureEditorHeader::completenessText() const
{
    return m_completeness->text();
}

} // namespace ys::ui
