// SPDX-License-Identifier: GPL-3.0-or-later
// Undo across a removal and back: rows that come back must come back whole.
#include "EditorFixture.h"

#include "ui/editors/GoalTableModel.h"
#include "ui/editors/GoalsEditor.h"
#include "ui/editors/PlanSectionsEditor.h"
#include "ui/editors/SectionTablePanel.h"

#include <QAction>
#include <QTableView>
#include <QUndoStack>

using namespace ys;
using namespace ys::ui;

TEST_CASE("gui: undoing a goal's removal brings it back with its initiatives")
{
    EditorFixture f;
    PlanSectionsEditor editor(*f.doc);
    editor.setPlan(f.planId());
    GoalsEditor* goals = editor.goals();
    storage::PlanRepository plans(f.doc->file());
    const Goal first = plans.goals(f.planId())->front();
    const std::size_t initiatives = plans.initiatives(first.id)->size();
    REQUIRE(initiatives == 3);

    goals->goals()->view()->setCurrentIndex(goals->model()->index(0, 0));
    goals->goals()->removeRowAction()->trigger();
    REQUIRE(plans.goals(f.planId())->size() == 2);
    f.doc->undoStack()->undo();
    const auto back = plans.goals(f.planId());
    REQUIRE(back->size() == 3);
    RowId restored = 0;
    for (const Goal& goal : *back)
        if (goal.uid == first.uid)
            restored = goal.id;
    REQUIRE(restored != 0);
    CHECK(plans.initiatives(restored)->size() == initiatives);
}

TEST_CASE("gui: undoing an edit made before its row was removed and brought back restores the row")
{
    EditorFixture f;
    storage::PlanRepository plans(f.doc->file());
    QUndoStack* undo = f.doc->undoStack();
    const Risk first = plans.risks(f.planId())->front();
    Risk edited = first;
    edited.mitigation = QStringLiteral("A new mitigation");
    undo->push(new SectionCommand<Risk>(*f.doc, first, edited, QStringLiteral("Edit mitigation")));
    undo->push(new SectionCommand<Risk>(*f.doc, edited, std::nullopt, QStringLiteral("Remove risk")));
    undo->undo(); // the risk comes back
    undo->undo(); // and its mitigation is put back as it was
    std::optional<Risk> back;
    const auto risks = plans.risks(f.planId());
    for (const Risk& risk : *risks)
        if (risk.uid == first.uid)
            back = risk;
    REQUIRE(back);
    CHECK(back->mitigation == first.mitigation);
}
