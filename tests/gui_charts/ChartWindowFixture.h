// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window on a copy of the city's workbook imported through the real binary.

#include "BaltimoreFixture.h"

#include "ui/DocumentView.h"
#include "ui/MainWindow.h"
#include "ui/document/PlanDocument.h"

#include <QTest>

using namespace ys;
using namespace ys::ui;

struct ChartWindow
{
    TempDir dir;
    QString path;
    MainWindow window;

    ChartWindow()
    {
        path = BaltimoreFixture::get().copyTo(dir);
        window.resize(1366, 768);
        REQUIRE(window.openFile(path));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    DocumentView& view() const { return *window.view(); }
    PlanDocument& document() const { return *window.document(); }

    // The measure of that title in the latest plan cycle.
    RowId measure(const QString& title) const
    {
        const auto& snapshot = document().snapshot();
        RowId found = 0;
        for (const Measure& m : snapshot.measures)
            if (m.title == title && (!found || snapshot.latestCycleOf(m.id) > snapshot.latestCycleOf(found)))
                found = m.id;
        INFO("no measure titled " << title.toStdString());
        REQUIRE(found != 0);
        return found;
    }
};
