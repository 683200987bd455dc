// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlagDetector.h"

#include "PlanLookup.h"

#include "io/values/NumberText.h"
#include "io/values/PercentScale.h"
#include "rules/FamilyOfMeasures.h"
#include "rules/RuleText.h"
#include "rules/SmartChecks.h"

#include <QHash>

#include <algorithm>

#include <cmath>

namespace ys::review {
namespace {

QString titleKey(const QString& title)
{
    return title.simplified().toCaseFolded();
}

QString serviceName(const storage::PlanSnapshot& snapshot, RowId serviceId)
{
    const Service* service = snapshot.service(serviceId);
    return service ? service->displayName() : QStringLiteral("its service");
}

// "0.75" beside "75%": the values of a percent measure as written, read as one measure.
std::optional<QString> percentScaleReason(const storage::PlanSnapshot& snapshot, const Measure& measure)
{
    if (measure.unit != Unit::Percent)
        return std::nullopt;
    std::vector<io::ParsedNumber> parsed;
    for (const Value& value : snapshot.valuesOf(measure.id))
        for (const Figure* figure : {&value.target, &value.actual})
            if (!figure->raw.trimmed().isEmpty())
                parsed.push_back(io::NumberText::parse(figure->raw));
    const io::PercentScaleResult result = io::PercentScale::toPoints(parsed);
    if (!result.mixedScales)
        return std::nullopt;
    QString fraction;
    QString points;
    for (size_t i = 0; i < parsed.size(); ++i) {
        const auto scale = result.values[i].scale;
        if (scale == io::PercentReading::Scale::Fraction && fraction.isEmpty())
            fraction = parsed[i].raw.trimmed();
        else if ((scale == io::PercentReading::Scale::PercentSign || scale == io::PercentReading::Scale::Points) &&
                 result.values[i].points && *result.values[i].points != 0 && points.isEmpty())
            points = parsed[i].raw.trimmed();
    }
    return QStringLiteral("The values were written both as fractions (\u201c%1\u201d) and as percent points "
                          "(\u201c%2\u201d); check that each was read on the right scale.")
        .arg(fraction, points);
}

} // namespace

std::vector<DetectedFlag> detectFlags(const storage::PlanSnapshot& snapshot, const Plan& plan)
{
    std::vector<const Measure*> measures;
    for (const Measure* m : PlanLookup::measuresOf(snapshot, plan.id))
        if (!m->deprecated)
            measures.push_back(m);

    // Titles per service, and each service's family within the plan.
    QHash<QPair<RowId, QString>, QList<RowId>> byTitle;
    QHash<RowId, std::vector<Measure>> byService;
    for (const Measure* m : measures) {
        byTitle[{m->serviceId, titleKey(m->title)}] << m->id;
        if (m->serviceId)
            byService[m->serviceId].push_back(*m);
    }
    QHash<RowId, bool> outputOnly;
    for (auto it = byService.cbegin(); it != byService.cend(); ++it)
        outputOnly.insert(it.key(), rules::familyOf(it.value()).outputOnly());

    std::vector<DetectedFlag> flags;
    for (const Measure* m : measures) {
        const QList<RowId>& twins = byTitle.value({m->serviceId, titleKey(m->title)});
        if (twins.size() > 1 && !m->title.trimmed().isEmpty()) {
            QStringList others;
            for (RowId id : twins)
                if (id != m->id)
                    others << QStringLiteral("#%1").arg(id);
            flags.push_back({m->id, FlagKind::Duplicative,
                             QStringLiteral("%1 has another measure of the same title (%2).")
                                 .arg(serviceName(snapshot, m->serviceId), others.join(QStringLiteral(", ")))});
        }
        if (m->serviceId && outputOnly.value(m->serviceId))
            flags.push_back({m->id, FlagKind::OutputOnlyFamily,
                             QStringLiteral("%1 has no effectiveness or outcome measure in this plan.")
                                 .arg(serviceName(snapshot, m->serviceId))});
        if (auto reason = percentScaleReason(snapshot, *m))
            flags.push_back({m->id, FlagKind::PercentScaleSuspect, *reason});
        if (!m->baseline || !std::isfinite(*m->baseline))
            flags.push_back({m->id, FlagKind::MissingBaseline, QStringLiteral("The measure has no baseline value.")});
        for (const rules::SmartFinding& finding : rules::smartChecks(*m, snapshot.valuesOf(m->id), plan.cycle))
            if (finding.criterion == rules::SmartFinding::Criterion::Ambitious)
                flags.push_back({m->id, FlagKind::TargetNotAmbitious, finding.reason});
    }
    return flags;
}

} // namespace ys::review
