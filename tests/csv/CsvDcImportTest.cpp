// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTestSupport.h"

#include "storage/MeasureRepository.h"
#include "storage/ReferenceRepository.h"

#include <QSet>

using namespace ys;

namespace {

// The real DC file imported with its mapping into a new plan file.
struct DcPlan
{
    TempDir dir;
    std::unique_ptr<storage::PlanFile> file;
    io::ImportReport report;

    DcPlan()
    {
        file = newPlanFile(dir);
        auto imported = importCsv(*file, dcCsv(), dcMapping());
        INFO((imported ? QString() : imported.error().describe()).toStdString());
        REQUIRE(imported.ok());
        report = *imported;
    }
};

const Measure* byTitle(const std::vector<Measure>& measures, const QString& title)
{
    for (const Measure& m : measures)
        if (m.title == title)
            return &m;
    return nullptr;
}

const Value* valueOf(const std::vector<Value>& values, Period period)
{
    for (const Value& v : values)
        if (v.fiscalYear == 2013 && v.period == period)
            return &v;
    return nullptr;
}

} // namespace

TEST_CASE("import: DC file gives 1537 measures of 71 agencies")
{
    DcPlan dc;
    storage::ReferenceRepository reference(*dc.file);
    storage::MeasureRepository measures(*dc.file);
    CHECK(reference.agencies()->size() == 71);
    CHECK(reference.owners()->size() == 71);
    CHECK(measures.measures()->size() == 1537);
    // Services by (agency, Budget_Program); the 169 blank programs make one service per agency.
    CHECK(reference.services()->size() == 255);
    const auto stats = statistics(*dc.file);
    CHECK(stats.plans == 71); // one plan per owner x fiscal year (FY13)
    CHECK(dc.report.rowsRead == 1537);
    CHECK(dc.report.measuresCreated == 1537);
    CHECK(dc.report.agencies == 71);
    CHECK(dc.report.valuesStored == 7193); // every non-blank value cell
    CHECK(dc.report.count(io::ImportIssue::Kind::Skipped) == 0);
    CHECK(dc.report.count(io::ImportIssue::Kind::Conflict) == 0);
}

TEST_CASE("import: DC workload measures' 0.00 targets are stored as no target with the reason")
{
    DcPlan dc;
    storage::MeasureRepository measures(*dc.file);
    const auto all = measures.allValues();
    REQUIRE(all.ok());
    int workload = 0;
    for (const auto& values : *all)
        for (const Value& v : values)
            if (v.target.missingReason == QLatin1String("workload measure: no target")) {
                ++workload;
                CHECK_FALSE(v.target.number.has_value());
                CHECK(v.target.raw == QLatin1String("0.00"));
                CHECK(v.period == Period::Annual);
            }
    CHECK(workload == 330);
    bool reported = false;
    for (const auto& issue : dc.report.issues)
        reported = reported || issue.reason.contains(QLatin1String("330 targets stored as missing"));
    CHECK(reported);
}

TEST_CASE("import: DC zero targets of other measures are kept as 0")
{
    DcPlan dc;
    storage::MeasureRepository measures(*dc.file);
    const auto all = measures.allValues();
    REQUIRE(all.ok());
    int zeros = 0;
    for (const auto& values : *all)
        for (const Value& v : values)
            if (v.period == Period::Annual && v.target.number == 0.0)
                ++zeros;
    CHECK(zeros == 12); // the YE_Target 0.00 rows not rated "Workload Measure"
    const auto list = measures.measures();
    const Measure* quorum =
        byTitle(*list, QStringLiteral("Number of Boards and Commissions without a quorum"));
    REQUIRE(quorum);
    const Value* annual = valueOf(*measures.values(quorum->id), Period::Annual);
    REQUIRE(annual);
    CHECK(annual->target.number == 0.0);
    CHECK(annual->target.missingReason.isEmpty());
    CHECK(annual->actual.number == 1.0);
}

TEST_CASE("import: DC values types directions and units are read as the file writes them")
{
    DcPlan dc;
    storage::MeasureRepository measures(*dc.file);
    storage::ReferenceRepository reference(*dc.file);
    const auto list = measures.measures();

    const Measure* fines = byTitle(*list, QStringLiteral("Amount of fines collected annually."));
    REQUIRE(fines);
    CHECK(fines->type == MeasureType::Output);
    CHECK(fines->direction == Direction::Increase);
    CHECK(fines->unit == Unit::Count);
    CHECK(fines->element(Element::UpdateFrequency) == QLatin1String("Quarterly"));
    CHECK(fines->sourceIds == QLatin1String("1"));
    const auto values = *measures.values(fines->id);
    REQUIRE(valueOf(values, Period::Annual));
    CHECK(valueOf(values, Period::Annual)->target.number == 290000.0);
    CHECK(valueOf(values, Period::Annual)->actual.number == 523950.0);
    CHECK(valueOf(values, Period::Annual)->actual.origin == Origin::Import);
    REQUIRE(valueOf(values, Period::Q1));
    CHECK(valueOf(values, Period::Q1)->actual.number == 129700.0);
    CHECK(valueOf(values, Period::Q4)->actual.raw == QLatin1String("145550.00"));

    // Percent values are percent points in DC's file, small ones too: 0.35 stays 0.35 %.
    const Measure* delayed = byTitle(*list, QStringLiteral("Delayed Release Rate"));
    REQUIRE(delayed);
    CHECK(delayed->unit == Unit::Percent);
    CHECK(valueOf(*measures.values(delayed->id), Period::Annual)->target.number == 0.35);

    // A negative actual stays negative; "Neutral" is maintain; "Ratio" is a decimal.
    const Measure* energy = nullptr;
    for (const Measure& m : *list)
        if (m.title.startsWith(QLatin1String("Weather-adjusted reduction in energy consumption")))
            energy = &m;
    REQUIRE(energy);
    CHECK(valueOf(*measures.values(energy->id), Period::Annual)->actual.number == -5.82);
    int neutral = 0, ratio = 0, demand = 0;
    for (const Measure& m : *list) {
        neutral += m.direction == Direction::Maintain ? 1 : 0;
        ratio += m.unit == Unit::Decimal ? 1 : 0;
        demand += m.type == MeasureType::Demand ? 1 : 0;
    }
    CHECK(neutral == 377);
    CHECK(ratio == 68);
    CHECK(demand == 189); // kept as written, reported as outside the four types

    // The two GD0 measures of the same title in two programs stay two measures.
    int reimbursed = 0;
    QSet<RowId> services;
    for (const Measure& m : *list)
        if (m.title ==
            QLatin1String(
                "Percent of funds reimbursed to vendors within 30 days of receipt of an approved invoice.")) {
            ++reimbursed;
            services.insert(m.serviceId);
        }
    CHECK(reimbursed == 2);
    CHECK(services.size() == 2);

    // A blank Budget_Program files the measure under the agency's "(no budget program)" service.
    int blank = 0;
    for (const Service& s : *reference.services())
        if (s.name == QLatin1String("(no budget program)")) {
            ++blank;
            CHECK(s.number > 100000);
        }
    CHECK(blank > 0);
}
