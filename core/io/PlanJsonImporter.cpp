// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanJsonImporter.h"

#include "domain/FiscalYear.h"
#include "storage/FileSettings.h"
#include "storage/MeasureRepository.h"
#include "storage/PlanFile.h"
#include "storage/PlanRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ys::io {
namespace {

using storage::PlanFile;

// Reads one JSON document into the repositories, remembering what keys resolve to.
class JsonPlanReader
{
public:
    JsonPlanReader(PlanFile& file, const QString& source, ImportReport& report)
        : m_file(file), m_source(source), m_report(report), m_reference(file), m_plans(file), m_measures(file)
    {
    }

    Status read(const QJsonObject& root)
    {
        if (root.value(QStringLiteral("format")).toString() != QLatin1String("yardstick-plan"))
            return invalid(QStringLiteral("format"), QStringLiteral("this is not a Yardstick plan JSON file "
                                                                    "(\"format\" must be \"yardstick-plan\")."));
        if (root.value(QStringLiteral("version")).toInt() != 1)
            return invalid(QStringLiteral("version"), QStringLiteral("only version 1 of the plan JSON format is known."));
        if (root.contains(QStringLiteral("fiscal_year_start_month"))) {
            storage::FileSettings settings(m_file.connection());
            if (auto s = settings.setFiscalYearStartMonth(root.value(QStringLiteral("fiscal_year_start_month")).toInt()); !s)
                return s;
        }
        for (auto step : {&JsonPlanReader::readPillars, &JsonPlanReader::readAgencies, &JsonPlanReader::readOwners,
                          &JsonPlanReader::readServices, &JsonPlanReader::readPlans})
            if (auto status = (this->*step)(root); !status)
                return status;
        return {};
    }

private:
    Error invalid(const QString& field, const QString& message) const
    {
        Error error = Error::make(Error::Code::Invalid, message);
        error.file = m_source;
        error.field = field;
        return error;
    }

    static QString text(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); }

    template <typename Enum>
    Result<Enum> enumOf(const QJsonObject& o, const char* key, Enum fallback) const
    {
        const QString value = text(o, key);
        if (value.isEmpty())
            return fallback;
        if (auto parsed = fromCode<Enum>(value))
            return *parsed;
        return invalid(QLatin1String(key), QStringLiteral("\"%1\" is not one of %2.")
                                               .arg(value, allCodes<Enum>().join(QStringLiteral(", "))));
    }

    Result<int> yearOf(const QJsonObject& o, const char* key) const
    {
        const QString value = text(o, key);
        if (value.isEmpty())
            return 0;
        if (auto year = FiscalYear::parse(value))
            return year->endYear();
        return invalid(QLatin1String(key), QStringLiteral("\"%1\" is not a fiscal year like \"FY27\".").arg(value));
    }

    Status readPillars(const QJsonObject& root)
    {
        auto existing = m_reference.pillars();
        if (!existing)
            return existing.error();
        for (const auto& p : *existing)
            m_pillarIds.insert(p.number, p.id);
        auto goals = m_reference.pillarGoals();
        if (!goals)
            return goals.error();
        for (const auto& g : *goals)
            m_pillarGoalIds.insert(g.code, g.id);
        for (const auto& value : root.value(QStringLiteral("pillars")).toArray()) {
            const QJsonObject o = value.toObject();
            const int number = o.value(QStringLiteral("number")).toInt();
            if (!m_pillarIds.contains(number)) {
                auto id = m_reference.addPillar(Pillar{0, number, text(o, "name")});
                if (!id)
                    return id.error();
                m_pillarIds.insert(number, *id);
            }
            for (const auto& g : o.value(QStringLiteral("goals")).toArray()) {
                const QJsonObject go = g.toObject();
                if (m_pillarGoalIds.contains(text(go, "code")))
                    continue;
                auto id = m_reference.addPillarGoal(PillarGoal{0, m_pillarIds.value(number), text(go, "code"), text(go, "title")});
                if (!id)
                    return id.error();
                m_pillarGoalIds.insert(text(go, "code"), *id);
            }
        }
        return {};
    }

    Status readAgencies(const QJsonObject& root)
    {
        for (const auto& value : root.value(QStringLiteral("agencies")).toArray()) {
            const QJsonObject o = value.toObject();
            auto existing = m_reference.agencyByCode(text(o, "code"));
            if (!existing)
                return existing.error();
            if (*existing) {
                m_agencyIds.insert(text(o, "code"), (*existing)->id);
                continue;
            }
            auto kind = enumOf<AgencyKind>(o, "kind", AgencyKind::MayoralAgency);
            if (!kind)
                return kind.error();
            Agency agency{0, text(o, "code"), text(o, "name"), text(o, "public_name"), *kind,
                          o.value(QStringLiteral("active")).toBool(true), true};
            auto id = m_reference.addAgency(agency);
            if (!id)
                return id.error();
            m_agencyIds.insert(agency.code, *id);
            ++m_report.agencies;
        }
        return {};
    }

    Status readOwners(const QJsonObject& root)
    {
        auto existing = m_reference.owners();
        if (!existing)
            return existing.error();
        for (const auto& value : root.value(QStringLiteral("owners")).toArray()) {
            const QJsonObject o = value.toObject();
            const RowId agencyId = m_agencyIds.value(text(o, "agency"));
            if (agencyId == 0)
                return invalid(QStringLiteral("owners"), QStringLiteral("owner \"%1\" names an unknown agency \"%2\".")
                                                             .arg(text(o, "name"), text(o, "agency")));
            RowId id = 0;
            for (const auto& owner : *existing)
                if (owner.agencyId == agencyId && owner.name == text(o, "name"))
                    id = owner.id;
            if (id == 0) {
                auto added = m_reference.addOwner(PlanOwner{0, agencyId, text(o, "name"), o.value(QStringLiteral("office")).toBool()});
                if (!added)
                    return added.error();
                id = *added;
                ++m_report.owners;
            }
            m_ownerIds.insert(text(o, "key"), id);
        }
        return {};
    }

    Status readServices(const QJsonObject& root)
    {
        for (const auto& value : root.value(QStringLiteral("services")).toArray()) {
            const QJsonObject o = value.toObject();
            const int number = o.value(QStringLiteral("number")).toInt();
            auto existing = m_reference.serviceByNumber(number);
            if (!existing)
                return existing.error();
            if (*existing) {
                m_serviceIds.insert(text(o, "code"), (*existing)->id);
                continue;
            }
            Service service;
            service.number = number;
            service.code = text(o, "code");
            service.name = text(o, "name");
            service.agencyId = m_agencyIds.value(text(o, "agency"));
            service.ownerId = m_ownerIds.value(text(o, "owner"));
            service.pillarId = m_pillarIds.value(o.value(QStringLiteral("pillar")).toInt());
            service.description = text(o, "description");
            service.kind = text(o, "kind") == QLatin1String("administrative") ? Service::Kind::Administrative
                                                                              : Service::Kind::Performance;
            auto id = m_reference.addService(service);
            if (!id)
                return id.error();
            m_serviceIds.insert(service.code, *id);
            ++m_report.services;
        }
        return {};
    }

    Status readPlans(const QJsonObject& root)
    {
        for (const auto& value : root.value(QStringLiteral("plans")).toArray())
            if (auto status = readPlan(value.toObject()); !status)
                return status;
        return {};
    }

    Status readPlan(const QJsonObject& o)
    {
        Plan plan;
        plan.ownerId = m_ownerIds.value(text(o, "owner"));
        if (plan.ownerId == 0)
            return invalid(QStringLiteral("plans"), QStringLiteral("a plan names an unknown owner \"%1\".").arg(text(o, "owner")));
        auto cycle = yearOf(o, "cycle");
        if (!cycle)
            return cycle.error();
        if (*cycle == 0)
            return invalid(QStringLiteral("cycle"), QStringLiteral("a plan needs its cycle, like \"FY27\"."));
        plan.cycle = *cycle;
        auto state = enumOf<LifeCycle>(o, "state", LifeCycle::Draft);
        if (!state)
            return state.error();
        plan.state = *state;
        plan.version = o.value(QStringLiteral("version")).toInt(1);
        plan.contact = text(o, "contact");
        plan.planDate = QDate::fromString(text(o, "plan_date"), Qt::ISODate);
        plan.reviewers = text(o, "reviewers");
        plan.overview = text(o, "overview");
        plan.vision = text(o, "vision");
        plan.visionLink = text(o, "vision_link");
        plan.website = text(o, "website");
        plan.illustrative = o.value(QStringLiteral("illustrative")).toBool();
        auto existing = m_plans.planOf(plan.ownerId, plan.cycle);
        if (!existing)
            return existing.error();
        if (*existing)
            return invalid(QStringLiteral("plans"), QStringLiteral("the file already has this owner's plan for %1.")
                                                        .arg(FiscalYear(plan.cycle).label()));
        auto planId = m_plans.addPlan(plan);
        if (!planId)
            return planId.error();
        ++m_report.plans;

        std::vector<RowId> goalIds;
        int ordinal = 0;
        for (const auto& g : o.value(QStringLiteral("goals")).toArray()) {
            const QJsonObject go = g.toObject();
            Goal goal{0, {}, *planId, ++ordinal, text(go, "statement"), m_pillarGoalIds.value(text(go, "pillar_goal")),
                      go.value(QStringLiteral("primary")).toBool(true)};
            auto goalId = m_plans.addGoal(goal);
            if (!goalId)
                return goalId.error();
            goalIds.push_back(*goalId);
            for (const auto& i : go.value(QStringLiteral("initiatives")).toArray()) {
                const QJsonObject io = i.toObject();
                auto status = enumOf<InitiativeStatus>(io, "status", InitiativeStatus::Planned);
                if (!status)
                    return status.error();
                Initiative initiative{0,  {}, *goalId, text(io, "title"), text(io, "description"),
                                      QDate::fromString(text(io, "start"), Qt::ISODate),
                                      QDate::fromString(text(io, "end"), Qt::ISODate), text(io, "owner"), *status};
                if (auto added = m_plans.addInitiative(initiative); !added)
                    return added.error();
            }
        }
        for (const auto& r : o.value(QStringLiteral("risks")).toArray()) {
            const QJsonObject ro = r.toObject();
            auto category = enumOf<RiskCategory>(ro, "category", RiskCategory::Other);
            if (!category)
                return category.error();
            if (auto added = m_plans.addRisk(Risk{0, {}, *planId, *category, text(ro, "description"), text(ro, "mitigation")}); !added)
                return added.error();
        }
        for (const auto& p : o.value(QStringLiteral("personnel")).toArray()) {
            const QJsonObject po = p.toObject();
            KeyPerson person{0, {}, *planId, m_serviceIds.value(text(po, "service")),
                             keyPersonRoleFromCode(text(po, "role")).value_or(KeyPerson::Role::Other), text(po, "name"),
                             text(po, "title")};
            if (auto added = m_plans.addKeyPerson(person); !added)
                return added.error();
        }
        for (const auto& m : o.value(QStringLiteral("measures")).toArray())
            if (auto status = readMeasure(m.toObject(), plan.ownerId, *planId, goalIds); !status)
                return status;
        return {};
    }

    Status readMeasure(const QJsonObject& o, RowId ownerId, RowId planId, const std::vector<RowId>& goalIds)
    {
        Measure measure;
        measure.ownerId = ownerId;
        measure.title = text(o, "title").trimmed();
        if (measure.title.isEmpty())
            return invalid(QStringLiteral("title"), QStringLiteral("a measure has no title."));
        measure.serviceId = m_serviceIds.value(text(o, "service"));
        const int goalNumber = o.value(QStringLiteral("goal")).toInt();
        if (goalNumber >= 1 && goalNumber <= int(goalIds.size()))
            measure.goalId = goalIds[goalNumber - 1];
        auto level = enumOf<MeasureLevel>(o, "level", measure.serviceId ? MeasureLevel::Service : MeasureLevel::Goal);
        auto type = enumOf<MeasureType>(o, "type", MeasureType::Unspecified);
        auto direction = enumOf<Direction>(o, "direction", Direction::Unspecified);
        auto unit = enumOf<Unit>(o, "unit", Unit::Count);
        auto interval = enumOf<Interval>(o, "interval", Interval::Unspecified);
        auto change = enumOf<ChangeMapping>(o, "change", ChangeMapping::Unchanged);
        auto approval = enumOf<ApprovalStatus>(o, "approval", ApprovalStatus::Draft);
        auto baselineYear = yearOf(o, "baseline_year");
        for (const Error* error : {level ? nullptr : &level.error(), type ? nullptr : &type.error(),
                                   direction ? nullptr : &direction.error(), unit ? nullptr : &unit.error(),
                                   interval ? nullptr : &interval.error(), change ? nullptr : &change.error(),
                                   approval ? nullptr : &approval.error(), baselineYear ? nullptr : &baselineYear.error()})
            if (error)
                return *error;
        if (*level == MeasureLevel::Service && measure.serviceId == 0)
            return invalid(QStringLiteral("service"), QStringLiteral("measure \"%1\" names an unknown service \"%2\".")
                                                          .arg(measure.title, text(o, "service")));
        measure.level = *level;
        measure.type = *type;
        measure.direction = *direction;
        measure.unit = *unit;
        measure.interval = *interval;
        measure.change = *change;
        measure.approval = *approval;
        measure.baselineYear = *baselineYear;
        if (o.contains(QStringLiteral("tolerance")) && o.value(QStringLiteral("tolerance")).isDouble())
            measure.tolerance = o.value(QStringLiteral("tolerance")).toDouble();
        if (o.value(QStringLiteral("baseline")).isDouble())
            measure.baseline = o.value(QStringLiteral("baseline")).toDouble();
        const QJsonObject elements = o.value(QStringLiteral("elements")).toObject();
        for (auto it = elements.begin(); it != elements.end(); ++it) {
            const auto element = elementFromCode(it.key());
            if (!element)
                return invalid(it.key(), QStringLiteral("\"%1\" is not a validation element.").arg(it.key()));
            measure.element(*element) = it.value().toString();
        }
        measure.equity = o.value(QStringLiteral("equity")).toBool();
        measure.deprecated = o.value(QStringLiteral("deprecated")).toBool();
        measure.sourceIds = text(o, "source_ids");
        auto id = m_measures.addMeasure(measure, {planId});
        if (!id)
            return id.error();
        ++m_report.measuresCreated;

        for (const auto& v : o.value(QStringLiteral("values")).toArray()) {
            const QJsonObject vo = v.toObject();
            auto year = yearOf(vo, "fiscal_year");
            if (!year)
                return year.error();
            auto period = enumOf<Period>(vo, "period", Period::Annual);
            if (!period)
                return period.error();
            Value value;
            value.measureId = *id;
            value.fiscalYear = *year;
            value.period = *period;
            const auto figure = [&vo](const char* side) {
                Figure f;
                const QString key = QLatin1String(side);
                if (vo.value(key).isDouble())
                    f.number = vo.value(key).toDouble();
                f.note = vo.value(key + QStringLiteral("_note")).toString();
                f.raw = vo.value(key + QStringLiteral("_raw")).toString();
                f.missingReason = vo.value(key + QStringLiteral("_missing")).toString();
                f.origin = Origin::Import;
                return f;
            };
            value.target = figure("target");
            value.actual = figure("actual");
            if (auto status = m_measures.setValue(value); !status)
                return status;
            ++m_report.valuesStored;
        }
        return {};
    }

    PlanFile& m_file;
    QString m_source;
    ImportReport& m_report;
    storage::ReferenceRepository m_reference;
    storage::PlanRepository m_plans;
    storage::MeasureRepository m_measures;
    QHash<int, RowId> m_pillarIds;
    QHash<QString, RowId> m_pillarGoalIds;
    QHash<QString, RowId> m_agencyIds;
    QHash<QString, RowId> m_ownerIds;
    QHash<QString, RowId> m_serviceIds;
};

} // namespace

Result<ImportReport> PlanJsonImporter::importFile(PlanFile& file, const QString& jsonPath, const ImportOptions& options)
{
    ImportReport report;
    report.source = jsonPath;
    report.format = QStringLiteral("yardstick-json");
    report.dryRun = options.dryRun;

    QFile input(jsonPath);
    if (!input.open(QIODevice::ReadOnly)) {
        Error error = Error::make(Error::Code::Io, QStringLiteral("the file cannot be read (%1).").arg(input.errorString()));
        error.file = jsonPath;
        return error;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        Error error = Error::make(Error::Code::Invalid, QStringLiteral("this is not valid JSON (%1 at byte %2).")
                                                            .arg(parseError.errorString())
                                                            .arg(parseError.offset));
        error.file = jsonPath;
        return error;
    }
    if (auto status = file.requireWritable(); !status)
        return status.error();

    storage::Transaction tx(file.connection());
    if (!tx.isOpen())
        return tx.error();
    JsonPlanReader reader(file, jsonPath, report);
    if (auto status = reader.read(document.object()); !status)
        return status.error(); // the transaction rolls back: nothing written
    if (!options.dryRun)
        if (auto status = tx.commit(); !status)
            return status.error();
    return report;
}

} // namespace ys::io
