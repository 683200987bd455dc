// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The city's workbook imported once through the real binary (tests/import/BaltimoreFixture.h),
// opened read-only and loaded as the read model the charts are built from.

#include "BaltimoreFixture.h"
#include "StorageFixture.h"

#include "storage/PlanFile.h"
#include "storage/PlanSnapshot.h"

#include <memory>

using namespace ys;

struct BaltimoreSnapshot
{
    std::unique_ptr<storage::PlanFile> file;
    storage::PlanSnapshot snapshot;

    static const BaltimoreSnapshot& get()
    {
        static const BaltimoreSnapshot loaded;
        return loaded;
    }

    // The measure of that title (the one of the latest plan cycle when the title appears twice).
    const Measure& measure(const QString& title) const
    {
        const Measure* found = nullptr;
        for (const Measure& m : snapshot.measures)
            if (m.title == title && (!found || snapshot.latestCycleOf(m.id) > snapshot.latestCycleOf(found->id)))
                found = &m;
        INFO("no measure titled " << title.toStdString());
        REQUIRE(found != nullptr);
        return *found;
    }

private:
    BaltimoreSnapshot()
    {
        auto opened = storage::PlanFile::open(BaltimoreFixture::get().plan,
                                              {storage::PlanFile::Access::ReadOnly, false, {}});
        REQUIRE(opened.ok());
        file = std::move(*opened);
        auto loaded = storage::PlanSnapshot::load(*file);
        REQUIRE(loaded.ok());
        snapshot = std::move(*loaded);
    }
};

// A small plan file (one agency, owner, service and FY27 plan) whose measures a test writes
// through the repositories and reads back as a snapshot.
struct ChartPlan : SmallPlan
{
    ChartPlan() : SmallPlan(QStringLiteral("%1/chart.yardstick").arg(tempRoot())) {}

    RowId add(const Measure& measure, const std::vector<Value>& values) const
    {
        storage::MeasureRepository repository(*file);
        auto id = repository.addMeasure(measure, {planId});
        REQUIRE(id.ok());
        for (Value value : values) {
            value.measureId = *id;
            REQUIRE(repository.setValue(value).ok());
        }
        return *id;
    }

    storage::PlanSnapshot snapshot() const
    {
        auto loaded = storage::PlanSnapshot::load(*file);
        REQUIRE(loaded.ok());
        return std::move(*loaded);
    }

private:
    // SmallPlan is made before `dir`: a folder of its own that lives as long as the test process.
    static QString tempRoot()
    {
        static TempDir root;
        static int serial = 0;
        const QString path = root.path(QString::number(++serial));
        REQUIRE(QDir().mkpath(path));
        return path;
    }
};

// A value row: fiscal year, period, target and actual (nullopt: none).
inline Value yearValue(int year, Period period, std::optional<double> target, std::optional<double> actual)
{
    Value v;
    v.fiscalYear = year;
    v.period = period;
    v.target.number = target;
    v.actual.number = actual;
    v.target.origin = v.actual.origin = Origin::Import;
    return v;
}

inline Value missingActual(int year, const QString& reason, std::optional<double> target = {})
{
    Value v = yearValue(year, Period::Annual, target, std::nullopt);
    v.actual.missingReason = reason;
    v.actual.raw = reason;
    return v;
}
