// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "report/pdf/PdfExporter.h"

#include <QString>

#include <optional>

class QWidget;

namespace ys::ui {

// Writes the publication PDF off the GUI thread, with a progress dialog (page by page) and a
// Cancel button: the window never freezes, and a cancelled or failed export leaves no file. The
// worker reads the plan through its own read-only connection, so the document stays open.
class PdfExportRunner
{
public:
    struct Outcome
    {
        std::optional<report::pdf::PdfSummary> summary;
        std::optional<Error> error;
        bool cancelled = false;
    };

    static Outcome run(QWidget* parent, const QString& planPath, const QString& out, report::pdf::PdfOptions options);
};

} // namespace ys::ui
