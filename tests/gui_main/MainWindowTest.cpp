// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 4's acceptance, through the real window: find a measure by typing part of its title, change
// its target and see its status change, undo, redo, add a measure to a service and fill its
// definition until it is complete. Each step is then checked in the plan file itself.
#include "TempDir.h"

#include "io/PlanJsonImporter.h"
#include "rules/Completeness.h"
#include "storage/MeasureRepository.h"
#include "storage/PlanFile.h"
#include "ui/DocumentView.h"
#include "ui/MainWindow.h"
#include "ui/MeasurePage.h"
#include "ui/editors/MeasureEditor.h"
#include "ui/actions/ActionRegistry.h"
#include "ui/document/PlanDocument.h"
#include "ui/navigation/NavigationModel.h"
#include "ui/navigation/NavigationView.h"
#include "ui/values/ValuesGrid.h"
#include "ui/values/ValuesModel.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace ys;
using namespace ys::ui;

namespace {

QString makeSample(const TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("sample.yardstick"));
    auto file = storage::PlanFile::create(path);
    REQUIRE(file.ok());
    REQUIRE(io::PlanJsonImporter::importFile(**file, QStringLiteral(YS_SOURCE_DIR "/resources/sample/sample-plan.json")).ok());
    return path;
}

// The value of a measure as stored in the file, read by a second, read-only opener.
std::optional<double> storedTarget(const QString& path, RowId measureId, int year)
{
    auto file = storage::PlanFile::open(path, {storage::PlanFile::Access::ReadOnly, true, {}});
    REQUIRE(file.ok());
    auto values = storage::MeasureRepository(**file).values(measureId);
    REQUIRE(values.ok());
    for (const Value& v : *values)
        if (v.fiscalYear == year && v.period == Period::Annual)
            return v.target.number;
    return std::nullopt;
}

Measure storedMeasure(const QString& path, RowId id)
{
    auto file = storage::PlanFile::open(path, {storage::PlanFile::Access::ReadOnly, true, {}});
    REQUIRE(file.ok());
    auto measure = storage::MeasureRepository(**file).measure(id);
    REQUIRE(measure.ok());
    return *measure;
}

// The first measure node under `parent` in the (filtered) tree.
QModelIndex firstMeasure(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(NavigationModel::NodeKindRole).toInt() == int(NodeKind::Measure))
            return index;
        if (const QModelIndex found = firstMeasure(model, index); found.isValid())
            return found;
    }
    return {};
}

TargetStatus statusShown(const ValuesModel* model, int year)
{
    const QVariant status = model->indexOf(year, Period::Annual, ValuesModel::StatusColumn).data(ValuesModel::StatusRole);
    return status.isValid() ? TargetStatus(status.toInt()) : TargetStatus::NoData;
}

} // namespace

TEST_CASE("gui: a new user finds a measure by its title, changes its target, sees the status change, undoes and redoes")
{
    TempDir dir;
    const QString path = makeSample(dir);
    MainWindow window;
    REQUIRE(window.openFile(path));
    window.show();
    DocumentView* view = window.view();
    REQUIRE(view != nullptr);

    // Find: type part of the title in the search box.
    QLineEdit* search = view->navigation()->searchEdit();
    QTest::keyClicks(search, QStringLiteral("within 9 min"));
    QTreeView* tree = view->navigation()->treeView();
    const QModelIndex found = firstMeasure(tree->model());
    REQUIRE(found.isValid());
    CHECK(found.data().toString().contains(QStringLiteral("% of EMS response within 9 minutes")));
    tree->setCurrentIndex(found);
    const RowId id = view->currentMeasureId();
    REQUIRE(id != 0);

    // Change the FY25 target (the status year) in the values grid, by typing.
    ValuesGrid* grid = view->measurePage()->valuesGrid();
    auto* model = qobject_cast<ValuesModel*>(grid->view()->model());
    REQUIRE(model != nullptr);
    const TargetStatus before = statusShown(model, 2025);
    CHECK(before == TargetStatus::Missed);
    const std::optional<double> oldTarget = storedTarget(path, id, 2025);
    REQUIRE(oldTarget.has_value());
    grid->view()->setFocus();
    grid->view()->setCurrentIndex(model->indexOf(2025, Period::Annual, ValuesModel::TargetColumn));
    QTest::keyClick(grid->view(), Qt::Key_F2);
    auto* editor = grid->view()->viewport()->findChild<QLineEdit*>();
    REQUIRE(editor != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("50"));
    QTest::keyClick(editor, Qt::Key_Return);
    CHECK(storedTarget(path, id, 2025) == 50.0);
    CHECK(statusShown(model, 2025) == TargetStatus::Met);

    // Undo and redo, from the window's own actions (Ctrl+Z, Ctrl+Shift+Z).
    QAction* undo = window.actions()->action(ActionId::Undo);
    QAction* redo = window.actions()->action(ActionId::Redo);
    REQUIRE(undo != nullptr);
    REQUIRE(redo != nullptr);
    CHECK(undo->shortcut() == QKeySequence(QKeySequence::Undo));
    undo->trigger();
    CHECK(storedTarget(path, id, 2025) == oldTarget);
    CHECK(statusShown(model, 2025) == before);
    redo->trigger();
    CHECK(storedTarget(path, id, 2025) == 50.0);
    CHECK(statusShown(model, 2025) == TargetStatus::Met);
}

TEST_CASE("gui: a lead adds a measure to a service and fills in its definition until it is complete")
{
    TempDir dir;
    const QString path = makeSample(dir);
    MainWindow window;
    REQUIRE(window.openFile(path));
    window.show();
    DocumentView* view = window.view();
    RowId serviceId = 0;
    for (const Service& service : window.document()->snapshot().services)
        if (service.number == 609)
            serviceId = service.id;
    REQUIRE(view->navigation()->select(NodeKind::Service, serviceId));
    CHECK(view->currentServiceId() == serviceId);

    QAction* add = window.actions()->action(ActionId::AddMeasure);
    CHECK(add->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    add->trigger();
    const RowId id = view->currentMeasureId();
    REQUIRE(id != 0);
    CHECK(storedMeasure(path, id).serviceId == serviceId);

    QWidget* editor = view->measurePage()->editor();
    const auto type = [editor](const QString& field, const QString& text) {
        if (auto* line = editor->findChild<QLineEdit*>(field)) {
            line->selectAll();
            QTest::keyClicks(line, text);
            return;
        }
        auto* paragraph = editor->findChild<QPlainTextEdit*>(field);
        REQUIRE(paragraph != nullptr);
        paragraph->selectAll();
        QTest::keyClicks(paragraph, text);
    };
    type(QStringLiteral("title"), QStringLiteral("Percent of EMS patients handed over within 30 minutes"));
    const QList<QPair<QString, QString>> answers{
        {QStringLiteral("description"), QStringLiteral("Share of EMS transports handed over within 30 minutes.")},
        {QStringLiteral("context_required"), QStringLiteral("Offload time depends on hospital staffing.")},
        {QStringLiteral("meaning"), QStringLiteral("Units waiting at hospitals cannot answer the next call.")},
        {QStringLiteral("data_use"), QStringLiteral("Weekly offload reports go to each hospital.")},
        {QStringLiteral("data_source"), QStringLiteral("ePCR (ImageTrend Elite)")},
        {QStringLiteral("data_location"), QStringLiteral("ImageTrend report 'Transfer of care times'")},
        {QStringLiteral("data_owner"), QStringLiteral("EMS Quality Improvement Coordinator")},
        {QStringLiteral("update_frequency"), QStringLiteral("Weekly")},
        {QStringLiteral("collection_method"), QStringLiteral("Crews record the transfer time in the ePCR.")},
        {QStringLiteral("formula"), QStringLiteral("Transports handed over within 30 minutes / all transports x 100")},
        {QStringLiteral("disaggregation"), QStringLiteral("By hospital and by battalion.")},
        {QStringLiteral("baseline"), QStringLiteral("62.5")},
    };
    for (const auto& [field, text] : answers)
        type(field, text);
    auto* measureType = editor->findChild<QComboBox*>(QStringLiteral("type"));
    auto* direction = editor->findChild<QComboBox*>(QStringLiteral("direction"));
    auto* baselineYear = editor->findChild<QComboBox*>(QStringLiteral("baseline_year"));
    REQUIRE(measureType);
    REQUIRE(direction);
    REQUIRE(baselineYear);
    QTest::keyClick(measureType, Qt::Key_Down); // the first of the four types
    QTest::keyClick(direction, Qt::Key_Down);
    QTest::keyClick(baselineYear, Qt::Key_End);
    // Leaving the measure commits what is still being typed.
    view->commitPending();
    QTest::qWait(800);

    const Measure stored = storedMeasure(path, id);
    INFO(rules::completeness(stored).missingFields.join(QStringLiteral(", ")).toStdString());
    CHECK(rules::completeness(stored).complete());
    CHECK(stored.title == QStringLiteral("Percent of EMS patients handed over within 30 minutes"));
    CHECK(stored.baseline == 62.5);
}
