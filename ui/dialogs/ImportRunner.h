// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "io/ImportReport.h"

#include <QString>

#include <optional>

class QWidget;

namespace ys::ui {

// Runs an import off the GUI thread with a progress dialog and a Cancel button, so the window
// never freezes; a cancelled or failed import writes nothing. The plan file must not be open in
// this process while it runs (the worker opens it itself).
class ImportRunner
{
public:
    struct Outcome
    {
        std::optional<io::ImportReport> report;
        std::optional<Error> error;
        bool cancelled = false;
    };

    static Outcome run(QWidget* parent, const QString& planPath, const QString& source, const QString& format,
                       io::ImportOptions options);
    // Shows the import report (or why it failed) in a dialog.
    static void showOutcome(QWidget* parent, const Outcome& outcome);
};

} // namespace ys::ui
