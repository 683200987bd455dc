// SPDX-License-Identifier: GPL-3.0-or-later
// Figures of the importers on the city's real files: a first import into an empty plan, the same
// workbook again (nothing to write), and the reference lists.
#include "BenchRegistry.h"
#include "BenchTimer.h"
#include "io/BaltimoreReferenceImporter.h"
#include "io/BaltimoreWorkbookImporter.h"
#include "storage/PlanFile.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace ys::bench {
namespace {

using storage::PlanFile;

constexpr int Runs = 5;
constexpr int Warmups = 1;

// A new, empty plan file at `path` (any earlier one removed).
std::unique_ptr<PlanFile> freshPlan(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".lock"));
    auto created = PlanFile::create(path);
    return created ? std::move(*created) : nullptr;
}

template <typename Import>
QString runImport(PlanFile* plan, const QString& source, Import import)
{
    if (!plan)
        return QStringLiteral("the plan file could not be created");
    auto report = import(*plan, source, io::ImportOptions{});
    return report ? QString() : report.error().describe();
}

void importFigures(BenchOutput& out)
{
    QTemporaryDir dir;
    const QString workbook = sharedData(QStringLiteral("baltimore/Performance_Data.xlsx"));
    const QString references = sharedData(QStringLiteral("baltimore"));
    std::unique_ptr<PlanFile> plan;

    const Timing first = BenchTimer::time(
        Runs, Warmups, [&] { plan.reset(); plan = freshPlan(dir.filePath(QStringLiteral("first.yardstick"))); },
        [&] { return runImport(plan.get(), workbook, &io::BaltimoreWorkbookImporter::importFile); });
    out.figure(QStringLiteral("import baltimore-xlsx"), first.describe());

    plan.reset();
    plan = freshPlan(dir.filePath(QStringLiteral("again.yardstick")));
    const QString seeded = runImport(plan.get(), workbook, &io::BaltimoreWorkbookImporter::importFile);
    const Timing again = seeded.isEmpty() ? BenchTimer::time(Runs, Warmups, {}, [&] {
        return runImport(plan.get(), workbook, &io::BaltimoreWorkbookImporter::importFile);
    })
                                          : Timing{0, 0, 0, 0, 0, seeded};
    out.figure(QStringLiteral("re-import baltimore-xlsx, unchanged"), again.describe());

    const Timing reference = BenchTimer::time(
        Runs, Warmups, [&] { plan.reset(); plan = freshPlan(dir.filePath(QStringLiteral("reference.yardstick"))); },
        [&] { return runImport(plan.get(), references, &io::BaltimoreReferenceImporter::importFile); });
    out.figure(QStringLiteral("import baltimore-reference"), reference.describe());
    plan.reset();
}

const BenchGroup group("import", importFigures);

} // namespace
} // namespace ys::bench
