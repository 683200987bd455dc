// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer's path through the real window, on the sample plan: reviewer mode from the View menu,
// the plan's measures under review, a proposed flag confirmed and another dismissed, a flag and a
// change-required comment of the reviewer's own (undone and redone), the rubric scored, a section
// comment, the plan returned and its review exported; the agency's answer; the comparison with the
// version before; resubmission, approval, the publish gate holding, the approved plan's lock, and
// a measure's history. Each step is checked in the plan file itself, read by a second opener.
#include "TempDir.h"

#include "io/PlanJsonImporter.h"
#include "review/ReviewFile.h"
#include "storage/FileSettings.h"
#include "storage/MeasureRepository.h"
#include "storage/PlanFile.h"
#include "storage/PlanRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/RubricRepository.h"
#include "ui/DocumentView.h"
#include "ui/MainWindow.h"
#include "ui/actions/ActionRegistry.h"
#include "ui/document/PlanDocument.h"
#include "ui/review/AuditHistoryView.h"
#include "ui/review/MeasureReviewPanel.h"
#include "ui/review/PlanDiffView.h"
#include "ui/review/PlanReviewPage.h"
#include "ui/review/ReviewMeasuresModel.h"
#include "ui/review/ReviewWorkflow.h"
#include "ui/review/ReviewWorkspace.h"
#include "ui/table/MeasuresTableModel.h"
#include "ui/table/MeasuresTableView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace ys;
using namespace ys::ui;

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace {

QString makeSample(const TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("sample.yardstick"));
    auto file = storage::PlanFile::create(path);
    REQUIRE(file.ok());
    REQUIRE(io::PlanJsonImporter::importFile(**file, QStringLiteral(YS_SOURCE_DIR "/resources/sample/sample-plan.json")).ok());
    return path;
}

// The plan file as a second program reads it.
struct Stored
{
    std::unique_ptr<storage::PlanFile> file;

    explicit Stored(const QString& path)
    {
        auto opened = storage::PlanFile::open(path, {storage::PlanFile::Access::ReadOnly, true, {}});
        REQUIRE(opened.ok());
        file = std::move(*opened);
    }
    Plan plan() const
    {
        auto plans = storage::PlanRepository(*file).plans();
        REQUIRE(plans.ok());
        REQUIRE(plans->size() == 1);
        return plans->front();
    }
    std::vector<ReviewItem> items() const
    {
        auto items = storage::ReviewRepository(*file).items(plan().id);
        REQUIRE(items.ok());
        return *items;
    }
    int count(ReviewItem::Kind kind, ReviewItem::State state) const
    {
        int n = 0;
        for (const ReviewItem& i : items())
            n += i.kind == kind && i.state == state;
        return n;
    }
};

// The first row of the reviewer's table whose flags column says `word`.
int rowWithFlags(const QAbstractItemModel* model, const QString& word)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, ReviewMeasuresModel::FlagsColumn).data().toString().contains(word))
            return row;
    return -1;
}

int rowInState(const QTableWidget* table, int stateColumn, const QString& state)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, stateColumn)->text() == state)
            return row;
    return -1;
}

} // namespace

TEST_CASE("review: the reviewer's path through the real window - flags, comments, rubric, return, export, answer, "
          "compare, approve, gate, lock, history")
{
    QStandardPaths::setTestModeEnabled(true); // the application's settings stay out of the user's
    TempDir dir;
    const QString path = makeSample(dir);
    const QString before = dir.path(QStringLiteral("before-review.yardstick"));
    REQUIRE(QFile::copy(path, before));

    MainWindow window;
    REQUIRE(window.openFile(path));
    window.show();
    DocumentView* view = window.view();
    ReviewWorkflow* workflow = window.review();
    REQUIRE(view != nullptr);
    QAction* reviewerMode = window.actions()->action(ActionId::ReviewerMode);
    REQUIRE(reviewerMode->isCheckable());
    CHECK_FALSE(reviewerMode->isChecked());
    QMenu* viewMenu = nullptr;
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(reviewerMode))
            viewMenu = menu->menu();
    REQUIRE(viewMenu != nullptr);
    CHECK(viewMenu->title() == QLatin1String("&View"));

    // The agency submits its plan from the plan review page.
    window.actions()->action(ActionId::ShowPlanReview)->trigger();
    CHECK(reviewerMode->isChecked());
    CHECK(view->mode() == DocumentView::Mode::PlanReview);
    PlanReviewPage* page = view->planReviewPage();
    REQUIRE(page->decisionButton(review::Decision::Submit)->isEnabled());
    CHECK_FALSE(page->decisionButton(review::Decision::Approve)->isEnabled());
    QTest::mouseClick(page->decisionButton(review::Decision::Submit), Qt::LeftButton);
    CHECK(Stored(path).plan().state == LifeCycle::Submitted);
    CHECK(storage::FileSettings(Stored(path).file->connection()).reviewerMode() == true);

    // The reviewer's table: every measure of the plan with status, completeness, SMART and flags.
    window.actions()->action(ActionId::ShowReview)->trigger();
    REQUIRE(view->mode() == DocumentView::Mode::Review);
    ReviewWorkspace* workspace = view->reviewWorkspace();
    QAbstractItemModelTester tester(workspace->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView* table = workspace->tableView();
    QAbstractItemModel* rows = table->model();
    CHECK(rows->rowCount() == 25);
    CHECK(rows->headerData(ReviewMeasuresModel::SmartColumn, Qt::Horizontal).toString() == QLatin1String("SMART"));
    CHECK(rows->index(0, ReviewMeasuresModel::CompletenessColumn).data().toString().contains(QLatin1Char('/')));

    // Confirm a flag the product proposes.
    const int proposedRow = rowWithFlags(rows, QStringLiteral("proposed"));
    REQUIRE(proposedRow >= 0);
    table->selectRow(proposedRow);
    MeasureReviewPanel* panel = workspace->panel();
    const RowId measure = panel->measureId();
    REQUIRE(measure == rows->index(proposedRow, 0).data(ReviewMeasuresModel::MeasureIdRole).toLongLong());
    const int flagRow = rowInState(panel->flagTable(), 1, QStringLiteral("Proposed"));
    REQUIRE(flagRow >= 0);
    const QString confirmedKind = panel->flagTable()->item(flagRow, 0)->text();
    panel->flagTable()->selectRow(flagRow);
    REQUIRE(panel->confirmButton()->isEnabled());
    QTest::mouseClick(panel->confirmButton(), Qt::LeftButton);
    CHECK(Stored(path).count(ReviewItem::Kind::Flag, ReviewItem::State::Confirmed) == 1);
    CHECK(Stored(path).plan().state == LifeCycle::InReview); // the reviewer's first work
    CHECK(rows->index(table->currentIndex().row(), ReviewMeasuresModel::FlagsColumn).data().toString().contains(
        QStringLiteral("1 confirmed")));

    // Dismiss another proposal on the same measure, when there is one.
    const int otherProposal = rowInState(panel->flagTable(), 1, QStringLiteral("Proposed"));
    if (otherProposal >= 0) {
        panel->flagTable()->selectRow(otherProposal);
        QTest::mouseClick(panel->dismissButton(), Qt::LeftButton);
        CHECK(Stored(path).count(ReviewItem::Kind::Flag, ReviewItem::State::Dismissed) == 1);
    }

    // A flag of the reviewer's own, with its comment.
    panel->flagKindChoice()->setCurrentIndex(panel->flagKindChoice()->findData(QStringLiteral("beyond_control")));
    QTest::keyClicks(panel->flagCommentEdit(), QStringLiteral("Response times depend on hospital diversions."));
    QTest::mouseClick(panel->addFlagButton(), Qt::LeftButton);
    bool ownFlag = false;
    for (const ReviewItem& i : Stored(path).items())
        ownFlag = ownFlag || (i.flagKind == QLatin1String("beyond_control") && i.state == ReviewItem::State::Confirmed &&
                              i.text == QLatin1String("Response times depend on hospital diversions.") &&
                              i.anchor.measureId == measure);
    CHECK(ownFlag);

    // A change-required comment on the measure; undone, it goes; redone, it comes back.
    QTest::keyClicks(panel->commentEdit(), QStringLiteral("<b>Define</b> the denominator."));
    panel->changeRequiredBox()->setChecked(true);
    QTest::mouseClick(panel->addCommentButton(), Qt::LeftButton);
    REQUIRE(Stored(path).count(ReviewItem::Kind::Comment, ReviewItem::State::Open) == 1);
    REQUIRE(panel->commentTable()->rowCount() == 1);
    CHECK(panel->commentTable()->item(0, 1)->text() == QLatin1String("<b>Define</b> the denominator.")); // plain text
    CHECK(panel->commentTable()->item(0, 2)->text() == QLatin1String("required"));
    QUndoStack* undo = window.document()->undoStack();
    undo->undo();
    CHECK(Stored(path).count(ReviewItem::Kind::Comment, ReviewItem::State::Open) == 0);
    CHECK(panel->commentTable()->rowCount() == 0);
    undo->redo();
    CHECK(Stored(path).count(ReviewItem::Kind::Comment, ReviewItem::State::Open) == 1);
    CHECK(panel->commentTable()->rowCount() == 1);
    CHECK(rows->index(table->currentIndex().row(), ReviewMeasuresModel::CommentsColumn).data().toString() ==
          QLatin1String("1 open"));

    // The rubric, scored through its score boxes, and a comment on the risks section.
    window.actions()->action(ActionId::ShowPlanReview)->trigger();
    QTableWidget* rubric = page->rubricTable();
    REQUIRE(rubric->rowCount() == 14);
    for (int row = 0; row < rubric->rowCount(); ++row) {
        auto* box = qobject_cast<QComboBox*>(rubric->cellWidget(row, 3));
        REQUIRE(box != nullptr);
        box->setCurrentIndex(row < 7 ? 3 : 2);
        emit box->activated(box->currentIndex());
    }
    CHECK(page->overallLabel()->text().contains(QStringLiteral("14 of 14")));
    {
        auto stored = storage::RubricRepository(*Stored(path).file).scores(Stored(path).plan().id);
        REQUIRE(stored.ok());
        CHECK(stored->size() == 14);
    }
    page->commentAnchorChoice()->setCurrentIndex(page->commentAnchorChoice()->findData(QStringLiteral("risks")));
    QTest::keyClicks(page->commentEdit(), QStringLiteral("Name the dispatch system this plan depends on."));
    QTest::mouseClick(page->addCommentButton(), Qt::LeftButton);
    CHECK(page->commentTable()->rowCount() == 2);

    // Return the plan, and export the review for the agency.
    QTest::mouseClick(page->decisionButton(review::Decision::Return), Qt::LeftButton);
    CHECK(Stored(path).plan().state == LifeCycle::Returned);
    CHECK(page->stateLabel()->text().contains(QStringLiteral("Returned")));
    CHECK_FALSE(page->decisionButton(review::Decision::Publish)->isEnabled());
    const QString reviewFile = dir.path(QStringLiteral("round1.yardstick-review"));
    workflow->exportReview(reviewFile);
    auto exported = review::ReviewFile::read(reviewFile);
    REQUIRE(exported.ok());
    REQUIRE(exported->plans.size() == 1);
    CHECK(exported->plans[0].items.size() == Stored(path).items().size());
    CHECK(exported->plans[0].scores.size() == 14);

    // The agency answers the comment and changes the measure's plan-year target; the reviewer compares.
    window.actions()->action(ActionId::ShowReview)->trigger();
    REQUIRE(workspace->selectMeasure(measure));
    const int openRow = rowInState(panel->commentTable(), 3, QStringLiteral("Open"));
    REQUIRE(openRow >= 0);
    panel->commentTable()->selectRow(openRow);
    REQUIRE(panel->resolveButton()->isEnabled());
    QTest::keyClicks(panel->answerEdit(), QStringLiteral("Denominator: all calls dispatched."));
    QTest::mouseClick(panel->resolveButton(), Qt::LeftButton);
    CHECK(Stored(path).count(ReviewItem::Kind::Comment, ReviewItem::State::Resolved) == 1);
    reviewerMode->trigger(); // off: the plain measures table
    CHECK_FALSE(reviewerMode->isChecked());
    window.actions()->action(ActionId::ShowTable)->trigger();
    CHECK(view->mode() == DocumentView::Mode::Table);
    MeasuresTableModel* measures = view->table()->model();
    REQUIRE(measures->setData(measures->index(measures->rowOf(measure), MeasuresTableModel::TargetColumn),
                              QStringLiteral("12345")));
    PlanDiffView* diff = workflow->compareWith(before);
    REQUIRE(diff != nullptr);
    REQUIRE(diff->diff().plans.size() == 1);
    CHECK(diff->diff().plans[0].changed.size() == 1);
    CHECK(diff->diff().plans[0].changed[0].measure.id == measure);
    CHECK(diff->tree()->findItems(QStringLiteral("Measures changed (1)"), Qt::MatchRecursive).size() == 1);
    diff->close();

    // Resubmitted, approved; publishing is refused while last year's actuals are missing.
    reviewerMode->trigger();
    window.actions()->action(ActionId::ShowPlanReview)->trigger();
    QTest::mouseClick(page->decisionButton(review::Decision::Submit), Qt::LeftButton);
    CHECK(Stored(path).plan().state == LifeCycle::Resubmitted);
    CHECK(Stored(path).plan().version == 2);
    QTest::mouseClick(page->decisionButton(review::Decision::Approve), Qt::LeftButton);
    CHECK(Stored(path).plan().state == LifeCycle::Approved);
    QTest::mouseClick(page->decisionButton(review::Decision::Publish), Qt::LeftButton);
    CHECK(Stored(path).plan().state == LifeCycle::Approved);
    CHECK(page->findChildren<QLabel*>().size() > 0);
    bool gateSaid = false;
    for (QLabel* label : page->findChildren<QLabel*>())
        gateSaid = gateSaid || label->text().contains(QStringLiteral("does not pass the publish gate"));
    CHECK(gateSaid);

    // The approved plan's measures are locked: a title edit is refused and the file keeps the old title.
    const QString title = window.document()->snapshot().measure(measure)->title;
    reviewerMode->trigger();
    window.actions()->action(ActionId::ShowTable)->trigger();
    measures->setData(measures->index(measures->rowOf(measure), MeasuresTableModel::TitleColumn), QStringLiteral("Renamed"));
    {
        auto stored = storage::MeasureRepository(*Stored(path).file).measure(measure);
        REQUIRE(stored.ok());
        CHECK(stored->title == title);
    }

    // The measure's history, on screen.
    workflow->showHistory(false, measure);
    auto* history = window.findChild<AuditHistoryView*>();
    REQUIRE(history != nullptr);
    CHECK(history->entryCount() >= 1);
    CHECK(history->table()->rowCount() == history->entryCount());
    bool targetChange = false;
    for (int row = 0; row < history->table()->rowCount(); ++row)
        targetChange = targetChange || history->table()->item(row, 5)->text() == QLatin1String("12345");
    CHECK(targetChange);
    history->close();
}
