// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick-screenshots PLAN OUTDIR [TITLE [SEARCH]]: the README's screenshots of the main window at
// 1366x768, on PLAN, with the first measure whose title contains TITLE selected, and SEARCH typed
// into the navigation search box for the main window's picture.
#include "ui/DocumentView.h"
#include "ui/MainWindow.h"
#include "ui/MeasurePage.h"
#include "ui/document/PlanDocument.h"
#include "ui/navigation/NavigationView.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

#include <cstdio>

namespace {

void save(QWidget* widget, const QString& path)
{
    QTest::qWait(200);
    if (!widget->grab().save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: yardstick-screenshots PLAN OUTDIR [TITLE [SEARCH]]\n");
        return 2;
    }
    const QString title = args.value(3, QStringLiteral("zoning appeal to a public hearing"));
    QDir().mkpath(args[2]);
    ys::ui::MainWindow window;
    window.resize(1366, 768);
    if (!window.openFile(args[1]))
        return 3;
    window.show();
    ys::ui::DocumentView* view = window.view();
    ys::RowId chosen = 0;
    for (const ys::Measure& m : window.document()->snapshot().measures)
        if (m.title.contains(title, Qt::CaseInsensitive)) {
            chosen = m.id;
            break;
        }
    const QDir out(args[2]);
    // The main window as a person finds a measure: part of its title typed in the search box.
    QLineEdit* search = view->navigation()->searchEdit();
    search->setText(args.value(4, QStringLiteral("hearing")));
    if (chosen)
        view->showMeasure(chosen);
    save(&window, out.filePath(QStringLiteral("main-window.png")));
    search->clear();
    if (chosen)
        view->showMeasure(chosen);
    save(&window, out.filePath(QStringLiteral("values-grid.png")));
    view->measurePage()->tabs()->setCurrentIndex(1);
    save(&window, out.filePath(QStringLiteral("measure-editor.png")));
    view->setMode(ys::ui::DocumentView::Mode::Table);
    save(&window, out.filePath(QStringLiteral("measures-table.png")));
    return 0;
}
