// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvMappingJson.h"

#include "domain/FiscalYear.h"
#include "formats/CsvDecoder.h"

namespace ys::io {
namespace {

const char* typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return "a true/false";
    case QJsonValue::Double:
        return "a number";
    case QJsonValue::String:
        return "a text";
    case QJsonValue::Array:
        return "a list";
    case QJsonValue::Object:
        return "an object";
    case QJsonValue::Undefined:
        break;
    }
    return "nothing";
}

template <typename Enum> bool isCode(const QString& text)
{
    return fromCode<Enum>(text).has_value();
}

} // namespace

void MappingJson::fail(const QString& key, const QString& message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = Error::make(Error::Code::Invalid, message + QStringLiteral(" (see docs/csv-mapping.md)."));
    m_error.file = m_source;
    m_error.field = key;
}

void MappingJson::allowKeys(const QJsonObject& o, const QString& prefix, const QStringList& known)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            fail(join(prefix, it.key()), QStringLiteral("is not a key of the mapping here; known keys: %1")
                                             .arg(known.join(QStringLiteral(", "))));
}

QString MappingJson::column(const QJsonObject& o, const QString& prefix, const char* name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined())
        return {};
    if (!v.isString() || v.toString().trimmed().isEmpty()) {
        fail(join(prefix, QLatin1String(name)),
             QStringLiteral("must be the name of a column as the header writes it, not %1")
                 .arg(QLatin1String(typeName(v))));
        return {};
    }
    return v.toString();
}

QString MappingJson::string(const QJsonObject& o, const QString& prefix, const char* name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined())
        return {};
    if (!v.isString())
        fail(join(prefix, QLatin1String(name)),
             QStringLiteral("must be a text, not %1").arg(QLatin1String(typeName(v))));
    return v.toString();
}

bool MappingJson::boolean(const QJsonObject& o, const QString& prefix, const char* name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (!v.isUndefined() && !v.isBool())
        fail(join(prefix, QLatin1String(name)), QStringLiteral("must be true or false"));
    return v.toBool();
}

QJsonObject MappingJson::object(const QJsonObject& o, const QString& prefix, const char* name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (!v.isUndefined() && !v.isObject())
        fail(join(prefix, QLatin1String(name)),
             QStringLiteral("must be an object, not %1").arg(QLatin1String(typeName(v))));
    return v.toObject();
}

QJsonArray MappingJson::array(const QJsonObject& o, const QString& prefix, const char* name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (!v.isUndefined() && !v.isArray())
        fail(join(prefix, QLatin1String(name)),
             QStringLiteral("must be a list, not %1").arg(QLatin1String(typeName(v))));
    return v.toArray();
}

int MappingJson::fiscalYear(const QJsonValue& value, const QString& key)
{
    const QString text = value.isDouble() ? QString::number(value.toInt()) : value.toString();
    const auto year = FiscalYear::parse(text);
    if (!year) {
        fail(key, QStringLiteral("must be a fiscal year such as \"FY13\" or 2013"));
        return 0;
    }
    return year->endYear();
}

QString MappingJson::encoding(const QJsonObject& root)
{
    const QString name = string(root, QString(), "encoding");
    if (name.isEmpty())
        return {};
    // The decoder knows the names; asking it about no bytes tells whether it knows this one.
    if (!CsvDecoder::decode(QByteArray(), m_source, name))
        fail(QStringLiteral("encoding"),
             QStringLiteral("\"%1\" is not an encoding the import knows; name \"utf-8\" "
                            "or \"latin1\"")
                 .arg(name));
    return name;
}

QChar MappingJson::separator(const QJsonObject& root)
{
    const QString text = string(root, QString(), "separator");
    if (text.isEmpty())
        return u',';
    if (text == QLatin1String("tab") || text == QLatin1String("\t"))
        return u'\t';
    if (text.size() != 1 || text[0] == u'"' || text[0] == u'\n' || text[0] == u'\r') {
        fail(QStringLiteral("separator"),
             QStringLiteral("must be one character such as \",\", \";\" or \"tab\""));
        return u',';
    }
    return text[0];
}

CsvMapping::PercentScale MappingJson::percentScale(const QJsonObject& root)
{
    const QString text = string(root, QString(), "percent_scale");
    if (text.isEmpty() || text == QLatin1String("auto"))
        return CsvMapping::PercentScale::Auto;
    if (text == QLatin1String("points"))
        return CsvMapping::PercentScale::Points;
    if (text == QLatin1String("fraction"))
        return CsvMapping::PercentScale::Fraction;
    fail(QStringLiteral("percent_scale"), QStringLiteral("must be \"auto\", \"points\" or \"fraction\""));
    return CsvMapping::PercentScale::Auto;
}

void MappingJson::cycle(const QJsonObject& root, int& fixed, QString& column)
{
    const QJsonValue v = root.value(QStringLiteral("cycle"));
    if (v.isUndefined())
        return;
    if (v.isObject()) {
        allowKeys(v.toObject(), QStringLiteral("cycle"), {QStringLiteral("column")});
        column = this->column(v.toObject(), QStringLiteral("cycle"), "column");
        if (column.isEmpty())
            fail(QStringLiteral("cycle"),
                 QStringLiteral("must be a fiscal year (\"FY13\") or {\"column\": NAME}"));
        return;
    }
    fixed = fiscalYear(v, QStringLiteral("cycle"));
}

void MappingJson::elements(const QJsonObject& measure, std::array<QString, ElementCount>& elements)
{
    const QString prefix = QStringLiteral("measure.elements");
    const QJsonObject o = object(measure, QStringLiteral("measure"), "elements");
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto element = elementFromCode(it.key());
        if (!element) {
            QStringList codes;
            for (int i = 0; i < ElementCount; ++i)
                codes << code(static_cast<Element>(i));
            fail(join(prefix, it.key()), QStringLiteral("is not a validation element; known: %1")
                                             .arg(codes.join(QStringLiteral(", "))));
            continue;
        }
        elements[static_cast<int>(*element)] = column(o, prefix, it.key().toLatin1().constData());
    }
    // "frequency" is a short name for the element update_frequency, as most files call it.
    const QString frequency = column(measure, QStringLiteral("measure"), "frequency");
    if (!frequency.isEmpty()) {
        QString& slot = elements[static_cast<int>(Element::UpdateFrequency)];
        if (!slot.isEmpty())
            fail(QStringLiteral("measure.frequency"),
                 QStringLiteral("and measure.elements.update_frequency name the same thing: keep one"));
        slot = frequency;
    }
}

void MappingJson::translations(const QJsonObject& root, QHash<QString, QHash<QString, QString>>& out)
{
    const QJsonObject o = object(root, QString(), "translations");
    using Check = bool (*)(const QString&);
    const std::pair<const char*, std::pair<Check, QStringList>> fields[] = {
        {"type", {&isCode<MeasureType>, allCodes<MeasureType>()}},
        {"direction", {&isCode<Direction>, allCodes<Direction>()}},
        {"unit", {&isCode<Unit>, allCodes<Unit>()}},
        {"interval", {&isCode<Interval>, allCodes<Interval>()}},
        {"level", {&isCode<MeasureLevel>, allCodes<MeasureLevel>()}},
    };
    QStringList known;
    for (const auto& [name, check] : fields)
        known << QLatin1String(name);
    allowKeys(o, QStringLiteral("translations"), known);
    for (const auto& [name, check] : fields) {
        const QString key = QStringLiteral("translations.") + QLatin1String(name);
        const QJsonObject table = object(o, QStringLiteral("translations"), name);
        for (auto it = table.begin(); it != table.end(); ++it) {
            const QString target = it.value().toString();
            if (!check.first(target)) {
                fail(key + QStringLiteral(".\"%1\"").arg(it.key()),
                     QStringLiteral("translates to \"%1\", which is not one of %2")
                         .arg(target, check.second.join(QStringLiteral(", "))));
                continue;
            }
            out[QLatin1String(name)].insert(CsvMapping::fold(it.key()), target);
        }
    }
}

} // namespace ys::io
