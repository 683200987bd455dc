// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfFinisher.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace ys::report::pdf {
namespace {

using Handle = QPDFObjectHandle;

std::string utf8(const QString& text)
{
    return text.toStdString();
}

std::string pdfDate(const QDateTime& when)
{
    return when.toUTC().toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'")).toStdString();
}

// One outline level: the items of `marks` from `begin` at `level`, until a shallower mark.
// Returns the index after the last mark it consumed.
size_t addOutlineItems(QPDF& pdf, const std::vector<Handle>& pages, const std::vector<Bookmark>& marks, size_t begin,
                       int level, Handle parent, double pageHeight, int& count)
{
    Handle previous;
    size_t i = begin;
    while (i < marks.size() && marks[i].level >= level) {
        if (marks[i].level > level) { // a deeper mark with no parent at this level: lift it
            ++i;
            continue;
        }
        const Bookmark& mark = marks[i];
        Handle item = pdf.makeIndirectObject(Handle::newDictionary());
        item.replaceKey("/Title", Handle::newUnicodeString(utf8(mark.title)));
        item.replaceKey("/Parent", parent);
        const size_t page = std::min(pages.size() - 1, size_t(std::max(0, mark.page)));
        item.replaceKey("/Dest", Handle::newArray({pages[page], Handle::newName("/XYZ"), Handle::newNull(),
                                                    Handle::newReal(pageHeight - mark.top + 6, 2), Handle::newNull()}));
        if (previous.isInitialized()) {
            previous.replaceKey("/Next", item);
            item.replaceKey("/Prev", previous);
        } else {
            parent.replaceKey("/First", item);
        }
        parent.replaceKey("/Last", item);
        ++count;
        int children = 0;
        i = addOutlineItems(pdf, pages, marks, i + 1, level + 1, item, pageHeight, children);
        if (children > 0)
            item.replaceKey("/Count", Handle::newInteger(-children)); // closed: the services fold
        previous = item;
    }
    return i;
}

} // namespace

Result<QByteArray> finishPdf(const QByteArray& written, const PdfFinish& finish)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("yardstick", written.constData(), size_t(written.size()));
        Handle root = pdf.getRoot();
        std::vector<Handle> pages;
        for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages())
            pages.push_back(page.getObjectHandle());

        // The document information: our title and dates, no XMP packet with a random id.
        Handle info = pdf.makeIndirectObject(Handle::newDictionary());
        info.replaceKey("/Title", Handle::newUnicodeString(utf8(finish.title)));
        info.replaceKey("/Creator", Handle::newUnicodeString("Yardstick"));
        info.replaceKey("/Producer", Handle::newUnicodeString("Yardstick (Qt, qpdf)"));
        info.replaceKey("/CreationDate", Handle::newString(pdfDate(finish.timestamp)));
        info.replaceKey("/ModDate", Handle::newString(pdfDate(finish.timestamp)));
        pdf.getTrailer().replaceKey("/Info", info);
        root.removeKey("/Metadata");

        if (!finish.bookmarks.empty() && !pages.empty()) {
            Handle outlines = pdf.makeIndirectObject(Handle::newDictionary());
            outlines.replaceKey("/Type", Handle::newName("/Outlines"));
            int count = 0;
            addOutlineItems(pdf, pages, finish.bookmarks, 0, 0, outlines, finish.pageHeight, count);
            outlines.replaceKey("/Count", Handle::newInteger(count));
            root.replaceKey("/Outlines", outlines);
            root.replaceKey("/PageMode", Handle::newName("/UseOutlines"));
        }

        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.setCompressStreams(true);
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.write();
        std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception& e) {
        return Error::make(Error::Code::Internal,
                           QStringLiteral("could not finish the PDF (bookmarks and dates): %1").arg(QString::fromStdString(e.what())));
    }
}

} // namespace ys::report::pdf
