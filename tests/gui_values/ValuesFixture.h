// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TempDir.h"
#include "io/PlanJsonImporter.h"
#include "rules/ValueLookup.h"
#include "storage/MeasureRepository.h"
#include "storage/PlanFile.h"
#include "ui/document/PlanDocument.h"
#include "ui/values/ValuesGrid.h"
#include "ui/values/ValuesModel.h"

#include <QApplication>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <memory>

using namespace ys;
using namespace ys::ui;

inline const QString EmsResponse = QStringLiteral("% of EMS response within 9 minutes");
inline const QString EmsIncidents = QStringLiteral("# of EMS Incidents");

// The sample plan in a new plan file, open as a document, with a values grid on screen.
struct ValuesFixture
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("sample.yardstick"));
    std::unique_ptr<PlanDocument> document;
    std::unique_ptr<ValuesGrid> grid;

    ValuesFixture()
    {
        auto created = PlanDocument::create(path);
        REQUIRE(created.ok());
        document = std::move(*created);
        auto imported = io::PlanJsonImporter::importFile(
            document->file(), QStringLiteral(YS_SOURCE_DIR "/resources/sample/sample-plan.json"));
        REQUIRE(imported.ok());
        REQUIRE(document->reload().ok());
        grid = std::make_unique<ValuesGrid>(*document);
        grid->resize(820, 420);
        grid->show();
        grid->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(grid.get()));
    }

    RowId measureId(const QString& title) const
    {
        for (const Measure& measure : document->snapshot().measures)
            if (measure.title == title)
                return measure.id;
        FAIL("no measure titled " << title.toStdString());
        return 0;
    }

    ValuesModel& model() const { return *grid->model(); }
    QTableView& view() const { return *grid->view(); }

    QModelIndex cell(int fiscalYear, Period period, int column) const
    {
        const QModelIndex index = model().indexOf(fiscalYear, period, column);
        REQUIRE(index.isValid());
        return index;
    }

    // The value as the plan file holds it, read through a second, read-only opening of the file;
    // an empty value when the file has no row for it.
    Value stored(RowId measure, int fiscalYear, Period period) const
    {
        auto file = storage::PlanFile::open(path, {storage::PlanFile::Access::ReadOnly, false, {}});
        REQUIRE(file.ok());
        auto values = storage::MeasureRepository(**file).values(measure);
        REQUIRE(values.ok());
        if (const Value* value = rules::findValue(*values, fiscalYear, period))
            return *value;
        return {};
    }
    bool isStored(RowId measure, int fiscalYear, Period period) const
    {
        return !stored(measure, fiscalYear, period).isEmpty();
    }

    // Types into a cell through the keyboard as a person does: the first key opens the editor,
    // the rest go to the editor, Enter keeps the edit.
    void type(const QModelIndex& index, const QString& text) const
    {
        view().setFocus();
        view().setCurrentIndex(index);
        QTest::keyClicks(&view(), text.left(1));
        QWidget* editor = view().indexWidget(index);
        REQUIRE(editor != nullptr);
        QTest::keyClicks(editor, text.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
    }
};

// What a person reads in a tooltip: the rich text rendered back to plain text.
inline QString seen(const QVariant& tooltip)
{
    return QTextDocumentFragment::fromHtml(tooltip.toString()).toPlainText();
}
