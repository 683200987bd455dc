// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TempDir.h"
#include "io/PlanJsonImporter.h"
#include "report/StatusStyle.h"
#include "rules/MeasureStatus.h"
#include "storage/MeasureRepository.h"
#include "ui/document/PlanDocument.h"

#include <QAbstractItemModel>

#include <catch2/catch.hpp>

#include <memory>

using namespace ys;
using namespace ys::ui;

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

// A temporary plan file with the sample plan imported (one owner, four services, 25 measures,
// plan cycle FY27), opened as the GUI opens it.
struct SamplePlan
{
    TempDir dir;
    std::unique_ptr<PlanDocument> doc;

    SamplePlan()
    {
        auto created = PlanDocument::create(dir.path(QStringLiteral("plan.yardstick")));
        REQUIRE(created.ok());
        doc = std::move(*created);
        auto report = io::PlanJsonImporter::importFile(doc->file(), QStringLiteral(YS_SOURCE_DIR "/resources/sample/sample-plan.json"));
        REQUIRE(report.ok());
        REQUIRE(doc->reload().ok());
    }

    RowId measureId(const QString& title) const
    {
        for (const Measure& m : doc->snapshot().measures)
            if (m.title == title)
                return m.id;
        FAIL("no measure titled " << title.toStdString());
        return 0;
    }

    // What the plan file holds for a measure's annual value in a year, read back from the file.
    std::optional<Value> storedAnnual(RowId measureId, int year) const
    {
        auto values = storage::MeasureRepository(doc->file()).values(measureId);
        REQUIRE(values.ok());
        for (const Value& v : *values)
            if (v.fiscalYear == year && v.period == Period::Annual)
                return v;
        return std::nullopt;
    }

    Measure storedMeasure(RowId id) const
    {
        auto measure = storage::MeasureRepository(doc->file()).measure(id);
        REQUIRE(measure.ok());
        return *measure;
    }

    // The status the rules give a measure now, as the table labels it ("✗ Missed").
    QString expectedStatus(RowId id) const
    {
        const auto& s = doc->snapshot();
        const auto status = rules::measureStatus(*s.measure(id), s.valuesOf(id), std::nullopt, s.defaultTolerance);
        return report::StatusStyle::of(status.status).labelled();
    }
};

// Every index of a model, depth first, with its text in column 0.
inline QModelIndexList allIndexes(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QModelIndexList list;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        list << index << allIndexes(model, index);
    }
    return list;
}
