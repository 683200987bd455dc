// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes small zip and .xlsx files for the tests, so that each case shows the XML it is about.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

#include <zip.h>

using ZipEntries = std::vector<std::pair<QString, QByteArray>>;

inline bool writeZip(const QString& path, const ZipEntries& entries)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto& [name, data] : entries) {
        zip_fileinfo info{};
        ok = ok &&
             zipOpenNewFileInZip(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                 Z_DEFLATED, Z_DEFAULT_COMPRESSION) == ZIP_OK &&
             zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK &&
             zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

inline QByteArray xmlEscaped(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

inline QByteArray workbookXml(const QStringList& sheetNames)
{
    QByteArray xml =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
        R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)";
    for (qsizetype i = 0; i < sheetNames.size(); ++i)
        xml += "<sheet name=\"" + xmlEscaped(sheetNames[i]) + "\" sheetId=\"" + QByteArray::number(i + 1) +
               "\" r:id=\"rId" + QByteArray::number(i + 1) + "\"/>";
    return xml + "</sheets></workbook>";
}

inline QByteArray relationshipsXml(qsizetype sheets)
{
    QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
    for (qsizetype i = 0; i < sheets; ++i)
        xml += "<Relationship Id=\"rId" + QByteArray::number(i + 1) +
               "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
               "Target=\"worksheets/sheet" +
               QByteArray::number(i + 1) + ".xml\"/>";
    xml +=
        R"(<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)";
    return xml + "</Relationships>";
}

inline QByteArray sharedStringsXml(const QStringList& strings)
{
    QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount=")" +
                     QByteArray::number(strings.size()) + "\">";
    for (const QString& s : strings)
        xml += "<si><t xml:space=\"preserve\">" + xmlEscaped(s) + "</t></si>";
    return xml + "</sst>";
}

// A worksheet part around the given <sheetData> content.
inline QByteArray sheetXml(const QByteArray& sheetData)
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/>)"
           R"(<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>)" +
           sheetData + "</sheetData><pageMargins left=\"0.7\"/></worksheet>";
}

struct FixtureSheet
{
    QString name;
    QByteArray sheetData; // the content of <sheetData>
};

// An .xlsx with the given sheets; sharedStringsPart replaces the generated table when not empty.
inline bool writeXlsx(const QString& path, const std::vector<FixtureSheet>& sheets,
                      const QStringList& sharedStrings = {}, const QByteArray& sharedStringsPart = {})
{
    QStringList names;
    ZipEntries entries;
    for (size_t i = 0; i < sheets.size(); ++i) {
        names.append(sheets[i].name);
        entries.emplace_back(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                             sheetXml(sheets[i].sheetData));
    }
    entries.emplace_back(QStringLiteral("xl/workbook.xml"), workbookXml(names));
    entries.emplace_back(QStringLiteral("xl/_rels/workbook.xml.rels"),
                         relationshipsXml(qsizetype(sheets.size())));
    entries.emplace_back(QStringLiteral("xl/sharedStrings.xml"),
                         sharedStringsPart.isEmpty() ? sharedStringsXml(sharedStrings) : sharedStringsPart);
    return writeZip(path, entries);
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}
