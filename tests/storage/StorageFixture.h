// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TempDir.h"
#include "storage/MeasureRepository.h"
#include "storage/PlanFile.h"
#include "storage/PlanRepository.h"
#include "storage/ReferenceRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace ys;
using namespace ys::storage;

// A new plan file with one agency, owner, service and plan, for repository tests.
struct SmallPlan
{
    std::unique_ptr<PlanFile> file;
    RowId agencyId = 0, ownerId = 0, serviceId = 0, planId = 0;

    explicit SmallPlan(const QString& path)
    {
        auto created = PlanFile::create(path, 7, QStringLiteral("tester"));
        REQUIRE(created.ok());
        file = std::move(*created);
        ReferenceRepository reference(*file);
        auto agency = reference.addAgency(Agency{0, QStringLiteral("AGC7900"), QStringLiteral("Municipal and Zoning Appeals")});
        REQUIRE(agency.ok());
        agencyId = *agency;
        auto owner = reference.addOwner(PlanOwner{0, agencyId, QStringLiteral("Board of Municipal and Zoning Appeals"), false});
        REQUIRE(owner.ok());
        ownerId = *owner;
        Service service;
        service.number = 185;
        service.code = QStringLiteral("SRV0185");
        service.name = QStringLiteral("Board of Municipal and Zoning Appeals");
        service.agencyId = agencyId;
        auto serviceAdded = reference.addService(service);
        REQUIRE(serviceAdded.ok());
        serviceId = *serviceAdded;
        Plan plan;
        plan.ownerId = ownerId;
        plan.cycle = 2027;
        auto planAdded = PlanRepository(*file).addPlan(plan);
        REQUIRE(planAdded.ok());
        planId = *planAdded;
    }

    Measure measure(const QString& title) const
    {
        Measure m;
        m.ownerId = ownerId;
        m.serviceId = serviceId;
        m.title = title;
        m.type = MeasureType::Effectiveness;
        m.direction = Direction::Decrease;
        m.unit = Unit::Days;
        return m;
    }
};

inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs statements on a database file directly, as another program would.
inline void rawSql(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-%1").arg(quintptr(&path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
