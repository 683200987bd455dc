// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick-review-screenshots PLAN OUTDIR: the review's screenshots at 1366x768 on a copy of PLAN
// (the sample plan): review-mode.png (the reviewer's measures table with a measure's flags and
// comments), review-plan.png (rubric, comments, decisions) and review-diff.png (what changed
// between the reviewed version and the agency's resubmission).
#include "review/FlagKind.h"
#include "review/ReviewItemBuilder.h"
#include "review/ReviewSummary.h"
#include "ui/DocumentView.h"
#include "ui/MainWindow.h"
#include "ui/actions/ActionRegistry.h"
#include "ui/document/PlanDocument.h"
#include "ui/review/MeasureReviewPanel.h"
#include "ui/review/PlanDiffView.h"
#include "ui/review/PlanReviewPage.h"
#include "ui/review/ReviewCommands.h"
#include "ui/review/ReviewDocument.h"
#include "ui/review/ReviewMeasuresModel.h"
#include "ui/review/ReviewWorkflow.h"
#include "ui/review/ReviewWorkspace.h"
#include "ui/commands/MeasureCommands.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QStatusBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <cstdio>

using namespace ys;
using namespace ys::ui;

namespace {

void save(QWidget* widget, const QString& path)
{
    if (auto* window = qobject_cast<QMainWindow*>(widget))
        window->statusBar()->clearMessage(); // no stale "returned" message over a later screen
    QTest::qWait(200);
    if (!widget->grab().save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

RowId measureTitled(const PlanDocument& document, const QString& part)
{
    for (const Measure& m : document.snapshot().measures)
        if (m.title.contains(part, Qt::CaseInsensitive))
            return m.id;
    return 0;
}

// The reviewer's work on the measure, through the same undo commands the panel pushes.
void reviewMeasure(ReviewDocument& review, RowId planId, RowId measureId)
{
    PlanDocument& document = review.document();
    std::vector<ReviewItem> items;
    for (review::FlagKind kind : {review::FlagKind::OutputOnlyFamily, review::FlagKind::BeyondControl}) {
        auto flag = review::ReviewItemBuilder::flag(
            document.file(), document.snapshot(), items,
            {planId, measureId, kind,
             kind == review::FlagKind::BeyondControl ? QStringLiteral("Response times depend on hospital diversions.")
                                                     : QString(),
             false});
        if (flag)
            document.undoStack()->push(new ReviewItemCommand(review, std::nullopt, *flag, QStringLiteral("flag")));
    }
    ReviewAnchor anchor{ReviewAnchor::Kind::Measure, planId, {}, measureId, 0, {}};
    auto comment = review::ReviewItemBuilder::comment(
        document.file(), document.snapshot(),
        {anchor, QStringLiteral("The formula gives no denominator: which calls count?"), true});
    if (comment)
        document.undoStack()->push(new ReviewItemCommand(review, std::nullopt, *comment, QStringLiteral("comment")));
    anchor.kind = ReviewAnchor::Kind::Value;
    anchor.fiscalYear = 2027;
    anchor.period = QStringLiteral("annual");
    auto value = review::ReviewItemBuilder::comment(document.file(), document.snapshot(),
                                                    {anchor, QStringLiteral("The FY27 target is below the FY25 actual."), false});
    if (value)
        document.undoStack()->push(new ReviewItemCommand(review, std::nullopt, *value, QStringLiteral("comment")));
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: yardstick-review-screenshots PLAN OUTDIR\n");
        return 2;
    }
    const QDir out(args[2]);
    QDir().mkpath(out.path());
    // Work on a copy; the version the reviewer returns is saved beside it.
    const QString reviewed = out.filePath(QStringLiteral("reviewed.yardstick"));
    const QString working = out.filePath(QStringLiteral("resubmitted.yardstick"));
    for (const QString& copy : {reviewed, working})
        QFile::remove(copy);
    if (!QFile::copy(args[1], working))
        return 3;

    MainWindow window;
    window.resize(1366, 768);
    if (!window.openFile(working))
        return 3;
    window.show();
    DocumentView* view = window.view();
    ReviewDocument& review = *view->review();
    const RowId planId = view->reviewPlanId();
    window.actions()->action(ActionId::ShowPlanReview)->trigger();
    (void)review.decide(planId, review::Decision::Submit);

    // The reviewer's measures table, on the EMS response measure with its flags and comments.
    const RowId measure = measureTitled(*window.document(), QStringLiteral("within 9 minutes"));
    reviewMeasure(review, planId, measure);
    const RowId second = measureTitled(*window.document(), QStringLiteral("EMS fees"));
    if (second)
        reviewMeasure(review, planId, second);

    // The plan review: a scored rubric, the plan's comments, and the plan returned.
    window.actions()->action(ActionId::ShowPlanReview)->trigger();
    PlanReviewPage* page = view->planReviewPage();
    const int scores[] = {3, 2, 3, 2, 3, 2, 2, 3, 2, 2, 3, 1, 3, 2};
    for (int row = 0; row < page->rubricTable()->rowCount() && row < 14; ++row)
        page->score(row, scores[row]);
    page->decisionButton(review::Decision::Return)->click();
    save(&window, out.filePath(QStringLiteral("review-plan.png")));
    if (!window.document()->file().saveAs(reviewed))
        return 4;

    // The agency changes two targets and a formula; the reviewer compares with the reviewed version.
    auto setTarget = [&](RowId id, double target) {
        for (Value v : window.document()->snapshot().valuesOf(id))
            if (v.fiscalYear == 2027 && v.period == Period::Annual) {
                const Value before = v;
                v.target.number = target;
                v.target.raw = QString::number(target);
                v.target.note = QStringLiteral("Raised after the review.");
                window.document()->undoStack()->push(new SetValueCommand(*window.document(), before, v, QStringLiteral("target")));
                return;
            }
    };
    setTarget(measure, 92);
    if (second)
        setTarget(second, 85);
    if (const Measure* m = window.document()->snapshot().measure(measure)) {
        Measure edited = *m;
        edited.element(Element::Formula) = QStringLiteral("Responses within 9 minutes / all priority 1 responses");
        window.document()->undoStack()->push(new SetMeasureCommand(*window.document(), *m, edited, QStringLiteral("formula")));
    }
    // The agency answers the change-required comment and resubmits.
    if (const review::ReviewSummary* summary = review.summary(planId))
        for (const auto& c : summary->comments)
            if (c.item.anchor.measureId == measure && c.item.changeRequired) {
                auto resolved = review::ReviewItemBuilder::resolution(
                    window.document()->file(), c.item, QStringLiteral("The denominator is every priority 1 response."));
                if (resolved)
                    window.document()->undoStack()->push(new ReviewItemCommand(review, c.item, *resolved, QStringLiteral("resolve")));
                break;
            }
    (void)review.decide(planId, review::Decision::Submit);

    // The reviewer's measures table in the second round: what changed since the review stands out.
    window.actions()->action(ActionId::ShowReview)->trigger();
    view->reviewWorkspace()->selectMeasure(measure);
    save(&window, out.filePath(QStringLiteral("review-mode.png")));

    PlanDiffView* diff = window.review()->compareWith(reviewed);
    if (!diff)
        return 4;
    diff->resize(1280, 560);
    save(diff, out.filePath(QStringLiteral("review-diff.png")));
    return 0;
}
