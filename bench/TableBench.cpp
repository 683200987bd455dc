// SPDX-License-Identifier: GPL-3.0-or-later
// Figures of the plan-wide views on a whole city's plan (the Baltimore workbook through the
// "baltimore-xlsx" importer; 1,500 synthetic measures when that importer or the workbook is
// missing): building the navigation tree and the measures table, and filtering each per keystroke
// while typing "days". Under a QApplication the views are shown and each keystroke includes their
// repaint; under a QCoreApplication the models and their filters are timed alone.
#include "BenchRegistry.h"
#include "CityPlan.h"

#include "ui/document/PlanDocument.h"
#include "ui/navigation/NavigationFilter.h"
#include "ui/navigation/NavigationModel.h"
#include "ui/navigation/NavigationView.h"
#include "ui/table/MeasuresFilter.h"
#include "ui/table/MeasuresTableModel.h"
#include "ui/table/MeasuresTableView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>

#include <algorithm>
#include <climits>
#include <functional>
#include <memory>
#include <vector>

namespace ys::bench {
namespace {

constexpr int Rounds = 5;
const QString Typed = QStringLiteral("days");

// What a view reads after a filter change: every shown row's text in the first `rows` rows, and
// their children (the navigation view opens every branch while searching).
int readLikeAView(const QAbstractItemModel& model, int rows, const QModelIndex& parent = {})
{
    int read = 0;
    const int shown = std::min(rows, model.rowCount(parent));
    for (int row = 0; row < shown; ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column)
            read += model.index(row, column, parent).data().toString().isEmpty() ? 0 : 1;
        read += readLikeAView(model, rows, model.index(row, 0, parent));
    }
    return read;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

// Types "days" letter by letter through `type` (given the text so far), Rounds times; each
// keystroke's time includes the events it causes (the views' repaint when there are views).
QString perKeystroke(const std::function<void(const QString&)>& type)
{
    std::vector<double> times;
    for (int round = 0; round < Rounds; ++round) {
        type(QString());
        QCoreApplication::processEvents();
        for (int length = 1; length <= Typed.size(); ++length) {
            QElapsedTimer timer;
            timer.start();
            type(Typed.left(length));
            QCoreApplication::processEvents();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    return QStringLiteral("%1 ms per keystroke (median over typing '%2', %3 rounds; slowest %4 ms)")
        .arg(median(times), 0, 'f', 1)
        .arg(Typed)
        .arg(Rounds)
        .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 1);
}

void tableFigures(BenchOutput& out)
{
    QTemporaryDir dir;
    QString what;
    std::unique_ptr<ui::PlanDocument> doc = cityPlan(dir.filePath(QStringLiteral("city.yardstick")), what);
    out.figure(QStringLiteral("views plan"), what);
    if (!doc)
        return;

    if (qobject_cast<QApplication*>(QCoreApplication::instance())) {
        QElapsedTimer timer;
        timer.start();
        ui::NavigationView navigation(*doc);
        ui::MeasuresTableView table(*doc);
        navigation.resize(320, 700);
        table.resize(1300, 600);
        navigation.show();
        table.show();
        QCoreApplication::processEvents();
        out.figure(QStringLiteral("window model build"),
                   QStringLiteral("%1 ms (navigation tree and measures table, built and shown)").arg(timer.elapsed()));
        out.figure(QStringLiteral("measures table filter"),
                   perKeystroke([&](const QString& text) { table.filterEdit()->setText(text); }));
        out.figure(QStringLiteral("navigation search"),
                   perKeystroke([&](const QString& text) { navigation.searchEdit()->setText(text); }));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    ui::NavigationModel navigation(*doc);
    ui::NavigationFilter navigationFilter;
    navigationFilter.setSourceModel(&navigation);
    ui::MeasuresTableModel table(*doc);
    ui::MeasuresFilter tableFilter;
    tableFilter.setSourceModel(&table);
    tableFilter.sort(ui::MeasuresTableModel::TitleColumn);
    out.figure(QStringLiteral("window model build"),
               QStringLiteral("%1 ms (navigation and measures table models, no views: no QApplication)").arg(timer.elapsed()));
    out.figure(QStringLiteral("measures table filter"),
               perKeystroke([&](const QString& text) {
                   tableFilter.setFilterText(text);
                   readLikeAView(tableFilter, 30); // the rows a 600-pixel table shows
               }) + QStringLiteral(", models only"));
    out.figure(QStringLiteral("navigation search"),
               perKeystroke([&](const QString& text) {
                   navigationFilter.setFilterText(text);
                   readLikeAView(navigationFilter, text.isEmpty() ? 0 : INT_MAX); // every branch opened
               }) + QStringLiteral(", models only"));
}

const BenchGroup group("table", tableFigures);

} // namespace
} // namespace ys::bench
