// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "ui/AppIcon.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ys::ui {
namespace {

QString resourceText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPlainTextEdit* readOnlyText(const QString& text, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return edit;
}

} // namespace

QString AboutDialog::credits()
{
    return tr("The sample plan and the tests are made of public data published by city governments.\n\n"
              "City of Baltimore: agencies, services and performance measures, from the City's public "
              "repository of its performance-planning application (city-of-baltimore/cob-performance, "
              "commit 0e7423c). Copyright (c) 2026 City of Baltimore, MIT licence. The sample plan's "
              "narrative text was written for the sample and is not the City's; its notice follows.\n\n"
              "District of Columbia: agency performance measures of fiscal 2013 (tests). Attribution: "
              "Porter, C. E. & Devkar, U. (2016), DC KPI and PO DB, based on DC Open Data. Licence: "
              "Creative Commons Attribution 4.0 International (CC BY 4.0), "
              "https://creativecommons.org/licenses/by/4.0/");
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Yardstick"));

    auto* icon = new QLabel(this);
    icon->setPixmap(AppIcon::pixmap(64, devicePixelRatioF()));
    m_title = plainLabel(tr("Yardstick %1").arg(QCoreApplication::applicationVersion()), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = plainLabel(tr("City performance plans on the desktop: draft, review and publish.\n\n"
                              "Copyright (c) the Yardstick developers. Free software under the GNU General "
                              "Public License, version 3 or later (GPL-3.0-or-later): you may share and "
                              "change it under its terms. It comes with no warranty.\n\n"
                              "Built with Qt %1, running on Qt %2.")
                               .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                           this);

    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto* headerText = new QVBoxLayout;
    headerText->addWidget(m_title);
    headerText->addWidget(m_summary);
    header->addLayout(headerText, 1);

    m_credits = readOnlyText(credits() + QStringLiteral("\n\n\n") +
                                 resourceText(QStringLiteral(":/about/resources/sample/NOTICE")),
                             this);
    m_credits->setObjectName(QStringLiteral("credits"));
    m_licence = readOnlyText(resourceText(QStringLiteral(":/about/LICENSE")), this);
    m_licence->setObjectName(QStringLiteral("licence"));
    m_licence->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_licence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_credits, tr("&Data Credits"));
    m_tabs->addTab(m_licence, tr("&Licence"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(720, 560);
}

} // namespace ys::ui
