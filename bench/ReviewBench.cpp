// SPDX-License-Identifier: GPL-3.0-or-later
// Figures of the review on the city's real workbook: a plan's review worked out (flag detection,
// fingerprints, rubric), every plan's, a review exported, merged into the agency's copy, and the
// diff of two versions of the whole city's file.
#include "BenchRegistry.h"
#include "BenchTimer.h"
#include "io/BaltimoreWorkbookImporter.h"
#include "review/PlanDiff.h"
#include "review/PlanLookup.h"
#include "review/ReviewActions.h"
#include "review/ReviewExport.h"
#include "review/ReviewFile.h"
#include "review/ReviewMerge.h"
#include "review/ReviewSummary.h"
#include "storage/MeasureRepository.h"
#include "storage/PlanFile.h"
#include "storage/PlanSnapshot.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace ys::bench {
namespace {

using storage::PlanFile;

constexpr int Runs = 5;
constexpr int Warmups = 1;

std::unique_ptr<PlanFile> openPlan(const QString& path)
{
    auto file = PlanFile::open(path);
    return file ? std::move(*file) : nullptr;
}

void reviewFigures(BenchOutput& out)
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base.yardstick"));
    {
        auto created = PlanFile::create(base);
        if (!created) {
            out.figure(QStringLiteral("review"), QStringLiteral("failed: %1").arg(created.error().describe()));
            return;
        }
        auto report = io::BaltimoreWorkbookImporter::importFile(
            **created, sharedData(QStringLiteral("baltimore/Performance_Data.xlsx")), io::ImportOptions{});
        if (!report) {
            out.figure(QStringLiteral("review"), QStringLiteral("failed: %1").arg(report.error().describe()));
            return;
        }
    }
    const QString reviewer = dir.filePath(QStringLiteral("reviewer.yardstick"));
    QFile::copy(base, reviewer);
    auto file = openPlan(reviewer);
    auto snapshot = file ? storage::PlanSnapshot::load(*file) : Result<storage::PlanSnapshot>(Error{});
    if (!file || !snapshot) {
        out.figure(QStringLiteral("review"), QStringLiteral("failed: the imported file could not be read"));
        return;
    }
    // The plan with the most measures.
    const Plan* largest = nullptr;
    size_t most = 0;
    for (const Plan& plan : snapshot->plans)
        if (const size_t n = review::PlanLookup::measuresOf(*snapshot, plan.id).size(); n > most) {
            most = n;
            largest = &plan;
        }
    if (!largest)
        return;

    const Timing one = BenchTimer::time(Runs, Warmups, {}, [&] {
        auto summary = review::ReviewSummary::build(*file, *snapshot, *largest);
        return summary ? QString() : summary.error().describe();
    });
    out.figure(QStringLiteral("review summary, plan of %1 measures").arg(most), one.describe());
    const Timing all = BenchTimer::time(Runs, Warmups, {}, [&] {
        for (const Plan& plan : snapshot->plans)
            if (auto summary = review::ReviewSummary::build(*file, *snapshot, plan); !summary)
                return summary.error().describe();
        return QString();
    });
    out.figure(QStringLiteral("review summary, all %1 plans").arg(snapshot->plans.size()), all.describe());

    // The reviewer flags and comments on every measure of the largest plan.
    review::ReviewActions actions(*file, *snapshot);
    int items = 0;
    for (const Measure* m : review::PlanLookup::measuresOf(*snapshot, largest->id)) {
        if (actions.flag({largest->id, m->id, review::FlagKind::HardToUnderstand, QStringLiteral("Which cases count?"), false}))
            ++items;
        if (actions.comment({{ReviewAnchor::Kind::Measure, largest->id, {}, m->id, 0, {}}, QStringLiteral("Define the denominator."), true}))
            ++items;
    }
    const QString reviewFile = dir.filePath(QStringLiteral("r.yardstick-review"));
    const Timing exported = BenchTimer::time(Runs, Warmups, {}, [&] {
        auto package = review::ReviewExport::build(*file, *snapshot, {largest->id});
        if (!package)
            return package.error().describe();
        auto status = review::ReviewFile::write(*package, reviewFile);
        return status ? QString() : status.error().describe();
    });
    out.figure(QStringLiteral("review export, %1 items").arg(items), exported.describe());

    const QString agency = dir.filePath(QStringLiteral("agency.yardstick"));
    std::unique_ptr<PlanFile> target;
    const Timing merged = BenchTimer::time(
        Runs, Warmups,
        [&] {
            target.reset();
            QFile::remove(agency);
            QFile::copy(base, agency);
            target = openPlan(agency);
        },
        [&] {
            auto package = review::ReviewFile::read(reviewFile);
            if (!package)
                return package.error().describe();
            auto report = review::ReviewMerge::merge(*target, *package, reviewFile);
            return report ? QString() : report.error().describe();
        });
    out.figure(QStringLiteral("review merge (read, check, merge), %1 items").arg(items), merged.describe());
    target.reset();

    auto baseFile = openPlan(base);
    auto before = baseFile ? storage::PlanSnapshot::load(*baseFile) : Result<storage::PlanSnapshot>(Error{});
    if (before) {
        const Timing diff = BenchTimer::time(Runs, Warmups, {}, [&] {
            const review::PlanDiff d = review::PlanDiff::compare(*before, *snapshot);
            return d.plans.size() < 1000000 ? QString() : QStringLiteral("impossible");
        });
        out.figure(QStringLiteral("plan diff, whole city (%1 measures)").arg(snapshot->measures.size()), diff.describe());
    }
}

const BenchGroup group("review", reviewFigures);

} // namespace
} // namespace ys::bench
