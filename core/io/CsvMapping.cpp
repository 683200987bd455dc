// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvMapping.h"

#include "CsvMappingJson.h"
#include "values/NumberText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace ys::io {
namespace {

// The keys of a block or a quarter object that name the columns of one period.
void readPeriod(MappingJson& json, const QJsonObject& o, const QString& prefix, CsvPeriodColumns& period)
{
    period.target.value = json.column(o, prefix, "target");
    period.actual.value = json.column(o, prefix, "actual");
    period.target.missing = json.column(o, prefix, "target_missing");
    period.actual.missing = json.column(o, prefix, "actual_missing");
    period.target.note = json.column(o, prefix, "target_note");
    period.actual.note = json.column(o, prefix, "actual_note");
}

QStringList periodColumns(const CsvPeriodColumns& p)
{
    QStringList out;
    for (const QString& c :
         {p.target.value, p.actual.value, p.target.missing, p.actual.missing, p.target.note, p.actual.note})
        if (!c.isEmpty())
            out << c;
    return out;
}

const QStringList PeriodKeys{QStringLiteral("target"),         QStringLiteral("actual"),
                             QStringLiteral("target_missing"), QStringLiteral("actual_missing"),
                             QStringLiteral("target_note"),    QStringLiteral("actual_note")};

CsvValueBlock readBlock(MappingJson& json, const QJsonObject& o, const QString& key)
{
    CsvValueBlock block;
    block.key = key;
    json.allowKeys(o, key,
                   PeriodKeys + QStringList{QStringLiteral("fiscal_year"),
                                            QStringLiteral("fiscal_year_column"),
                                            QStringLiteral("quarters")});
    readPeriod(json, o, key, block.periods[static_cast<int>(Period::Annual)]);
    const QJsonObject quarters = json.object(o, key, "quarters");
    const QString quartersKey = key + QStringLiteral(".quarters");
    json.allowKeys(quarters, quartersKey,
                   {QStringLiteral("Q1"), QStringLiteral("Q2"), QStringLiteral("Q3"), QStringLiteral("Q4")});
    for (int q = 0; q < 4; ++q) {
        const QString name = QStringLiteral("Q%1").arg(q + 1);
        const QJsonValue v = quarters.value(name);
        const QString qKey = quartersKey + u'.' + name;
        if (v.isString()) {
            // "Q1": "Q1_Actual" is the quarter's actual, the common case.
            block.periods[q].actual.value = json.column(quarters, quartersKey, name.toLatin1().constData());
        } else if (v.isObject()) {
            json.allowKeys(v.toObject(), qKey, PeriodKeys);
            readPeriod(json, v.toObject(), qKey, block.periods[q]);
        } else if (!v.isUndefined()) {
            json.fail(qKey, QStringLiteral("must name a column (the quarter's actual) or hold "
                                           "{\"target\": ..., \"actual\": ...}"));
        }
    }

    QStringList columns;
    for (const auto& period : block.periods)
        columns << periodColumns(period);
    if (columns.isEmpty())
        json.fail(key, QStringLiteral("names no value column: give \"target\", \"actual\" or \"quarters\""));
    const qsizetype templated = std::count_if(
        columns.cbegin(), columns.cend(), [](const QString& c) { return c.contains(QLatin1String("{FY}")); });
    block.templated = templated > 0;
    const bool hasYear = o.contains(QStringLiteral("fiscal_year"));
    block.yearColumn = json.column(o, key, "fiscal_year_column");
    if (hasYear) {
        const QJsonValue year = o.value(QStringLiteral("fiscal_year"));
        block.fiscalYear = json.fiscalYear(year, key + QStringLiteral(".fiscal_year"));
    }
    if (block.templated) {
        if (templated != columns.size())
            json.fail(key,
                      QStringLiteral("mixes column names with and without \"{FY}\": in a block repeated for "
                                     "every fiscal year, every column name holds \"{FY}\""));
        if (hasYear || !block.yearColumn.isEmpty())
            json.fail(
                key, QStringLiteral("takes its fiscal years from the column names (\"{FY}\"): it cannot also "
                                    "have \"fiscal_year\" or \"fiscal_year_column\""));
    } else if (hasYear == !block.yearColumn.isEmpty()) {
        json.fail(key, QStringLiteral("needs exactly one of \"fiscal_year\" (e.g. \"FY13\") and "
                                      "\"fiscal_year_column\", or column names holding \"{FY}\""));
    }
    return block;
}

CsvRule readRuleSide(MappingJson& json, const QJsonObject& then, const QString& key, const char* side)
{
    CsvRule rule;
    const QString sideKey = key + QStringLiteral(".then.") + QLatin1String(side);
    const QJsonObject o = json.object(then, key + QStringLiteral(".then"), side);
    json.allowKeys(o, sideKey, {QStringLiteral("missing_reason"), QStringLiteral("if_value")});
    rule.key = key;
    rule.target = QLatin1String(side) == QLatin1String("target");
    rule.missingReason = json.string(o, sideKey, "missing_reason");
    if (NumberText::trimmed(rule.missingReason).isEmpty())
        json.fail(sideKey + QStringLiteral(".missing_reason"),
                  QStringLiteral(
                      "needs the reason stored instead of the number, e.g. \"workload measure: no target\""));
    const QJsonValue ifValue = o.value(QStringLiteral("if_value"));
    if (ifValue.isDouble())
        rule.ifValue = ifValue.toDouble();
    else if (!ifValue.isUndefined())
        json.fail(sideKey + QStringLiteral(".if_value"), QStringLiteral("must be a number, e.g. 0"));
    return rule;
}

void readRules(MappingJson& json, const QJsonObject& root, CsvMapping& mapping)
{
    const QJsonArray rules = json.array(root, QString(), "rules");
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString key = QStringLiteral("rules[%1]").arg(i);
        if (!rules[i].isObject()) {
            json.fail(key, QStringLiteral("must be {\"when\": {...}, \"then\": {...}}"));
            continue;
        }
        const QJsonObject o = rules[i].toObject();
        json.allowKeys(o, key, {QStringLiteral("when"), QStringLiteral("then")});
        const QJsonObject when = json.object(o, key, "when");
        const QString whenKey = key + QStringLiteral(".when");
        json.allowKeys(when, whenKey, {QStringLiteral("column"), QStringLiteral("equals")});
        const QString column = json.column(when, whenKey, "column");
        QStringList equals;
        const QJsonValue eq = when.value(QStringLiteral("equals"));
        if (eq.isString())
            equals << eq.toString();
        for (const QJsonValue& v : eq.toArray())
            equals << v.toString();
        if (column.isEmpty() || equals.isEmpty())
            json.fail(whenKey, QStringLiteral("needs \"column\" and \"equals\" (a text or a list of texts)"));
        const QJsonObject then = json.object(o, key, "then");
        json.allowKeys(then, key + QStringLiteral(".then"),
                       {QStringLiteral("target"), QStringLiteral("actual")});
        if (then.isEmpty())
            json.fail(key + QStringLiteral(".then"), QStringLiteral("needs \"target\" or \"actual\""));
        for (const char* side : {"target", "actual"}) {
            if (!then.contains(QLatin1String(side)))
                continue;
            CsvRule rule = readRuleSide(json, then, key, side);
            rule.column = column;
            rule.equals = equals;
            mapping.rules.push_back(rule);
        }
    }
}

} // namespace

Result<CsvMapping> CsvMapping::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error error =
            Error::make(Error::Code::Io,
                        QStringLiteral("the column mapping cannot be read (%1).").arg(file.errorString()));
        error.file = path;
        return error;
    }
    // A mapping is a few kilobytes; anything far larger is the wrong file (perhaps the CSV itself).
    constexpr qint64 MaxMappingSize = 1024 * 1024;
    if (file.size() > MaxMappingSize) {
        Error error =
            Error::make(Error::Code::Invalid, QStringLiteral("is %1 bytes long: this is not a column mapping "
                                                             "(see docs/csv-mapping.md).")
                                                  .arg(file.size()));
        error.file = path;
        return error;
    }
    return fromJson(file.readAll(), path);
}

Result<CsvMapping> CsvMapping::fromJson(const QByteArray& bytes, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        Error error = Error::make(
            Error::Code::Invalid,
            QStringLiteral("the column mapping is not a JSON object (%1 at byte %2); see "
                           "docs/csv-mapping.md.")
                .arg(parseError.error == QJsonParseError::NoError ? QStringLiteral("not an object")
                                                                  : parseError.errorString())
                .arg(parseError.offset));
        error.file = sourceName;
        return error;
    }
    const QJsonObject root = document.object();
    MappingJson json(sourceName);
    CsvMapping m;
    m.path = sourceName;

    json.allowKeys(root, QString(),
                   {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("description"),
                    QStringLiteral("encoding"), QStringLiteral("separator"), QStringLiteral("text_guard"),
                    QStringLiteral("percent_scale"), QStringLiteral("agency"), QStringLiteral("owner"),
                    QStringLiteral("service"), QStringLiteral("cycle"), QStringLiteral("measure"),
                    QStringLiteral("unique"), QStringLiteral("values"), QStringLiteral("translations"),
                    QStringLiteral("rules")});
    if (root.contains(QStringLiteral("format")) &&
        root.value(QStringLiteral("format")).toString() != QLatin1String("yardstick-csv-mapping"))
        json.fail(QStringLiteral("format"), QStringLiteral("must be \"yardstick-csv-mapping\""));
    if (root.contains(QStringLiteral("version")) && root.value(QStringLiteral("version")).toInt() != 1)
        json.fail(QStringLiteral("version"), QStringLiteral("only version 1 of the mapping format is known"));

    m.encoding = json.encoding(root);
    m.separator = json.separator(root);
    m.textGuard = json.boolean(root, QString(), "text_guard");
    m.percentScale = json.percentScale(root);

    const QJsonObject agency = json.object(root, QString(), "agency");
    json.allowKeys(agency, QStringLiteral("agency"), {QStringLiteral("code"), QStringLiteral("name")});
    m.agencyCode = json.column(agency, QStringLiteral("agency"), "code");
    m.agencyName = json.column(agency, QStringLiteral("agency"), "name");
    if (m.agencyCode.isEmpty() && m.agencyName.isEmpty())
        json.fail(QStringLiteral("agency"),
                  QStringLiteral("must name the column of the agency's \"code\", its \"name\", or both"));

    const QJsonObject owner = json.object(root, QString(), "owner");
    json.allowKeys(owner, QStringLiteral("owner"), {QStringLiteral("name")});
    m.ownerName = json.column(owner, QStringLiteral("owner"), "name");

    const QJsonObject service = json.object(root, QString(), "service");
    json.allowKeys(service, QStringLiteral("service"),
                   {QStringLiteral("number"), QStringLiteral("code"), QStringLiteral("name"),
                    QStringLiteral("when_blank")});
    m.serviceNumber = json.column(service, QStringLiteral("service"), "number");
    m.serviceCode = json.column(service, QStringLiteral("service"), "code");
    m.serviceName = json.column(service, QStringLiteral("service"), "name");
    m.serviceWhenBlank = NumberText::trimmed(json.string(service, QStringLiteral("service"), "when_blank"));
    if (m.serviceNumber.isEmpty() && m.serviceName.isEmpty() && m.serviceWhenBlank.isEmpty())
        json.fail(QStringLiteral("service"),
                  QStringLiteral("must name the column of the service's \"number\" or "
                                 "\"name\", or give \"when_blank\" (one service per agency)"));

    json.cycle(root, m.cycle, m.cycleColumn);

    const QJsonObject measure = json.object(root, QString(), "measure");
    const QString mk = QStringLiteral("measure");
    json.allowKeys(measure, mk,
                   {QStringLiteral("title"), QStringLiteral("type"), QStringLiteral("direction"),
                    QStringLiteral("unit"), QStringLiteral("interval"), QStringLiteral("level"),
                    QStringLiteral("frequency"), QStringLiteral("source_id"), QStringLiteral("baseline"),
                    QStringLiteral("baseline_year"), QStringLiteral("elements")});
    m.title = json.column(measure, mk, "title");
    if (m.title.isEmpty())
        json.fail(QStringLiteral("measure.title"),
                  QStringLiteral("must name the column of the measure's title"));
    m.type = json.column(measure, mk, "type");
    m.direction = json.column(measure, mk, "direction");
    m.unit = json.column(measure, mk, "unit");
    m.interval = json.column(measure, mk, "interval");
    m.level = json.column(measure, mk, "level");
    m.sourceId = json.column(measure, mk, "source_id");
    m.baseline = json.column(measure, mk, "baseline");
    m.baselineYear = json.column(measure, mk, "baseline_year");
    json.elements(measure, m.elements);

    const QJsonArray unique = json.array(root, QString(), "unique");
    for (qsizetype i = 0; i < unique.size(); ++i) {
        if (!unique[i].isString() || unique[i].toString().trimmed().isEmpty())
            json.fail(QStringLiteral("unique[%1]").arg(i), QStringLiteral("must name a column"));
        else
            m.unique << unique[i].toString();
    }
    const QStringList keyColumns{m.agencyCode,  m.agencyName,  m.ownerName, m.serviceNumber,
                                 m.serviceCode, m.serviceName, m.title,     m.sourceId};
    for (qsizetype i = 0; i < m.unique.size(); ++i)
        if (!keyColumns.contains(m.unique[i]))
            json.fail(
                QStringLiteral("unique[%1]").arg(i),
                QStringLiteral("names \"%1\", which is not a column the mapping uses for the agency, owner, "
                               "service, measure title or source id")
                    .arg(m.unique[i]));

    const QJsonArray values = json.array(root, QString(), "values");
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString key = QStringLiteral("values[%1]").arg(i);
        if (!values[i].isObject())
            json.fail(key, QStringLiteral("must be an object of value columns"));
        else
            m.values.push_back(readBlock(json, values[i].toObject(), key));
    }
    json.translations(root, m.translations);
    readRules(json, root, m);

    if (json.failed())
        return json.error();
    return m;
}

QString CsvMapping::fold(const QString& text)
{
    return NumberText::trimmed(text).simplified().toCaseFolded();
}

std::vector<std::pair<QString, QString>> CsvMapping::namedColumns() const
{
    std::vector<std::pair<QString, QString>> out;
    const auto add = [&out](const QString& key, const QString& column) {
        if (!column.isEmpty())
            out.emplace_back(key, column);
    };
    add(QStringLiteral("agency.code"), agencyCode);
    add(QStringLiteral("agency.name"), agencyName);
    add(QStringLiteral("owner.name"), ownerName);
    add(QStringLiteral("service.number"), serviceNumber);
    add(QStringLiteral("service.code"), serviceCode);
    add(QStringLiteral("service.name"), serviceName);
    add(QStringLiteral("cycle.column"), cycleColumn);
    add(QStringLiteral("measure.title"), title);
    add(QStringLiteral("measure.type"), type);
    add(QStringLiteral("measure.direction"), direction);
    add(QStringLiteral("measure.unit"), unit);
    add(QStringLiteral("measure.interval"), interval);
    add(QStringLiteral("measure.level"), level);
    add(QStringLiteral("measure.source_id"), sourceId);
    add(QStringLiteral("measure.baseline"), baseline);
    add(QStringLiteral("measure.baseline_year"), baselineYear);
    for (int i = 0; i < ElementCount; ++i)
        add(QStringLiteral("measure.elements.") + code(static_cast<Element>(i)), elements[i]);
    for (int i = 0; i < int(unique.size()); ++i)
        add(QStringLiteral("unique[%1]").arg(i), unique[i]);
    for (const CsvRule& rule : rules)
        add(rule.key + QStringLiteral(".when.column"), rule.column);
    return out;
}

QString CsvMapping::translate(const QString& field, const QString& text) const
{
    const auto it = translations.constFind(field);
    if (it == translations.constEnd())
        return {};
    return it->value(fold(text));
}

} // namespace ys::io
