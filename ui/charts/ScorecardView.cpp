// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScorecardView.h"

#include "ChartExportActions.h"

#include "domain/FiscalYear.h"
#include "report/StatusStyle.h"
#include "report/charts/ScorecardBuilder.h"
#include "report/charts/ScorecardPainter.h"
#include "rules/MeasureStatus.h"
#include "ui/document/PlanDocument.h"
#include "ui/editors/PlainText.h"
#include "ui/navigation/StatusIcon.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace ys::ui {

ScorecardView::ScorecardView(PlanDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_title = PlainText::label({}, this, true);
    m_title->setObjectName(QStringLiteral("scorecardTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_caption = PlainText::label({}, this, true);
    m_caption->setObjectName(QStringLiteral("scorecardCaption"));

    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("scorecardYear"));
    m_year->setAccessibleName(tr("Fiscal year of the statuses"));
    m_year->setToolTip(tr("Judge each measure in its latest year with a target and an actual, or every measure in one year."));
    auto* yearLabel = new QLabel(tr("Status &year:"), this);
    yearLabel->setBuddy(m_year);
    auto* controls = new QHBoxLayout;
    controls->addWidget(yearLabel);
    controls->addWidget(m_year);
    controls->addStretch(1);

    m_chartView = new QChartView(new QChart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Scorecard: measures by type and status"));
    m_chartView->setMinimumHeight(220);
    m_chartView->setToolTip(tr("Click a bar to list its measures."));

    m_listTitle = PlainText::label(tr("Click a bar to list the measures behind it."), this, true);
    m_listTitle->setObjectName(QStringLiteral("scorecardListTitle"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("scorecardMeasures"));
    m_list->setAccessibleName(tr("Measures behind the chosen bar"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Measure"), tr("Status"), tr("Service"), tr("Plan owner")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    for (int column = 1; column < 4; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->setToolTip(tr("Double-click a measure, or press Enter, to open it."));
    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_listTitle);
    listLayout->addWidget(m_list);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(listPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_caption);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    m_export = new ChartExportActions(m_chartView, [this] {
        return ChartExportActions::Source{
            [card = m_card](QPainter& painter, const QRectF& rect) { charts::ScorecardPainter::paint(painter, rect, card); },
            QSizeF(270, 190), tr("Scorecard %1").arg(m_card.scopeName)};
    });

    connect(m_year, &QComboBox::activated, this, [this] {
        const int year = m_year->currentData().toInt();
        setFiscalYear(year ? std::optional<int>(year) : std::nullopt);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item)
            emit measureActivated(item->data(0, Qt::UserRole).toLongLong());
    });
    for (auto signal : {&PlanDocument::valuesChanged, &PlanDocument::measureChanged, &PlanDocument::measureAdded,
                        &PlanDocument::measureRemoved})
        connect(&document, signal, this, &ScorecardView::refreshLater);
    connect(&document, &PlanDocument::reloaded, this, &ScorecardView::refreshLater);
}

ScorecardView::~ScorecardView() = default;

void ScorecardView::setScope(const charts::ScorecardScope& scope)
{
    m_scope = scope;
    m_drilled.reset();
    m_dirty = true;
    refresh();
}

void ScorecardView::setFiscalYear(std::optional<int> year)
{
    m_fiscalYear = year;
    m_dirty = true;
    refresh();
}

QString ScorecardView::captionText() const
{
    return m_caption->text();
}

void ScorecardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ScorecardView::refreshLater()
{
    m_dirty = true;
    if (isVisible())
        refresh();
}

void ScorecardView::fillYears()
{
    std::set<int> years;
    for (const auto& list : m_document.snapshot().values)
        for (const Value& v : list)
            if (v.period == Period::Annual && v.target.number && v.actual.number)
                years.insert(v.fiscalYear);
    m_year->clear();
    m_year->addItem(tr("Each measure's latest year with a target and an actual"), 0);
    for (auto it = years.rbegin(); it != years.rend(); ++it)
        m_year->addItem(FiscalYear(*it).label(), *it);
    m_year->setCurrentIndex(std::max(0, m_year->findData(m_fiscalYear.value_or(0))));
}

void ScorecardView::refresh()
{
    m_dirty = false;
    charts::ScorecardBuilder::Options options;
    options.planCycle = m_document.currentCycle();
    options.fiscalYear = m_fiscalYear;
    m_card = charts::ScorecardBuilder::build(m_document.snapshot(), m_scope, options);
    m_title->setText(tr("Scorecard: %1").arg(m_card.scopeName));
    m_caption->setText(m_card.yearCaption() + QLatin1Char('\n') + charts::ScorecardPainter::countCaption(m_card));
    fillYears();

    QChart* old = m_chartView->chart();
    m_chart = report::ScorecardQChart::build(m_card);
    m_chartView->setChart(m_chart.chart);
    delete old;
    for (QBarSet* set : m_chart.sets)
        connect(set, &QBarSet::clicked, this, [this, set](int index) {
            TargetStatus status = TargetStatus::NoData;
            charts::ScorecardRow row = charts::ScorecardRow::Other;
            if (m_chart.locate(set, index, status, row))
                drillDown(row, status);
        });
    if (m_drilled)
        drillDown(m_drilled->first, m_drilled->second);
    else
        m_list->clear();
}

void ScorecardView::drillDown(charts::ScorecardRow row, TargetStatus status)
{
    m_drilled = std::pair(row, status);
    const auto& snapshot = m_document.snapshot();
    const auto& ids = m_card.cell(row, status);
    const report::StatusStyle style = report::StatusStyle::of(status);
    const QString count = ids.size() == 1 ? tr("1 measure") : tr("%1 measures").arg(ids.size());
    m_listTitle->setText(tr("%1 · %2: %3").arg(charts::ScorecardPainter::rowLabel(row), style.labelled(), count));
    m_list->clear();
    for (RowId id : ids) {
        const Measure* measure = snapshot.measure(id);
        if (!measure)
            continue;
        const rules::MeasureYearStatus yearStatus =
            rules::measureStatus(*measure, snapshot.valuesOf(id), m_fiscalYear, snapshot.defaultTolerance);
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, measure->title.trimmed().isEmpty() ? tr("Untitled measure") : measure->title);
        item->setToolTip(0, PlainText::toolTip(measure->title));
        item->setIcon(1, StatusIcon::of(yearStatus.status));
        item->setText(1, yearStatus.fiscalYear ? tr("%1 in %2").arg(style.text, FiscalYear(yearStatus.fiscalYear).label())
                                               : style.text);
        const Service* service = snapshot.service(measure->serviceId);
        item->setText(2, service ? tr("Service %1").arg(service->number) : QString());
        item->setToolTip(2, service ? PlainText::toolTip(service->displayName()) : QString());
        const PlanOwner* owner = snapshot.owner(measure->ownerId);
        item->setText(3, owner ? owner->name : QString());
        item->setData(0, Qt::UserRole, qlonglong(id));
    }
}

} // namespace ys::ui
