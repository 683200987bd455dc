// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-city book of the imported Baltimore workbook (FY27), read back from the PDF.
#include "PdfFixture.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>

#include <QSet>

#include <map>

namespace {

// Every FY27 measure of the workbook, as `list --json` gives them.
std::vector<QJsonObject> fy27Measures()
{
    std::vector<QJsonObject> out;
    for (const auto& m : BaltimoreFixture::get().measures) {
        const QJsonObject o = m.toObject();
        if (o.value(QStringLiteral("cycles")).toArray().contains(QStringLiteral("FY27")))
            out.push_back(o);
    }
    return out;
}

// A page's text without the DRAFT mark (drawn first, so read first).
QString withoutMark(const QString& page)
{
    QString text = squeezed(page);
    return text.startsWith(QLatin1String("DRAFT")) ? text.mid(5) : text;
}

// The table of contents: title (as printed, maybe shortened with an ellipsis) and page.
std::vector<std::pair<QString, int>> contentsOf(const PdfBook& book)
{
    std::vector<std::pair<QString, int>> entries;
    static const QRegularExpression line(QStringLiteral("^(.*\\S)\\s+(\\d+)$"));
    // The contents pages follow the cover, under the running header "FY27 Performance Plans".
    for (int page = 1; page < book.pages.size(); ++page) {
        if (!withoutMark(book.pages[page]).startsWith(QLatin1String("FY27PerformancePlans")))
            break;
        const QString& layout = book.pages[page]; // -raw: each entry's title, then its page number
        bool any = false;
        for (const QString& text : layout.split(u'\n')) {
            const auto match = line.match(text.trimmed());
            if (match.hasMatch() && !text.contains(QLatin1String("Page "))) {
                entries.emplace_back(match.captured(1).trimmed(), match.captured(2).toInt());
                any = true;
            }
        }
        if (!any)
            break;
    }
    return entries;
}

} // namespace

TEST_CASE("pdf: the city book names every plan owner, service and measure title of the FY27 cycle")
{
    const PdfBook& book = cityBook();
    REQUIRE(book.pages.size() > 50);
    const QString all = squeezed(book.pages.join(QString()));
    const auto measures = fy27Measures();
    REQUIRE(measures.size() == 674);
    QSet<QString> owners, services;
    QStringList missing;
    for (const QJsonObject& m : measures) {
        owners.insert(m.value(QStringLiteral("owner")).toString());
        services.insert(QStringLiteral("Service %1: %2")
                            .arg(m.value(QStringLiteral("service")).toInt())
                            .arg(m.value(QStringLiteral("service_name")).toString()));
        const QString title = m.value(QStringLiteral("title")).toString();
        if (!all.contains(squeezed(title))) {
            missing << QStringLiteral("measure: ") + title;
        }
    }
    for (const QString& owner : owners)
        if (!all.contains(squeezed(owner))) {
            missing << QStringLiteral("plan owner: ") + owner;
        }
    for (const QString& service : services)
        if (!all.contains(squeezed(service))) {
            missing << QStringLiteral("service: ") + service;
        }
    CHECK(owners.size() == 53);
    CHECK(services.size() > 150);
    INFO("missing from the PDF: " << missing.join(QStringLiteral("; ")).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("pdf: the city book's contents give the page each plan owner's section starts on")
{
    const PdfBook& book = cityBook();
    const auto entries = contentsOf(book);
    REQUIRE(entries.size() >= 53);
    QSet<QString> starting;
    for (const auto& [title, page] : entries) {
        REQUIRE(page >= 1);
        REQUIRE(page <= book.pages.size());
        const QString text = withoutMark(book.pages[page - 1]);
        const QString name = title.endsWith(QChar(0x2026)) ? title.chopped(1) : title;
        INFO("contents entry " << title.toStdString() << " on page " << page);
        // The page starts the section: the name is on it, and the page before belongs to another plan.
        CHECK(squeezed(text).contains(squeezed(name)));
        // A plan owner's entry (not an agency's) points at a page under its own running header.
        const QString header = squeezed(name);
        if (squeezed(text).startsWith(header)) {
            starting.insert(name);
            CHECK_FALSE(squeezed(withoutMark(book.pages[page - 2])).startsWith(header));
        }
    }
    QStringList owners;
    for (const QJsonObject& m : fy27Measures())
        if (!owners.contains(m.value(QStringLiteral("owner")).toString()))
            owners << m.value(QStringLiteral("owner")).toString();
    QStringList unmatched;
    for (const QString& owner : owners)
        if (!starting.contains(owner))
            unmatched << owner;
    INFO("plan owners whose section the contents do not point at: " << unmatched.join(QStringLiteral("; ")).toStdString());
    CHECK(unmatched.isEmpty());
}

TEST_CASE("pdf: the city book has a bookmark for every plan owner, with its services beneath")
{
    const PdfBook& book = cityBook();
    QPDF pdf;
    pdf.processFile(book.path.toLocal8Bit().constData());
    QPDFOutlineDocumentHelper outlines(pdf);
    REQUIRE(outlines.hasOutlines());
    std::map<QString, int> servicesOf;
    int serviceMarks = 0;
    for (auto& top : outlines.getTopLevelOutlines()) {
        const QString title = QString::fromStdString(top.getTitle());
        for (auto& kid : top.getKids()) {
            ++serviceMarks;
            CHECK(QString::fromStdString(kid.getTitle()).startsWith(QLatin1String("Service ")));
        }
        servicesOf[title] = int(top.getKids().size());
        CHECK(top.getDestPage().isPageObject());
    }
    QSet<QString> owners;
    for (const QJsonObject& m : fy27Measures())
        owners.insert(m.value(QStringLiteral("owner")).toString());
    CHECK(servicesOf.size() == size_t(owners.size()));
    for (const QString& owner : owners)
        CHECK(servicesOf.count(owner) == 1);
    CHECK(serviceMarks > 150);
}

TEST_CASE("pdf: two exports with the same timestamp are byte-identical, another timestamp changes the date")
{
    const BaltimoreFixture& city = BaltimoreFixture::get();
    TempDir dir;
    auto exportAt = [&](const QString& name, const QString& stamp) {
        const QString out = dir.path(name);
        const CliRun run = runYardstick({QStringLiteral("export"), city.plan, QStringLiteral("--pdf"), out,
                                         QStringLiteral("--agency"), QStringLiteral("AGC2300"),
                                         QStringLiteral("--timestamp"), stamp});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    const QByteArray first = exportAt(QStringLiteral("a.pdf"), QStringLiteral("2026-07-01T09:00:00Z"));
    const QByteArray second = exportAt(QStringLiteral("b.pdf"), QStringLiteral("2026-07-01T09:00:00Z"));
    const QByteArray later = exportAt(QStringLiteral("c.pdf"), QStringLiteral("2026-08-15T12:30:00Z"));
    CHECK(first.size() > 10000);
    CHECK(first == second);
    CHECK(first != later);
    const QString info = runTool(QStringLiteral("pdfinfo"), {dir.path(QStringLiteral("c.pdf"))});
    CHECK(info.contains(QLatin1String("Aug 15 12:30:00 2026")));
}
