// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportLayout.h"

#include "domain/FiscalYear.h"
#include "domain/Measure.h"

#include <QJsonArray>

namespace ys::io {
namespace {

const QStringList& fixedColumns()
{
    static const QStringList columns{
        QStringLiteral("Agency"),       QStringLiteral("Agency Name"),  QStringLiteral("Owner"),
        QStringLiteral("Service"),      QStringLiteral("Service Code"), QStringLiteral("Service Name"),
        QStringLiteral("Level"),        QStringLiteral("Title"),        QStringLiteral("Type"),
        QStringLiteral("Direction"),    QStringLiteral("Unit"),         QStringLiteral("Interval"),
        QStringLiteral("Cycles"),       QStringLiteral("Source IDs"),   QStringLiteral("Baseline"),
        QStringLiteral("Baseline Year")};
    return columns;
}

QString periodPrefix(const QString& year, Period period)
{
    return period == Period::Annual ? year : year + u' ' + code(period);
}

QString columnName(const QString& prefix, bool target, ExportLayout::Part part)
{
    QString name = prefix + (target ? QStringLiteral(" Target") : QStringLiteral(" Actual"));
    if (part == ExportLayout::Part::MissingReason)
        name += QStringLiteral(" Missing Reason");
    else if (part == ExportLayout::Part::Note)
        name += QStringLiteral(" Note");
    return name;
}

QJsonObject periodJson(const QString& prefix)
{
    QJsonObject o;
    o.insert(QStringLiteral("target"), columnName(prefix, true, ExportLayout::Part::Value));
    o.insert(QStringLiteral("actual"), columnName(prefix, false, ExportLayout::Part::Value));
    o.insert(QStringLiteral("target_missing"), columnName(prefix, true, ExportLayout::Part::MissingReason));
    o.insert(QStringLiteral("actual_missing"), columnName(prefix, false, ExportLayout::Part::MissingReason));
    o.insert(QStringLiteral("target_note"), columnName(prefix, true, ExportLayout::Part::Note));
    o.insert(QStringLiteral("actual_note"), columnName(prefix, false, ExportLayout::Part::Note));
    return o;
}

QJsonObject object(std::initializer_list<std::pair<const char*, QJsonValue>> entries)
{
    QJsonObject o;
    for (const auto& [key, value] : entries)
        o.insert(QLatin1String(key), value);
    return o;
}

} // namespace

QStringList ExportLayout::measureColumns()
{
    QStringList columns = fixedColumns();
    for (int i = 0; i < ElementCount; ++i)
        columns << label(static_cast<Element>(i));
    return columns;
}

QString ExportLayout::valueColumn(int fiscalYear, Period period, bool target, Part part)
{
    return columnName(periodPrefix(FiscalYear(fiscalYear).label(), period), target, part);
}

QJsonObject ExportLayout::mappingJson()
{
    const QStringList& c = fixedColumns();
    QJsonObject elements;
    for (int i = 0; i < ElementCount; ++i)
        elements.insert(code(static_cast<Element>(i)), label(static_cast<Element>(i)));
    QJsonObject block = periodJson(QStringLiteral("{FY}"));
    QJsonObject quarters;
    for (Period q : {Period::Q1, Period::Q2, Period::Q3, Period::Q4})
        quarters.insert(code(q), periodJson(periodPrefix(QStringLiteral("{FY}"), q)));
    block.insert(QStringLiteral("quarters"), quarters);

    return object({
        {"format", QStringLiteral("yardstick-csv-mapping")},
        {"version", 1},
        {"description",
         QStringLiteral("The layout `yardstick export --csv` writes. A Yardstick export imports back "
                        "with this mapping; it is also what `yardstick import --format csv` uses when "
                        "no --mapping is given.")},
        {"encoding", QStringLiteral("utf-8")},
        {"separator", QStringLiteral(",")},
        {"text_guard", true},
        {"percent_scale", QStringLiteral("points")},
        {"agency", object({{"code", c[0]}, {"name", c[1]}})},
        {"owner", object({{"name", c[2]}})},
        {"service", object({{"number", c[3]}, {"code", c[4]}, {"name", c[5]}})},
        {"cycle", object({{"column", c[12]}})},
        {"measure", object({{"title", c[7]},
                            {"level", c[6]},
                            {"type", c[8]},
                            {"direction", c[9]},
                            {"unit", c[10]},
                            {"interval", c[11]},
                            {"source_id", c[13]},
                            {"baseline", c[14]},
                            {"baseline_year", c[15]},
                            {"elements", elements}})},
        {"unique", QJsonArray{c[2], c[3], c[7]}},
        {"values", QJsonArray{block}},
    });
}

} // namespace ys::io
