// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxWorkbook.h"

#include "SheetParser.h"
#include "XlsxXml.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

namespace ys::io {

namespace {

const QString WorkbookPart = QStringLiteral("xl/workbook.xml");
const QString RelationshipsPart = QStringLiteral("xl/_rels/workbook.xml.rels");

// The first bytes of an OLE compound file: an Excel 97-2003 .xls, or an .xlsx encrypted with a password
// (Office wraps those in OLE too). Both are common mistakes worth naming.
const QByteArray OleSignature = QByteArray::fromHex("d0cf11e0a1b11ae1");

struct Relationship
{
    QString type;
    QString target;
};

// The r:id of a <sheet>: an attribute "id" in the relationships namespace, whose URI differs between
// Transitional and Strict OOXML, so it is found by name in any namespace.
QStringView relationshipId(const QXmlStreamAttributes& attributes)
{
    for (const QXmlStreamAttribute& attribute : attributes)
        if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
            return attribute.value();
    return {};
}

// A relationship target is relative to xl/ unless absolute ("/xl/worksheets/sheet1.xml").
QString resolveTarget(const QString& target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(QStringLiteral("xl/") + target);
}

} // namespace

Error XlsxWorkbook::error(const QString& message) const
{
    Error e = Error::make(Error::Code::Invalid, message);
    e.file = m_archive.path();
    return e;
}

QString XlsxWorkbook::findPart(const QString& name) const
{
    if (m_archive.contains(name))
        return name;
    // Part names are case-insensitive in OOXML; some writers do not match the case of their own links.
    for (const QString& entry : m_archive.entryNames())
        if (entry.compare(name, Qt::CaseInsensitive) == 0)
            return entry;
    return {};
}

Result<XlsxWorkbook> XlsxWorkbook::open(const QString& path)
{
    Result<ZipArchive> archive = ZipArchive::open(path);
    if (!archive) {
        if (archive.error().code != Error::Code::Invalid)
            return archive.error();
        QFile file(path);
        const bool ole = file.open(QIODevice::ReadOnly) && file.read(OleSignature.size()) == OleSignature;
        Error e = archive.error();
        e.message =
            ole ? QStringLiteral("is an old Excel 97-2003 (.xls) file or a password-protected "
                                 "workbook; open it in Excel and save it as .xlsx without a password")
                : QStringLiteral("is not an Excel workbook: it is not a zip archive, as an .xlsx file "
                                 "is (it may be damaged or incomplete)");
        return e;
    }
    XlsxWorkbook book(std::move(archive).value());

    const QString workbookPart = book.findPart(WorkbookPart);
    if (workbookPart.isEmpty()) {
        const Result<QByteArray> mimetype = book.m_archive.read(QStringLiteral("mimetype"), 256);
        if (mimetype && mimetype->startsWith("application/vnd.oasis.opendocument"))
            return book.error(QStringLiteral("is an OpenDocument file (.ods), not an Excel workbook; save it "
                                             "as .xlsx"));
        return book.error(QStringLiteral("is a zip archive but not an Excel workbook (no xl/workbook.xml)"));
    }

    // The relationships: which part each sheet (and the shared strings table) lives in.
    QHash<QString, Relationship> relationships;
    const QString relsPart = book.findPart(RelationshipsPart);
    if (relsPart.isEmpty())
        return book.error(QStringLiteral("is an incomplete Excel workbook (no %1)").arg(RelationshipsPart));
    {
        Result<QByteArray> xml = book.m_archive.read(relsPart);
        if (!xml)
            return xml.error();
        QXmlStreamReader reader(*xml);
        if (Status entered = enterXlsxRoot(reader, path, relsPart); !entered)
            return entered.error();
        while (reader.readNextStartElement()) {
            if (reader.name() == u"Relationship") {
                const QXmlStreamAttributes attributes = reader.attributes();
                if (attributes.value(QLatin1String("TargetMode")) != u"External")
                    relationships.insert(
                        attributes.value(QLatin1String("Id")).toString(),
                        {attributes.value(QLatin1String("Type")).toString(),
                         resolveTarget(attributes.value(QLatin1String("Target")).toString())});
            }
            reader.skipCurrentElement();
        }
        if (reader.hasError())
            return xlsxXmlError(reader, path, relsPart);
    }

    // The sheets, in the order Excel shows their tabs.
    {
        Result<QByteArray> xml = book.m_archive.read(workbookPart);
        if (!xml)
            return xml.error();
        QXmlStreamReader reader(*xml);
        if (Status entered = enterXlsxRoot(reader, path, workbookPart); !entered)
            return entered.error();
        while (reader.readNextStartElement()) {
            if (reader.name() != u"sheets") {
                reader.skipCurrentElement();
                continue;
            }
            while (reader.readNextStartElement()) {
                if (reader.name() == u"sheet") {
                    const QXmlStreamAttributes attributes = reader.attributes();
                    const QString name = attributes.value(QLatin1String("name")).toString();
                    const QString id = relationshipId(attributes).toString();
                    const auto relationship = relationships.constFind(id);
                    if (relationship == relationships.constEnd())
                        return book.error(QStringLiteral("sheet \"%1\" has no part in the workbook (its link "
                                                         "\"%2\" is missing from %3)")
                                              .arg(name, id, RelationshipsPart));
                    book.m_sheets.push_back({name, relationship->target});
                }
                reader.skipCurrentElement();
            }
        }
        if (reader.hasError())
            return xlsxXmlError(reader, path, workbookPart);
    }
    if (book.m_sheets.empty())
        return book.error(QStringLiteral("is an Excel workbook without sheets"));

    // The shared strings are optional: a workbook of numbers only, or of inline strings, has none.
    QString stringsPart;
    for (const Relationship& relationship : std::as_const(relationships))
        if (relationship.type.endsWith(u"/sharedStrings"))
            stringsPart = book.findPart(relationship.target);
    if (stringsPart.isEmpty())
        stringsPart = book.findPart(QStringLiteral("xl/sharedStrings.xml"));
    if (!stringsPart.isEmpty()) {
        Result<QByteArray> xml = book.m_archive.read(stringsPart);
        if (!xml)
            return xml.error();
        Result<SharedStrings> strings = SharedStrings::parse(*xml, path, stringsPart);
        if (!strings)
            return strings.error();
        book.m_strings = std::move(strings).value();
    }
    return book;
}

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    names.reserve(qsizetype(m_sheets.size()));
    for (const SheetEntry& sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

Result<XlsxSheet> XlsxWorkbook::readSheet(int index) const
{
    return readSheetRows(index, ExcelMaxRows);
}

Result<XlsxSheet> XlsxWorkbook::readSheetRows(int index, int lastRow) const
{
    if (index < 0 || index >= sheetCount()) {
        Error e =
            error(QStringLiteral("has no sheet number %1 (it has %2)").arg(index + 1).arg(sheetCount()));
        e.code = Error::Code::Usage;
        return e;
    }
    const SheetEntry& sheet = m_sheets[size_t(index)];
    const QString part = findPart(sheet.part);
    if (part.isEmpty())
        return error(
            QStringLiteral("sheet \"%1\" is missing from the file (no part %2)").arg(sheet.name, sheet.part));
    Result<QByteArray> xml = m_archive.read(part);
    if (!xml)
        return xml.error();
    return SheetParser(m_strings, path(), sheet.name, part).parse(*xml, lastRow);
}

QString XlsxWorkbook::normalizedHeader(const QString& text)
{
    // simplified() folds every Unicode space, the non-breaking one included, and line breaks.
    return text.simplified().toCaseFolded();
}

Result<XlsxHeaderLocation> XlsxWorkbook::findSheetByHeader(const QStringList& requiredHeaders,
                                                           int maxHeaderRow) const
{
    QStringList wanted;
    for (const QString& header : requiredHeaders)
        wanted.append(normalizedHeader(header));

    // For the message when nothing matches: the row that came closest, and a sheet that could not be read.
    QStringList closestMissing = requiredHeaders;
    QString closestWhere;
    std::optional<Error> unreadable;

    for (int index = 0; index < sheetCount(); ++index) {
        Result<XlsxSheet> sheet = readSheetRows(index, maxHeaderRow);
        if (!sheet) {
            if (!unreadable)
                unreadable = sheet.error();
            continue;
        }
        for (size_t r = 0; r < sheet->rows.size(); ++r) {
            const XlsxRow& row = sheet->rows[r];
            QSet<QString> present;
            for (const XlsxCell& cell : row.cells)
                if (cell.kind != XlsxCell::Kind::Empty)
                    present.insert(normalizedHeader(cell.text));
            QStringList missing;
            for (qsizetype h = 0; h < wanted.size(); ++h)
                if (!present.contains(wanted[h]))
                    missing.append(requiredHeaders[h]);
            if (missing.isEmpty())
                return XlsxHeaderLocation{index, int(r), row.number};
            if (missing.size() < closestMissing.size()) {
                closestMissing = missing;
                closestWhere = QStringLiteral("sheet \"%1\", row %2").arg(sheet->name).arg(row.number);
            }
        }
    }
    if (unreadable)
        return *unreadable;

    auto quoted = [](const QStringList& list) {
        QStringList out;
        for (const QString& s : list)
            out.append(QStringLiteral("\"%1\"").arg(s));
        return out.join(QStringLiteral(", "));
    };
    QString message = QStringLiteral("no sheet has a header row with %1 in its first %2 rows")
                          .arg(quoted(requiredHeaders))
                          .arg(maxHeaderRow);
    if (!closestWhere.isEmpty())
        message += QStringLiteral("; the closest, %1, lacks %2").arg(closestWhere, quoted(closestMissing));
    Error e = error(message);
    e.code = Error::Code::NotFound;
    return e;
}

} // namespace ys::io
