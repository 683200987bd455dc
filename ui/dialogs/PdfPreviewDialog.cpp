// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfPreviewDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfView>
#include <QVBoxLayout>

namespace ys::ui {

PdfPreviewDialog::PdfPreviewDialog(const QString& path, QWidget* parent)
    : QDialog(parent), m_document(new QPdfDocument(this)), m_view(new QPdfView(this))
{
    setWindowTitle(tr("%1 - Preview").arg(QFileInfo(path).fileName()));
    m_document->load(path);
    m_view->setObjectName(QStringLiteral("pdfPreview"));
    m_view->setAccessibleName(tr("PDF preview"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(760, 900);
}

int PdfPreviewDialog::pageCount() const
{
    return m_document->pageCount();
}

} // namespace ys::ui
