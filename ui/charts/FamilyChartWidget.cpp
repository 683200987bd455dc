// SPDX-License-Identifier: GPL-3.0-or-later
#include "FamilyChartWidget.h"

#include "ChartExportActions.h"

#include "domain/FiscalYear.h"
#include "report/StatusStyle.h"
#include "report/charts/FamilyChartPainter.h"
#include "ui/document/PlanDocument.h"
#include "ui/editors/PlainText.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace ys::ui {

FamilyChartWidget::FamilyChartWidget(PlanDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setAccessibleName(tr("Family of measures: each type's measures and their statuses"));
    setMinimumHeight(140);
    m_export = new ChartExportActions(this, [this] {
        return ChartExportActions::Source{
            [chart = m_chart](QPainter& painter, const QRectF& rect) { charts::FamilyChartPainter::paint(painter, rect, chart); },
            QSizeF(270, 120), tr("Family of measures %1").arg(m_chart.serviceName)};
    });
    for (auto signal : {&PlanDocument::valuesChanged, &PlanDocument::measureChanged, &PlanDocument::measureAdded,
                        &PlanDocument::measureRemoved})
        connect(&document, signal, this, &FamilyChartWidget::refresh);
    connect(&document, &PlanDocument::reloaded, this, &FamilyChartWidget::refresh);
}

void FamilyChartWidget::setService(RowId serviceId)
{
    m_serviceId = serviceId;
    refresh();
}

void FamilyChartWidget::refresh()
{
    m_chart = charts::FamilyChart::of(m_document.snapshot(), m_serviceId);
    update();
}

QSize FamilyChartWidget::sizeHint() const
{
    return {520, 150};
}

void FamilyChartWidget::paintEvent(QPaintEvent*)
{
    // The print drawing, a third larger on screen; the page shows the title and findings itself.
    constexpr double Scale = 1.35;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(Scale, Scale);
    charts::FamilyChartPainter::paint(painter, QRectF(QPointF(0, 0), QSizeF(size()) / Scale), m_chart, {false, false});
}

QString FamilyChartWidget::typeToolTip(int type) const
{
    if (type < 0 || type > 3)
        return {};
    const auto& members = m_chart.types[size_t(type)];
    const QString name = label(charts::FamilyChart::FamilyTypes[size_t(type)]);
    if (members.empty())
        return tr("%1: none. The service has no %2 measure.").arg(name, name.toLower());
    QStringList lines{tr("%1 measures:").arg(name)};
    for (const charts::FamilyMember& m : members) {
        const report::StatusStyle style = report::StatusStyle::of(m.status);
        lines << (m.statusYear ? tr("%1 %2 in %3: %4").arg(style.symbol, style.text, FiscalYear(m.statusYear).label(), m.title)
                               : tr("%1 %2: %3").arg(style.symbol, style.text, m.title));
    }
    return lines.join(QLatin1Char('\n'));
}

bool FamilyChartWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int type = std::clamp(int(help->pos().x() * 4 / std::max(1, width())), 0, 3);
        QToolTip::showText(help->globalPos(), PlainText::toolTip(typeToolTip(type)), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace ys::ui
