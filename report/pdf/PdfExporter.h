// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BookContent.h"
#include "PageGeometry.h"
#include "PagePainter.h"

#include "domain/Result.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>

namespace ys::storage {
class PlanFile;
}

namespace ys::report::pdf {

struct PdfOptions
{
    BookScope scope;               // cycle (0: the latest) and agency (empty: the city's book)
    Paper paper = Paper::A4;
    QDateTime timestamp;           // printed and stamped; invalid: now
    bool charts = true;
};

// What an export wrote, for the caller's message.
struct PdfSummary
{
    int pages = 0;
    int plans = 0;
    int measures = 0;
};

// Writes the publication PDF of a plan file: reads the content, lays it out, paints the pages with
// QPdfWriter, finishes the file with qpdf, and replaces `out` only when all went well (no partial
// file is ever left). Progress is reported per page painted; `cancel`, when set, stops the export
// and leaves no file. Runs on any thread (it shows nothing).
class PdfExporter
{
public:
    using Progress = std::function<void(int done, int total)>;

    PdfExporter(const storage::PlanFile& file, PdfOptions options);
    // Draws the measure charts instead of the chart module's print renderer (the default).
    void setChartPainter(ChartPainter painter) { m_charts = std::move(painter); }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancel(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    Result<PdfSummary> write(const QString& out);
    // The same, to bytes (tests and the preview).
    Result<QByteArray> render(PdfSummary* summary = nullptr);
    // The content read for the last render: measures and values by id, for the chart painter.
    const BookContent* content() const { return m_content.get(); }

private:
    const storage::PlanFile& m_file;
    PdfOptions m_options;
    ChartPainter m_charts;
    Progress m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
    std::unique_ptr<BookContent> m_content;
};

} // namespace ys::report::pdf
