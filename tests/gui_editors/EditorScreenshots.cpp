// SPDX-License-Identifier: GPL-3.0-or-later
// Not a check: pictures of the editors with the sample plan, for people to look at. Hidden; run
// with `test_gui_editors "[.screenshots]"`; they are written to $YS_SCREENSHOT_DIR (default /tmp).
#include "EditorFixture.h"

#include "ui/editors/MeasureEditor.h"
#include "ui/editors/PlanSectionsEditor.h"
#include "ui/editors/ServiceEditor.h"

#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>

using namespace ys;
using namespace ys::ui;

namespace {

void save(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariableIsEmpty("YS_SCREENSHOT_DIR")
                               ? QStringLiteral("/tmp")
                               : qEnvironmentVariable("YS_SCREENSHOT_DIR");
    QTest::qWait(50);
    CHECK(widget.grab().save(folder + QStringLiteral("/editor-") + name + QStringLiteral(".png")));
}

} // namespace

TEST_CASE("gui: editor screenshots", "[.screenshots]")
{
    EditorFixture f;
    {
        MeasureEditor editor(*f.doc);
        editor.setMeasure(
            f.measureTitled(QStringLiteral("# of City and BOPA-sponsored events accommodated")));
        showActive(editor, 820, 700);
        save(editor, QStringLiteral("measure-incomplete"));
        editor.setMeasure(f.measureTitled(QStringLiteral("Cardiac survival rate")));
        auto* formula = child<QPlainTextEdit>(editor, QStringLiteral("formula"));
        formula->selectAll();
        QTest::keyClicks(formula, QStringLiteral("Number of cardiac arrest survivors"));
        save(editor, QStringLiteral("measure-top"));
        auto* scroll = editor.findChild<QScrollArea*>();
        scroll->ensureWidgetVisible(formula);
        save(editor, QStringLiteral("measure-data"));
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        save(editor, QStringLiteral("measure-target"));
        // A narrow detail pane beside the navigation tree.
        editor.resize(540, 480);
        scroll->verticalScrollBar()->setValue(0);
        save(editor, QStringLiteral("measure-narrow"));
    }
    {
        PlanSectionsEditor editor(*f.doc);
        editor.setPlan(f.planId());
        showActive(editor, 820, 600);
        for (int tab = 0; tab < editor.tabs()->count(); ++tab) {
            editor.tabs()->setCurrentIndex(tab);
            save(editor, QStringLiteral("sections-%1").arg(tab));
        }
        editor.resize(600, 480);
        editor.tabs()->setCurrentIndex(1);
        save(editor, QStringLiteral("sections-narrow"));
    }
    {
        ServiceEditor editor(*f.doc);
        editor.setService(
            f.doc->snapshot().measure(f.measureTitled(QStringLiteral("# of EMS Incidents")))->serviceId);
        showActive(editor, 820, 600);
        save(editor, QStringLiteral("service"));
    }
}
