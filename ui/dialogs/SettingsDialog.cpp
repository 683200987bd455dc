// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "ui/AppSettings.h"
#include "storage/FileLock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace ys::ui {
namespace {

constexpr int MaxNameLength = 80;

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setMaxLength(MaxNameLength);
    m_name->setClearButtonEnabled(true);
    m_name->setPlaceholderText(tr("Your login name: %1").arg(storage::FileLock::currentUser()));
    m_name->setAccessibleName(tr("Your name"));

    m_startMonth = new QComboBox(this);
    m_startMonth->setObjectName(QStringLiteral("fiscalYearStartMonth"));
    m_startMonth->setAccessibleName(tr("Fiscal year starts in"));
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_startMonth->addItem(locale.standaloneMonthName(month, QLocale::LongFormat), month);

    m_tolerance = new QDoubleSpinBox(this);
    m_tolerance->setObjectName(QStringLiteral("defaultTolerance"));
    m_tolerance->setAccessibleName(tr("Default status tolerance in percent"));
    m_tolerance->setRange(0.0, 100.0);
    m_tolerance->setDecimals(1);
    m_tolerance->setSingleStep(1.0);
    m_tolerance->setSuffix(tr(" %"));

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paperSize"));
    m_paper->setAccessibleName(tr("Paper size"));
    for (QPageSize::PageSizeId id : AppSettings::paperSizes())
        m_paper->addItem(QPageSize::name(id), int(id));

    m_reviewerMode = new QCheckBox(tr("Open plan files in &reviewer mode"), this);
    m_reviewerMode->setObjectName(QStringLiteral("reviewerMode"));

    auto* identity = new QGroupBox(tr("You"), this);
    auto* identityForm = new QFormLayout(identity);
    identityForm->addRow(tr("Your &name:"), m_name);
    identityForm->addRow(note(tr("Recorded with every change you make to a plan file, and shown to anyone who "
                                 "opens a file while you have it open. Applies to plan files opened from now on."),
                              identity));

    auto* newFiles = new QGroupBox(tr("New plan files"), this);
    auto* newFilesForm = new QFormLayout(newFiles);
    newFilesForm->addRow(tr("Fiscal year &starts in:"), m_startMonth);
    newFilesForm->addRow(tr("Default status &tolerance:"), m_tolerance);
    newFilesForm->addRow(note(tr("A measure is \"near\" its target when it misses it by no more than this share "
                                 "of the target. Each plan file keeps its own values; these are the ones a new "
                                 "file starts with."),
                              newFiles));

    auto* work = new QGroupBox(tr("Printing and reviewing"), this);
    auto* workForm = new QFormLayout(work);
    workForm->addRow(tr("&Paper size:"), m_paper);
    workForm->addRow(m_reviewerMode);
    workForm->addRow(note(tr("For budget reviewers, who check and score plans that agencies wrote. A plan file "
                             "remembers the mode it was last used in (View > Reviewer Mode); this applies to "
                             "files that remember none."),
                          work));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(identity);
    layout->addWidget(newFiles);
    layout->addWidget(work);
    layout->addWidget(m_buttons);
    for (auto* form : {identityForm, newFilesForm, workForm})
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    setMinimumWidth(560);
    load();
    // Word-wrapped notes: let the height follow the width the dialog gets.
    const int height = heightForWidth(minimumWidth());
    resize(minimumWidth(), height > 0 ? height : sizeHint().height());
}

void SettingsDialog::load()
{
    m_name->setText(AppSettings::userName());
    m_startMonth->setCurrentIndex(m_startMonth->findData(AppSettings::fiscalYearStartMonth()));
    m_tolerance->setValue(AppSettings::defaultTolerance() * 100.0);
    m_paper->setCurrentIndex(m_paper->findData(int(AppSettings::paperSize())));
    m_reviewerMode->setChecked(AppSettings::reviewerMode());
}

void SettingsDialog::accept()
{
    AppSettings::setUserName(m_name->text());
    AppSettings::setFiscalYearStartMonth(m_startMonth->currentData().toInt());
    AppSettings::setDefaultTolerance(m_tolerance->value() / 100.0);
    AppSettings::setPaperSize(QPageSize::PageSizeId(m_paper->currentData().toInt()));
    AppSettings::setReviewerMode(m_reviewerMode->isChecked());
    QDialog::accept();
}

} // namespace ys::ui
