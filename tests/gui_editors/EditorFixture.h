// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TempDir.h"
#include "io/PlanJsonImporter.h"
#include "storage/MeasureRepository.h"
#include "storage/PlanRepository.h"
#include "ui/document/PlanDocument.h"
#include "ui/editors/TextFieldCommitter.h"

#include <catch2/catch.hpp>

#include <QTest>
#include <QWidget>

#include <memory>

// A temporary plan file holding the sample plan, opened as a GUI document.
struct EditorFixture
{
    TempDir dir;
    std::unique_ptr<ys::ui::PlanDocument> doc;

    EditorFixture()
    {
        auto created = ys::ui::PlanDocument::create(dir.path(QStringLiteral("plan.yardstick")));
        REQUIRE(created.ok());
        doc = std::move(*created);
        auto imported = ys::io::PlanJsonImporter::importFile(
            doc->file(), QStringLiteral(YS_SOURCE_DIR "/resources/sample/sample-plan.json"));
        REQUIRE(imported.ok());
        REQUIRE(doc->reload().ok());
    }

    ys::RowId measureTitled(const QString& title) const
    {
        for (const ys::Measure& m : doc->snapshot().measures)
            if (m.title == title)
                return m.id;
        FAIL("no measure titled " << title.toStdString());
        return 0;
    }

    ys::RowId planId() const { return doc->snapshot().plans.front().id; }

    // What the plan file holds now, read past the document's own model.
    ys::Measure stored(ys::RowId id) const
    {
        auto measure = ys::storage::MeasureRepository(doc->file()).measure(id);
        REQUIRE(measure.ok());
        return *measure;
    }
    ys::Plan storedPlan() const
    {
        auto plan = ys::storage::PlanRepository(doc->file()).plan(planId());
        REQUIRE(plan.ok());
        return *plan;
    }
};

template <typename Widget> Widget* child(const QWidget& parent, const QString& name)
{
    auto* widget = parent.findChild<Widget*>(name);
    REQUIRE(widget != nullptr);
    return widget;
}

// Lets a field's pause-in-typing commit happen.
inline void waitForIdleCommit()
{
    QTest::qWait(ys::ui::TextFieldCommitter::IdleMilliseconds + 300);
}

// Shows a widget as an active window, so that focus moves between its fields as for a person.
inline void showActive(QWidget& widget, int width, int height)
{
    widget.resize(width, height);
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}
