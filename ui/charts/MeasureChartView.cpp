// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureChartView.h"

#include "ChartExportActions.h"

#include "report/MeasureQChart.h"
#include "report/charts/MeasureChartBuilder.h"
#include "report/charts/MeasureChartPainter.h"
#include "ui/document/PlanDocument.h"
#include "ui/editors/PlainText.h"
#include "ui/navigation/StatusIcon.h"

#include <QAbstractSeries>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>

#include <cmath>

namespace ys::ui {

MeasureChartView::MeasureChartView(PlanDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_direction = new QLabel(this);
    m_direction->setTextFormat(Qt::PlainText);
    m_direction->setObjectName(QStringLiteral("chartDirection"));
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("chartStatus"));
    m_statusIcon = new QLabel(this);
    m_statusIcon->setObjectName(QStringLiteral("chartStatusIcon"));
    QFont bold = m_direction->font();
    bold.setBold(true);
    m_direction->setFont(bold);

    const auto makeView = [this](const QString& name) {
        auto* view = new QChartView(report::MeasureQChart::build({}, {}, m_tips), this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setAccessibleName(name);
        view->setMinimumHeight(150);
        view->setContextMenuPolicy(Qt::NoContextMenu); // the view's own menu (export)
        return view;
    };
    m_years = makeView(tr("Actuals and targets by fiscal year"));
    m_quarters = makeView(tr("Quarters of the current year"));

    auto* header = new QHBoxLayout;
    header->setContentsMargins(4, 0, 4, 0);
    header->addWidget(m_direction);
    header->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* status = new QHBoxLayout;
    status->setContentsMargins(4, 0, 4, 0);
    status->addWidget(m_statusIcon, 0, Qt::AlignTop);
    status->addWidget(m_status, 1);
    layout->addLayout(header);
    layout->addLayout(status);
    layout->addWidget(m_years, 3);
    layout->addWidget(m_quarters, 2);

    m_export = new ChartExportActions(this, [this] {
        return ChartExportActions::Source{
            [model = m_model](QPainter& painter, const QRectF& rect) { charts::MeasureChartPainter::paint(painter, rect, model); },
            charts::ChartExport::halfPage(), m_model.title};
    });

    // Edits redraw once the event loop runs again: a pasted block of many cells redraws once.
    connect(&document, &PlanDocument::valuesChanged, this, [this](RowId id) {
        if (id == m_id)
            rebuildSoon();
    });
    connect(&document, &PlanDocument::measureChanged, this, [this](RowId id) {
        if (id == m_id)
            rebuildSoon();
    });
    connect(&document, &PlanDocument::measureRemoved, this, [this](RowId id) {
        if (id == m_id)
            setMeasure(0);
    });
    connect(&document, &PlanDocument::reloaded, this, &MeasureChartView::rebuild);
    rebuild();
}

MeasureChartView::~MeasureChartView() = default;

void MeasureChartView::setMeasure(RowId id)
{
    m_id = id;
    rebuild();
}

QChart* MeasureChartView::yearsChart() const
{
    return m_years->chart();
}

QChart* MeasureChartView::quartersChart() const
{
    return m_quarters->chart();
}

QString MeasureChartView::directionText() const
{
    return m_direction->text();
}

QString MeasureChartView::statusText() const
{
    return m_status->text();
}

void MeasureChartView::rebuildSoon()
{
    if (m_pending)
        return;
    m_pending = true;
    QMetaObject::invokeMethod(this, [this] {
        if (m_pending)
            rebuild();
    }, Qt::QueuedConnection);
}

void MeasureChartView::rebuild()
{
    m_pending = false;
    ++m_builds;
    m_model = m_document.snapshot().measure(m_id) ? charts::MeasureChartBuilder::build(m_document.snapshot(), m_id)
                                                  : charts::MeasureChart{};
    m_tips.clear();
    const bool shown = m_model.measureId != 0;
    m_direction->setText(shown ? (m_model.directionArrow.isEmpty() ? QString() : m_model.directionArrow + QLatin1Char(' ')) +
                                     m_model.directionLabel
                               : QString());
    m_status->setText(shown ? m_model.statusCaption : QString());
    m_statusIcon->setPixmap(shown && m_model.status.fiscalYear ? StatusIcon::of(m_model.status.status).pixmap(16) : QPixmap());
    m_status->setToolTip(shown ? tr("The measure's status in the latest fiscal year with both a target and an actual. "
                                    "Each mark on the chart is the status of its own year.")
                               : QString());

    for (QChartView* view : {m_years, m_quarters}) {
        const charts::ChartPanel& panel = view == m_years ? m_model.years : m_model.quarters;
        report::MeasureQChart::refill(view->chart(), m_model, panel, m_tips);
        watch(view->chart());
    }
    m_quarters->setVisible(!m_model.quarters.isEmpty());
    m_years->setVisible(shown);
    m_export->png()->setEnabled(shown);
    m_export->svg()->setEnabled(shown);
}

void MeasureChartView::watch(QChart* chart)
{
    for (QAbstractSeries* series : chart->series()) {
        if (auto* xy = qobject_cast<QXYSeries*>(series))
            connect(xy, &QXYSeries::hovered, this,
                    [this, xy](const QPointF& point, bool state) { showTip(xy, point, state); });
        else if (auto* area = qobject_cast<QAreaSeries*>(series))
            connect(area, &QAreaSeries::hovered, this,
                    [this, area](const QPointF& point, bool state) { showTip(area, point, state); });
    }
}

void MeasureChartView::showTip(const QObject* series, const QPointF& point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const QString text = m_tips.at(static_cast<const QAbstractSeries*>(series), int(std::lround(point.x())));
    if (!text.isEmpty())
        QToolTip::showText(QCursor::pos(), PlainText::toolTip(text), this);
}

} // namespace ys::ui
