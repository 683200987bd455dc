// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rubric.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ys::review {
namespace {

Error invalid(const QString& source, const QString& field, const QString& message)
{
    Error error = Error::make(Error::Code::Invalid, message);
    error.file = source;
    error.field = field;
    return error;
}

} // namespace

RubricResult rubricResult(const std::vector<RubricCriterion>& criteria, const std::vector<RubricScore>& scores)
{
    QHash<RowId, int> scoreOf;
    for (const RubricScore& s : scores)
        if (s.score >= 1 && s.score <= 4)
            scoreOf.insert(s.criterionId, s.score);
    RubricResult result;
    result.criteria = int(criteria.size());
    double weighted = 0;
    for (const RubricCriterion& c : criteria) {
        const auto it = scoreOf.constFind(c.id);
        if (it == scoreOf.cend())
            continue;
        ++result.scored;
        result.weightScored += c.weight;
        weighted += c.weight * *it;
    }
    if (result.weightScored > 0)
        result.overall = weighted / result.weightScored;
    return result;
}

const QStringList& rubricSections()
{
    static const QStringList sections{QStringLiteral("overview"), QStringLiteral("goals"), QStringLiteral("services"),
                                      QStringLiteral("risks"), QStringLiteral("data")};
    return sections;
}

QString rubricSectionLabel(const QString& section)
{
    if (section == QLatin1String("overview"))
        return QStringLiteral("Overview and vision");
    if (section == QLatin1String("goals"))
        return QStringLiteral("Goals, initiatives and KPIs");
    if (section == QLatin1String("services"))
        return QStringLiteral("Service-level metrics");
    if (section == QLatin1String("risks"))
        return QStringLiteral("Risks and dependencies");
    if (section == QLatin1String("data"))
        return QStringLiteral("Data readiness");
    return section;
}

Status validateRubric(const std::vector<RubricCriterion>& criteria, const QString& source)
{
    if (criteria.empty())
        return invalid(source, QStringLiteral("criteria"), QStringLiteral("a rubric needs at least one criterion."));
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9_]{1,64}$"));
    QSet<QString> codes;
    double sum = 0;
    for (size_t i = 0; i < criteria.size(); ++i) {
        const RubricCriterion& c = criteria[i];
        const QString field = QStringLiteral("criteria[%1]").arg(i);
        if (!codePattern.match(c.code).hasMatch())
            return invalid(source, field + QStringLiteral(".code"),
                           QStringLiteral("a criterion code is 1 to 64 characters of a-z, 0-9 and \u201c_\u201d."));
        if (codes.contains(c.code))
            return invalid(source, field + QStringLiteral(".code"),
                           QStringLiteral("the code \u201c%1\u201d is used twice.").arg(c.code));
        codes.insert(c.code);
        if (!rubricSections().contains(c.section))
            return invalid(source, field + QStringLiteral(".section"),
                           QStringLiteral("the section must be one of %1.").arg(rubricSections().join(QStringLiteral(", "))));
        if (c.title.trimmed().isEmpty() || c.title.size() > 200)
            return invalid(source, field + QStringLiteral(".title"),
                           QStringLiteral("a criterion needs a title of at most 200 characters."));
        if (!std::isfinite(c.weight) || c.weight < 0 || c.weight > 100)
            return invalid(source, field + QStringLiteral(".weight"), QStringLiteral("a weight is from 0 to 100."));
        sum += c.weight;
    }
    if (std::abs(sum - 100) > 0.01)
        return invalid(source, QStringLiteral("criteria"),
                       QStringLiteral("the weights sum to %1; they must sum to 100.").arg(sum));
    return {};
}

Result<std::vector<RubricCriterion>> rubricFromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(source, {}, QStringLiteral("this is not a rubric: it is not a JSON object (%1).").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("yardstick-rubric"))
        return invalid(source, QStringLiteral("format"), QStringLiteral("this is not a Yardstick rubric."));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return invalid(source, QStringLiteral("version"), QStringLiteral("this rubric has a version this program does not read."));
    std::vector<RubricCriterion> criteria;
    const QJsonArray array = root.value(QStringLiteral("criteria")).toArray();
    int order = 0;
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        RubricCriterion c;
        c.code = o.value(QStringLiteral("code")).toString();
        c.section = o.value(QStringLiteral("section")).toString();
        c.title = o.value(QStringLiteral("title")).toString();
        c.guidance = o.value(QStringLiteral("guidance")).toString();
        c.weight = o.value(QStringLiteral("weight")).toDouble(-1);
        c.order = ++order;
        criteria.push_back(c);
    }
    if (auto status = validateRubric(criteria, source); !status)
        return status.error();
    return criteria;
}

std::vector<RubricCriterion> defaultRubric()
{
    QFile file(QStringLiteral(":/review/default-rubric.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto rubric = rubricFromJson(file.readAll(), file.fileName());
    return rubric ? *rubric : std::vector<RubricCriterion>{};
}

} // namespace ys::review
