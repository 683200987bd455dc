// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookLayout.h"

#include "PageFlow.h"
#include "PlanLayout.h"

#include "domain/FiscalYear.h"

#include <QLocale>

#include <set>

namespace ys::report::pdf {
namespace {

const QColor Accent(0x1f, 0x3a, 0x5f);
const QColor Grey(0x55, 0x55, 0x55);

void cityCover(PageFlow& flow, const BookContent& book, const QDate& date)
{
    flow.setContext({}, !book.allApproved());
    flow.newPage();
    flow.advance(flow.geometry().body.height() * 0.3);
    flow.paragraph(BookLayout::bookTitle(book), FontRole::CoverTitle, 0, Accent, 8);
    std::set<RowId> agencies;
    int services = 0;
    for (const PlanContent& p : book.plans) {
        agencies.insert(p.agency.id);
        services += int(p.services.size());
    }
    flow.paragraph(QStringLiteral("%1 agencies \u00b7 %2 plans \u00b7 %3 services \u00b7 %4 measures")
                       .arg(agencies.size())
                       .arg(book.plans.size())
                       .arg(services)
                       .arg(book.measureCount()),
                   FontRole::CoverSubtitle, 0, Qt::black, 20);
    flow.rule(1.2, Accent);
    if (date.isValid())
        flow.paragraph(QStringLiteral("Published %1").arg(QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"))),
                       FontRole::Body, 0, Grey, 4);
    if (!book.allApproved())
        flow.paragraph(QStringLiteral("DRAFT: pages of plans not yet approved are marked DRAFT."), FontRole::Body, 0,
                       Grey, 4);
}

// Lines per contents page at the contents' line height.
int contentsPerPage(const PageGeometry& geometry, const Typography& type)
{
    const double first = geometry.body.height() - 40; // the first page has the heading
    return std::max(1, int(first / (type.lineHeight(FontRole::Body) + 5)));
}

void contents(PageFlow& flow, const std::vector<ContentsEntry>& entries, const QString& header, bool draft)
{
    flow.setContext(header, draft);
    flow.newPage();
    flow.heading(QStringLiteral("Contents"), FontRole::Heading1, 20, 0, 12);
    const Typography& type = flow.type();
    const double lineHeight = type.lineHeight(FontRole::Body) + 5;
    const double numberWidth = 36;
    for (const ContentsEntry& entry : entries) {
        flow.ensure(entry.level == 0 ? 2 * lineHeight : lineHeight); // an agency with its first plan

        const double baseline = flow.y() + type.ascent(FontRole::Body);
        const FontRole role = entry.level == 0 ? FontRole::BodyBold : FontRole::Body;
        const double indent = entry.level == 0 ? 0 : 14;
        // A title longer than the line is shortened with an ellipsis (the section heading has it whole).
        QString fitted = entry.title;
        const double available = flow.width() - numberWidth - 8 - indent;
        while (type.width(fitted, role) > available && fitted.size() > 4)
            fitted = fitted.left(fitted.size() - 2).trimmed() + QStringLiteral("\u2026");
        flow.textAt(flow.left() + indent, baseline, fitted, role);
        flow.textRightAt(flow.left() + flow.width(), baseline, QString::number(entry.page), role);
        flow.page().lines.push_back(LineItem{QLineF(flow.left() + indent + type.width(fitted, role) + 4, baseline,
                                                    flow.left() + flow.width() - numberWidth, baseline),
                                             QColor(0xbb, 0xbb, 0xbb), 0.4});
        flow.advance(lineHeight);
    }
}

} // namespace

QString BookLayout::bookTitle(const BookContent& book)
{
    return QStringLiteral("%1 Performance Plans").arg(FiscalYear(book.cycle).label());
}

LaidOutBook BookLayout::layOut(const BookContent& book, const PageGeometry& geometry, const Typography& type,
                               const Options& options)
{
    // The plans first, on their own, to learn where each starts.
    LaidOutBook body;
    PageFlow bodyFlow(geometry, type, body);
    PlanLayout plans(bodyFlow, book, PlanLayout::Options{!book.cityBook, options.charts, options.date});
    std::vector<int> starts;
    for (const PlanContent& plan : book.plans) {
        starts.push_back(int(body.pages.size()) + (book.cityBook ? 0 : 1));
        plans.layOut(plan);
    }
    if (!book.cityBook)
        return body;

    // Then the cover and the contents in front, and every page number shifted past them.
    // The contents: each agency (bold, the page of its first plan) with its plan owners beneath.
    std::vector<ContentsEntry> entries;
    std::vector<int> startOf; // the body page (0-based) each entry points to
    for (size_t i = 0; i < book.plans.size(); ++i) {
        const PlanContent& plan = book.plans[i];
        if (i == 0 || book.plans[i - 1].agency.id != plan.agency.id) {
            entries.push_back(ContentsEntry{plan.agency.displayName(), 0, 0});
            startOf.push_back(starts[i]);
        }
        entries.push_back(ContentsEntry{plan.owner.name, 0, 1});
        startOf.push_back(starts[i]);
    }
    const int perPage = contentsPerPage(geometry, type);
    const int front = 1 + int((entries.size() + size_t(perPage) - 1) / size_t(perPage));
    for (size_t i = 0; i < entries.size(); ++i)
        entries[i].page = startOf[i] + front + 1;
    LaidOutBook result;
    PageFlow flow(geometry, type, result);
    cityCover(flow, book, options.date);
    contents(flow, entries, bookTitle(book), !book.allApproved());
    result.contents = entries;
    // Should the contents take another number of pages than counted, they are laid out again.
    if (int(result.pages.size()) != front) {
        const int actualFront = int(result.pages.size());
        result.pages.clear();
        for (size_t i = 0; i < entries.size(); ++i)
            entries[i].page = startOf[i] + actualFront + 1;
        result.contents = entries;
        PageFlow again(geometry, type, result);
        cityCover(again, book, options.date);
        contents(again, entries, bookTitle(book), !book.allApproved());
    }
    const int shift = int(result.pages.size());
    for (Page& page : body.pages)
        result.pages.push_back(std::move(page));
    for (Bookmark mark : body.bookmarks) {
        mark.page += shift;
        result.bookmarks.push_back(mark);
    }
    return result;
}

} // namespace ys::report::pdf
