// SPDX-License-Identifier: GPL-3.0-or-later
// Figures of the plan-wide views on a whole city's plan (the Baltimore workbook through the
// "baltimore-xlsx" importer; 1,500 synthetic measures when that importer or the workbook is
// missing): building the navigation tree and the measures table, and filtering each per keystroke
// while typing "days". Under a QApplication the views are shown and each keystroke includes their
// repaint; under a QCoreApplication the models and their filters are timed alone.
#include "BenchRegistry.h"

#include "io/Importers.h"
#include "storage/MeasureRepository.h"
#include "storage/PlanRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/Transaction.h"
#include "ui/document/PlanDocument.h"
#include "ui/navigation/NavigationFilter.h"
#include "ui/navigation/NavigationModel.h"
#include "ui/navigation/NavigationView.h"
#include "ui/table/MeasuresFilter.h"
#include "ui/table/MeasuresTableModel.h"
#include "ui/table/MeasuresTableView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
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

// 56 plan owners (some agencies with three), 150 services, 1,500 measures with seven years of values.
bool generate(storage::PlanFile& file)
{
    storage::Transaction tx(file.connection());
    storage::ReferenceRepository reference(file);
    storage::MeasureRepository measures(file);
    std::vector<RowId> owners, plans, services;
    for (int a = 0; a < 40; ++a) {
        auto agency = reference.addAgency(Agency{0, QStringLiteral("AGC%1").arg(1000 + a), QStringLiteral("Agency %1").arg(a)});
        if (!agency)
            return false;
        for (int o = 0; o < (a < 8 ? 3 : 1); ++o) {
            auto owner = reference.addOwner(PlanOwner{0, *agency, QStringLiteral("Owner %1.%2").arg(a).arg(o), o > 0});
            Plan plan;
            plan.ownerId = owner ? *owner : 0;
            plan.cycle = 2027;
            auto planId = storage::PlanRepository(file).addPlan(plan);
            if (!owner || !planId)
                return false;
            owners.push_back(*owner);
            plans.push_back(*planId);
        }
    }
    for (int s = 0; s < 150; ++s) {
        Service service;
        service.number = 100 + s * 5;
        service.code = QStringLiteral("SRV%1").arg(service.number, 4, 10, QLatin1Char('0'));
        service.name = QStringLiteral("Service area %1").arg(s);
        service.ownerId = owners[size_t(s) % owners.size()];
        auto id = reference.addService(service);
        if (!id)
            return false;
        services.push_back(*id);
    }
    const QStringList titles{QStringLiteral("days to close"), QStringLiteral("percent of residents"),
                             QStringLiteral("number of inspections"), QStringLiteral("cost per permit"),
                             QStringLiteral("average response time"), QStringLiteral("calls answered")};
    for (int i = 0; i < 1500; ++i) {
        const size_t service = size_t(i) % services.size();
        Measure m;
        m.ownerId = owners[service % owners.size()];
        m.serviceId = services[service];
        m.title = QStringLiteral("%1 %2").arg(titles[i % titles.size()]).arg(i);
        m.type = MeasureType(i % 4);
        m.direction = Direction(i % 3);
        m.unit = Unit(i % 7);
        auto id = measures.addMeasure(m, {plans[service % owners.size()]});
        if (!id)
            return false;
        for (int year = 2021; year <= 2027; ++year) {
            Value v{*id, year, Period::Annual};
            v.target.number = 100.0 + i % 17;
            if (year < 2026)
                v.actual.number = 80.0 + (i * year) % 41;
            if (!measures.setValue(v))
                return false;
        }
    }
    return tx.commit().ok();
}

// The plan the figures are measured on, and what it is ("the Baltimore workbook, 835 measures").
std::unique_ptr<ui::PlanDocument> cityPlan(const QString& path, QString& what)
{
    auto created = ui::PlanDocument::create(path);
    if (!created) {
        what = QStringLiteral("failed: %1").arg(created.error().describe());
        return nullptr;
    }
    std::unique_ptr<ui::PlanDocument> doc = std::move(*created);
    const QString workbook = sharedData(QStringLiteral("baltimore/Performance_Data.xlsx"));
    const io::ImportFormat* baltimore = io::importFormat(QStringLiteral("baltimore-xlsx"));
    if (baltimore && QFileInfo::exists(workbook)) {
        auto report = baltimore->run(doc->file(), workbook, io::ImportOptions{});
        what = report ? QStringLiteral("the Baltimore workbook") : QStringLiteral("failed: %1").arg(report.error().describe());
    } else {
        what = generate(doc->file()) ? QStringLiteral("synthetic") : QStringLiteral("failed: the synthetic plan");
    }
    if (what.startsWith(QLatin1String("failed")) || !doc->reload())
        return nullptr;
    what += QStringLiteral(", %1 measures, %2 plan owners").arg(doc->snapshot().measures.size()).arg(doc->snapshot().owners.size());
    return doc;
}

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
