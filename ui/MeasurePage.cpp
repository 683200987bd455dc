// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasurePage.h"

#include "charts/MeasureChartView.h"
#include "editors/MeasureEditor.h"
#include "ui/document/PlanDocument.h"
#include "values/ValuesGrid.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ys::ui {

MeasurePage::MeasurePage(PlanDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_title->setFont(font);
    m_place = new QLabel(this);
    m_place->setTextFormat(Qt::PlainText);
    m_place->setWordWrap(true);

    m_tabs = new QTabWidget(this);
    // The values and their chart side by side: the chart redraws as values are typed.
    auto* values = new QSplitter(Qt::Horizontal, m_tabs);
    values->setObjectName(QStringLiteral("valuesSplitter"));
    m_values = new ValuesGrid(document, values);
    m_chart = new MeasureChartView(document, values);
    values->addWidget(m_values);
    values->addWidget(m_chart);
    values->setStretchFactor(0, 5);
    values->setStretchFactor(1, 4);
    values->setSizes({6000, 4000}); // a ratio: the grid wider than the chart
    m_chart->setMinimumWidth(360);
    values->setChildrenCollapsible(false);
    m_editor = new MeasureEditor(document, m_tabs);
    m_tabs->addTab(values, tr("&Values"));
    m_tabs->addTab(m_editor, tr("&Definition"));
    m_tabs->setAccessibleName(tr("Measure"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_place);
    layout->addWidget(m_tabs, 1);

    connect(&document, &PlanDocument::measureChanged, this, [this](RowId id) {
        if (id == m_id)
            updateTitle();
    });
}

void MeasurePage::setMeasure(RowId id)
{
    m_id = id;
    m_values->setMeasure(id);
    m_chart->setMeasure(id);
    m_editor->setMeasure(id);
    updateTitle();
}

void MeasurePage::commitPending()
{
    m_editor->commitPending();
}

void MeasurePage::updateTitle()
{
    const auto& snapshot = m_document.snapshot();
    const Measure* measure = snapshot.measure(m_id);
    if (!measure) {
        m_title->clear();
        m_place->clear();
        return;
    }
    m_title->setText(measure->title);
    const PlanOwner* owner = snapshot.owner(measure->ownerId);
    const Service* service = snapshot.service(measure->serviceId);
    QStringList place;
    if (owner)
        place << owner->name;
    if (service)
        place << service->displayName();
    place << tr("%1 measure #%2").arg(label(measure->type)).arg(measure->id);
    m_place->setText(place.join(QStringLiteral(" · ")));
}

} // namespace ys::ui
