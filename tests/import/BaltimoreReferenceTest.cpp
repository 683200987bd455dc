// SPDX-License-Identifier: GPL-3.0-or-later
// The city's reference lists (agency.csv, service.csv, service_descriptions.csv, plan_entity*.csv), alone
// and merged with the workbook in either order.
#include "BaltimoreFixture.h"
#include "io/BaltimoreReferenceImporter.h"
#include "storage/PlanFile.h"
#include "storage/PlanSnapshot.h"
#include "storage/ReferenceRepository.h"

#include <QDir>

#include <map>

using ys::AgencyKind;
using ys::Service;
using ys::io::BaltimoreReferenceImporter;
using ys::storage::PlanFile;
using ys::storage::PlanSnapshot;
using ys::storage::ReferenceRepository;

namespace {

CliRun importReference(const QString& plan, const QString& dir = baltimoreReferenceDir())
{
    return runYardstick({QStringLiteral("import"), plan, dir, QStringLiteral("--format"),
                         QStringLiteral("baltimore-reference")});
}

// Everything about the reference data that does not depend on row ids, by name.
QStringList referenceFacts(const QString& plan)
{
    auto file = PlanFile::open(plan);
    REQUIRE(file.ok());
    auto snapshot = PlanSnapshot::load(**file);
    REQUIRE(snapshot.ok());
    ReferenceRepository reference(**file);
    auto pillars = reference.pillars();
    REQUIRE(pillars.ok());
    QStringList facts;
    std::map<qint64, int> pillarNumbers;
    for (const auto& p : *pillars) {
        facts << QStringLiteral("pillar %1 %2").arg(p.number).arg(p.name);
        pillarNumbers[p.id] = p.number;
    }
    for (const auto& a : snapshot->agencies)
        facts << QStringLiteral("agency %1|%2|%3|%4|%5|%6")
                     .arg(a.code, a.name, a.publicName, ys::code(a.kind))
                     .arg(a.active)
                     .arg(a.submitsPlan);
    for (const auto& o : snapshot->owners)
        facts << QStringLiteral("owner %1|%2|%3").arg(o.name, snapshot->agency(o.agencyId)->code).arg(o.isOffice);
    for (const auto& s : snapshot->services) {
        const auto* owner = snapshot->owner(s.ownerId);
        const auto* agency = snapshot->agency(s.agencyId);
        facts << QStringLiteral("service %1|%2|%3|%4|%5|%6|%7|%8")
                     .arg(s.number)
                     .arg(s.code, s.name, agency ? agency->code : QString(), owner ? owner->name : QString())
                     .arg(pillarNumbers[s.pillarId])
                     .arg(s.description.left(40))
                     .arg(s.active);
    }
    facts.sort();
    return facts;
}

// The measure list without row ids, in a fixed order, for comparing two files built in different orders.
QStringList withoutIds(const QJsonArray& measures)
{
    QStringList out;
    for (const auto& m : measures) {
        QJsonObject o = m.toObject();
        o.remove(QStringLiteral("id"));
        o.remove(QStringLiteral("uid"));
        out.append(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    out.sort();
    return out;
}

} // namespace

TEST_CASE("import: Baltimore reference lists give services descriptions, pillars and office owners")
{
    TempDir dir;
    const QString plan = dir.path(QStringLiteral("reference.yardstick"));
    REQUIRE(runYardstick({QStringLiteral("new"), plan}).exitCode == 0);
    const CliRun run = importReference(plan);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("agencies 57, plan owners 30, services 262")));

    auto file = PlanFile::open(plan);
    REQUIRE(file.ok());
    auto snapshot = PlanSnapshot::load(**file);
    REQUIRE(snapshot.ok());
    CHECK(snapshot->agencies.size() == 57);
    CHECK(snapshot->services.size() == 262);
    CHECK(snapshot->owners.size() == 30); // the plan entities that write their own plan
    int offices = 0;
    for (const auto& o : snapshot->owners)
        offices += o.isOffice ? 1 : 0;
    CHECK(offices == 29); // all but "Office of Recovery Programs", an agency-level entity
    auto pillars = ReferenceRepository(**file).pillars();
    REQUIRE(pillars.ok());
    CHECK(pillars->size() == 6);

    const Service* appeals = nullptr;
    const Service* performance = nullptr;
    for (const auto& s : snapshot->services) {
        appeals = s.number == 185 ? &s : appeals;
        performance = s.number == 903 ? &s : performance;
    }
    REQUIRE(appeals);
    CHECK(appeals->name == QStringLiteral("Board of Municipal and Zoning Appeals"));
    CHECK(appeals->description.startsWith(QStringLiteral("This service administers, interprets, and implements")));
    CHECK(snapshot->agency(appeals->agencyId)->code == QStringLiteral("AGC7900"));
    bool pillarFour = false;
    for (const auto& p : *pillars)
        pillarFour = pillarFour || (p.id == appeals->pillarId && p.number == 4 &&
                                    p.name == QStringLiteral("Equitable Economic Development"));
    CHECK(pillarFour);
    REQUIRE(performance);
    REQUIRE(snapshot->owner(performance->ownerId));
    CHECK(snapshot->owner(performance->ownerId)->name == QStringLiteral("Mayor's Office of Performance and Innovation"));

    std::map<QString, AgencyKind> kinds;
    for (const auto& a : snapshot->agencies)
        kinds[a.code] = a.kind;
    CHECK(kinds[QStringLiteral("AGC1000")] == AgencyKind::Independent);
    CHECK(kinds[QStringLiteral("AGC2100")] == AgencyKind::QuasiAgency);
    CHECK(kinds[QStringLiteral("AGC2500")] == AgencyKind::MayoralAgency);
}

TEST_CASE("import: Baltimore reference lists and the workbook merge the same in either order")
{
    const auto& f = BaltimoreFixture::get();
    TempDir dir;
    // Workbook first (the shared fixture), then the reference lists.
    const QString workbookFirst = f.copyTo(dir, QStringLiteral("workbook-first.yardstick"));
    REQUIRE(importReference(workbookFirst).exitCode == 0);
    // Reference lists first, then the workbook.
    const QString referenceFirst = dir.path(QStringLiteral("reference-first.yardstick"));
    REQUIRE(runYardstick({QStringLiteral("new"), referenceFirst}).exitCode == 0);
    REQUIRE(importReference(referenceFirst).exitCode == 0);
    const CliRun workbook = runYardstick({QStringLiteral("import"), referenceFirst, baltimoreWorkbook(),
                                          QStringLiteral("--format"), QStringLiteral("baltimore-xlsx")});
    INFO(workbook.err.toStdString());
    REQUIRE(workbook.exitCode == 0);

    const QStringList a = referenceFacts(workbookFirst);
    const QStringList b = referenceFacts(referenceFirst);
    CHECK(a == b);
    const bool sameMeasures = withoutIds(listOf(workbookFirst)) == withoutIds(listOf(referenceFirst));
    CHECK(sameMeasures);
    const QJsonObject infoA = infoOf(workbookFirst);
    const QJsonObject infoB = infoOf(referenceFirst);
    for (const char* key : {"agencies", "owners", "plans", "services", "measures", "values"})
        CHECK(infoA.value(QLatin1String(key)) == infoB.value(QLatin1String(key)));
    // Not duplicated: the reference's agencies and services, the workbook's 56 owners plus the
    // reference's offices that have no measures in the workbook.
    CHECK(infoA.value(QStringLiteral("agencies")).toInt() == 57);
    CHECK(infoA.value(QStringLiteral("services")).toInt() == 262);
    CHECK(infoA.value(QStringLiteral("owners")).toInt() == 66);
    // The reference's name wins for a service, the workbook's for a plan owner.
    CHECK(a.contains(QStringLiteral("owner Legal Aid Bureau|AGC4316|1")));
    CHECK(std::any_of(a.begin(), a.end(), [](const QString& fact) {
        return fact.startsWith(QStringLiteral("service 651|SRV0651|Recreation for Older Adults|AGC6300"));
    }));

    // Again: nothing changes.
    REQUIRE(importReference(workbookFirst).exitCode == 0);
    CHECK(infoOf(workbookFirst) == infoA);
}

TEST_CASE("import: Baltimore reference import refuses a folder without agency.csv")
{
    TempDir dir;
    const QString plan = dir.path(QStringLiteral("plan.yardstick"));
    REQUIRE(runYardstick({QStringLiteral("new"), plan}).exitCode == 0);
    QDir().mkpath(dir.path(QStringLiteral("lists")));
    REQUIRE(QFile::copy(sharedData(QStringLiteral("baltimore/service.csv")), dir.path(QStringLiteral("lists/service.csv"))));
    const CliRun run = importReference(plan, dir.path(QStringLiteral("lists")));
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("has no agency.csv")));
    CHECK(infoOf(plan).value(QStringLiteral("services")).toInt() == 0);

    // A list without a column the import needs is refused, naming it.
    QFile agencies(dir.path(QStringLiteral("lists/agency.csv")));
    REQUIRE(agencies.open(QIODevice::WriteOnly));
    agencies.write("agency_id,agency_name\nAGC7900,Municipal and Zoning Appeals\n");
    agencies.close();
    const CliRun lacking = importReference(plan, dir.path(QStringLiteral("lists")));
    CHECK(lacking.exitCode == 2);
    CHECK(lacking.err.contains(QStringLiteral("lacks the columns \"public_name\", \"deputy_mayor_pillar\"")));
    CHECK(infoOf(plan).value(QStringLiteral("agencies")).toInt() == 0);
}
