// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small plan made through the repositories with everything an export must carry exactly: text a
// spreadsheet would run as a formula, commas, quotes and line breaks, negative and tiny numbers,
// missing values with their reasons, notes, quarters, two plan cycles, a goal KPI without a service.

#include "storage/MeasureRepository.h"
#include "storage/PlanFile.h"
#include "storage/PlanRepository.h"
#include "storage/ReferenceRepository.h"

#include <catch2/catch.hpp>

inline ys::Figure figure(std::optional<double> number, const QString& missing = {}, const QString& note = {})
{
    ys::Figure f;
    f.number = number;
    f.missingReason = missing;
    f.note = note;
    f.origin = ys::Origin::User;
    return f;
}

inline void buildTrickyPlan(ys::storage::PlanFile& file)
{
    using namespace ys;
    storage::ReferenceRepository reference(file);
    storage::PlanRepository plans(file);
    storage::MeasureRepository measures(file);

    Agency agency;
    agency.code = QStringLiteral("AGC7900");
    agency.name = QStringLiteral("Municipal, and \"Zoning\" Appeals");
    const RowId agencyId = *reference.addAgency(agency);
    const RowId ownerId = *reference.addOwner(PlanOwner{0, agencyId, agency.name, false});
    const RowId officeId =
        *reference.addOwner(PlanOwner{0, agencyId, QStringLiteral("=Office of Appeals"), true});
    Service service;
    service.number = 185;
    service.code = QStringLiteral("SRV0185");
    service.name = QStringLiteral("Zoning, Tax and Other Appeals");
    service.agencyId = agencyId;
    service.ownerId = ownerId;
    const RowId serviceId = *reference.addService(service);
    Plan plan;
    plan.ownerId = ownerId;
    plan.cycle = 2026;
    const RowId fy26 = *plans.addPlan(plan);
    plan.cycle = 2027;
    const RowId fy27 = *plans.addPlan(plan);
    plan.ownerId = officeId;
    const RowId officeFy27 = *plans.addPlan(plan);

    const auto add = [&](const QString& title, MeasureType type, Direction direction, Unit unit,
                         std::vector<RowId> planIds, RowId owner, RowId serviceOf) {
        Measure m;
        m.ownerId = owner;
        m.serviceId = serviceOf;
        m.level = serviceOf ? MeasureLevel::Service : MeasureLevel::Goal;
        m.title = title;
        m.type = type;
        m.direction = direction;
        m.unit = unit;
        auto id = measures.addMeasure(m, planIds);
        REQUIRE(id.ok());
        return *id;
    };
    const auto set = [&](RowId measure, int year, Period period, const Figure& target, const Figure& actual) {
        Value v;
        v.measureId = measure;
        v.fiscalYear = year;
        v.period = period;
        v.target = target;
        v.actual = actual;
        REQUIRE(measures.setValue(v).ok());
    };

    const RowId sum = add(QStringLiteral("=SUM(A1)"), MeasureType::Output, Direction::Increase, Unit::Count,
                          {fy26, fy27}, ownerId, serviceId);
    set(sum, 2026, Period::Annual, figure(-5),
        figure(-2.5, {}, QStringLiteral("fell, as \"expected\"\nsee notes")));
    set(sum, 2027, Period::Annual, figure(std::nullopt, QStringLiteral("N/A"), QStringLiteral("=rationale")),
        figure(std::nullopt, QStringLiteral("-")));
    set(sum, 2026, Period::Q1, figure(std::nullopt), figure(1234567890.125));

    const RowId cmd = add(QStringLiteral("@cmd"), MeasureType::Efficiency, Direction::Decrease,
                          Unit::Currency, {fy27}, ownerId, serviceId);
    set(cmd, 2027, Period::Annual, figure(0.000123), figure(0));

    const RowId plus = add(QStringLiteral("+1"), MeasureType::Effectiveness, Direction::Maintain,
                           Unit::Percent, {fy27}, ownerId, serviceId);
    set(plus, 2026, Period::Annual, figure(75), figure(0.5));
    set(plus, 2026, Period::Q3, figure(1), figure(100));

    const RowId minus = add(QStringLiteral("-2 items"), MeasureType::Outcome, Direction::NotApplicable,
                            Unit::Days, {officeFy27}, officeId, serviceId);
    set(minus, 2027, Period::Annual, figure(-0.75), figure(std::nullopt, QStringLiteral("not yet reported")));

    add(QStringLiteral("'Twas, a goal KPI\twith a tab"), MeasureType::Unspecified, Direction::Unspecified,
        Unit::Score, {fy27}, ownerId, 0);
}
