// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPdfDocument;
class QPdfView;

namespace ys::ui {

// The exported PDF as it will print, page after page (QtPdf), with zoom to the page width.
class PdfPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    PdfPreviewDialog(const QString& path, QWidget* parent = nullptr);
    int pageCount() const;

private:
    QPdfDocument* m_document;
    QPdfView* m_view;
};

} // namespace ys::ui
