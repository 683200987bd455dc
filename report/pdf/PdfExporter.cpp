// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfExporter.h"

#include "BookLayout.h"
#include "PdfFinisher.h"
#include "Typography.h"

#include "report/charts/MeasureChartBuilder.h"
#include "report/charts/MeasureChartPainter.h"
#include "storage/PlanFile.h"

#include <QBuffer>
#include <QHashFunctions>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace ys::report::pdf {

PdfExporter::PdfExporter(const storage::PlanFile& file, PdfOptions options) : m_file(file), m_options(std::move(options))
{
}

Result<QByteArray> PdfExporter::render(PdfSummary* summary)
{
    auto content = BookContent::read(m_file, m_options.scope);
    if (!content)
        return content.error();
    m_content = std::make_unique<BookContent>(std::move(*content));
    const BookContent& book = *m_content;
    const QDateTime stamp = m_options.timestamp.isValid() ? m_options.timestamp.toUTC()
                                                          : QDateTime::currentDateTimeUtc();

    // QPdfWriter keeps its fonts and objects in hashes: with the process's random hash seed the
    // same pages come out in another order each run. A fixed seed while writing makes the bytes
    // depend on the plan alone.
    struct DeterministicHashes
    {
        DeterministicHashes() { QHashSeed::setDeterministicGlobalSeed(); }
        ~DeterministicHashes() { QHashSeed::resetRandomGlobalSeed(); }
    } deterministic;
    QBuffer written;
    written.open(QIODevice::WriteOnly);
    const PageGeometry geometry(m_options.paper);
    QPdfWriter writer(&written);
    writer.setPageSize(geometry.pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(1200);
    writer.setTitle(BookLayout::bookTitle(book));
    writer.setCreator(QStringLiteral("Yardstick"));
    const Typography type(&writer);
    // The measure charts: the chart module's model of each measure, drawn straight into the page.
    ChartPainter charts = m_charts;
    if (!charts && m_options.charts)
        charts = [&book](QPainter& painter, const QRectF& rect, RowId measureId) {
            const Measure* measure = book.snapshot.measure(measureId);
            if (!measure)
                return;
            charts::MeasureChartBuilder::Options options;
            options.planCycle = book.cycle;
            options.defaultTolerance = book.snapshot.defaultTolerance;
            const charts::MeasureChart chart =
                charts::MeasureChartBuilder::build(*measure, book.snapshot.valuesOf(measureId), options);
            charts::MeasureChartPainter::paint(painter, rect, chart);
        };
    const LaidOutBook laidOut =
        BookLayout::layOut(book, geometry, type, BookLayout::Options{m_options.charts && bool(charts), stamp.date()});

    const PagePainter pagePainter(geometry, type, charts);
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::make(Error::Code::Internal, QStringLiteral("could not start the PDF"));
    const int total = int(laidOut.pages.size());
    for (int i = 0; i < total; ++i) {
        if (m_cancel && m_cancel->load()) {
            painter.end();
            return Error::make(Error::Code::Usage, QStringLiteral("the export was cancelled"));
        }
        if (i > 0)
            writer.newPage();
        pagePainter.paint(painter, laidOut.pages[size_t(i)], i + 1, total);
        if (m_progress)
            m_progress(i + 1, total);
    }
    painter.end();

    QString title = BookLayout::bookTitle(book);
    if (!book.cityBook && !book.plans.empty())
        title = QStringLiteral("%1 %2").arg(book.plans.front().owner.name, title);
    auto finished = finishPdf(written.data(), PdfFinish{title, stamp, laidOut.bookmarks, geometry.size.height()});
    if (!finished)
        return finished.error();
    if (summary)
        *summary = PdfSummary{total, int(book.plans.size()), book.measureCount()};
    return finished;
}

Result<PdfSummary> PdfExporter::write(const QString& out)
{
    PdfSummary summary;
    auto bytes = render(&summary);
    if (!bytes)
        return bytes.error();
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io, QStringLiteral("cannot write the PDF: %1").arg(file.errorString()), out, -1, {}};
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return Error{Error::Code::Io, QStringLiteral("cannot write the PDF: %1").arg(file.errorString()), out, -1, {}};
    return summary;
}

} // namespace ys::report::pdf
