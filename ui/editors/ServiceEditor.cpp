// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceEditor.h"

#include "EditorChoices.h"
#include "FindingsLabel.h"
#include "GrowingTextEdit.h"
#include "PlainText.h"
#include "TextFieldCommitter.h"
#include "domain/FiscalYear.h"
#include "report/StatusStyle.h"
#include "rules/MeasureStatus.h"
#include "ui/charts/FamilyChartWidget.h"
#include "ui/document/PlanDocument.h"
#include "ui/navigation/StatusIcon.h"
#include "rules/Completeness.h"
#include "rules/FamilyOfMeasures.h"
#include "ui/commands/PlanCommands.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ys::ui {

ServiceEditor::ServiceEditor(PlanDocument& document, QWidget* parent) : QWidget(parent), m_document(&document)
{
    auto* grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(6);
    const auto caption = [this](const QString& text, QWidget* buddy) {
        auto* label = PlainText::label(text, this);
        label->setBuddy(buddy);
        label->setFixedWidth(fontMetrics().averageCharWidth() * 20);
        return label;
    };

    m_title = PlainText::label({}, this, true);
    m_title->setObjectName(QStringLiteral("serviceTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    grid->addWidget(m_title, 0, 0, 1, 2);

    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("serviceNumber"));
    m_number->setReadOnly(true);
    m_number->setAccessibleName(tr("Service number"));
    m_number->setToolTip(tr("The budget's number for the service; it cannot be changed in a plan."));
    m_number->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    grid->addWidget(caption(tr("Number"), m_number), 1, 0);
    grid->addWidget(m_number, 1, 1, Qt::AlignLeft);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("serviceName"));
    m_name->setAccessibleName(tr("Service name"));
    m_name->setToolTip(tr("The service's name as the budget book gives it."));
    m_nameCommitter = new TextFieldCommitter(m_name);
    grid->addWidget(caption(tr("Name"), m_name), 2, 0);
    grid->addWidget(m_name, 2, 1);

    m_pillar = PlainText::label({}, this, true);
    m_pillar->setObjectName(QStringLiteral("servicePillar"));
    grid->addWidget(caption(tr("Pillar"), nullptr), 3, 0);
    grid->addWidget(m_pillar, 3, 1);

    m_description = new GrowingTextEdit(this);
    m_description->setObjectName(QStringLiteral("serviceDescription"));
    m_description->setLineLimits(3, 8);
    m_description->setAccessibleName(tr("Service description"));
    const QString descriptionHelp =
        tr("The service's description as in this year's budget book: what it provides, "
           "its goal, and the activities it performs.");
    m_description->setPlaceholderText(descriptionHelp);
    m_description->setToolTip(descriptionHelp);
    m_descriptionCommitter = new TextFieldCommitter(m_description);
    grid->addWidget(caption(tr("Description"), m_description), 4, 0, Qt::AlignTop);
    grid->addWidget(m_description, 4, 1);

    m_family = PlainText::label({}, this, true);
    m_family->setObjectName(QStringLiteral("serviceFamily"));
    m_family->setToolTip(
        tr("Which of the four types of measures the service has: output, efficiency, effectiveness "
           "and outcome. Deprecated measures do not count."));
    m_familyWarning = new FindingsLabel(this);
    m_familyWarning->setObjectName(QStringLiteral("familyWarning"));
    grid->addWidget(caption(tr("Family of measures"), nullptr), 5, 0, Qt::AlignTop);
    m_familyChart = new FamilyChartWidget(document, this);
    auto* family = new QVBoxLayout;
    family->setContentsMargins(0, 0, 0, 0);
    family->addWidget(m_family);
    family->addWidget(m_familyChart);
    grid->addLayout(family, 5, 1);
    grid->addWidget(m_familyWarning, 6, 1);

    m_measures = new QTreeWidget(this);
    m_measures->setObjectName(QStringLiteral("serviceMeasures"));
    m_measures->setAccessibleName(tr("Measures of the service"));
    m_measures->setRootIsDecorated(false);
    m_measures->setUniformRowHeights(true);
    m_measures->setColumnCount(5);
    m_measures->setHeaderLabels({tr("Measure"), tr("Type"), tr("Direction"), tr("Status"), tr("Definition")});
    m_measures->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_measures->header()->setStretchLastSection(false);
    for (int column = 1; column < 5; ++column)
        m_measures->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_measures->setToolTip(tr("Double-click a measure, or press Enter, to open it."));
    grid->addWidget(caption(tr("Measures"), m_measures), 7, 0, Qt::AlignTop);
    grid->addWidget(m_measures, 7, 1);
    grid->setRowStretch(7, 1);

    connect(m_measures, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item)
            emit measureActivated(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_nameCommitter, &TextFieldCommitter::commitRequested, this, &ServiceEditor::commitName);
    connect(m_descriptionCommitter, &TextFieldCommitter::commitRequested, this,
            &ServiceEditor::commitDescription);
    connect(&document, &PlanDocument::serviceChanged, this, [this](RowId id) {
        if (id == m_serviceId)
            refresh();
    });
    connect(&document, &PlanDocument::measureChanged, this, &ServiceEditor::refreshFamily);
    connect(&document, &PlanDocument::measureAdded, this, &ServiceEditor::refreshFamily);
    connect(&document, &PlanDocument::measureRemoved, this, &ServiceEditor::refreshFamily);
    connect(&document, &PlanDocument::valuesChanged, this, [this](RowId measureId) {
        const Measure* measure = m_document ? m_document->snapshot().measure(measureId) : nullptr;
        if (measure && measure->serviceId == m_serviceId)
            refreshFamily(); // the measure's status may have changed
    });
    connect(&document, &PlanDocument::reloaded, this, [this] {
        m_nameCommitter->discard();
        m_descriptionCommitter->discard();
        refresh();
    });
    refresh();
}

void ServiceEditor::setService(RowId serviceId)
{
    if (serviceId == m_serviceId)
        return;
    commitPending();
    m_nameCommitter->discard();
    m_descriptionCommitter->discard();
    m_serviceId = serviceId;
    m_familyChart->setService(serviceId);
    refresh();
}

void ServiceEditor::commitPending()
{
    m_nameCommitter->commitNow();
    m_descriptionCommitter->commitNow();
}

void ServiceEditor::hideEvent(QHideEvent* event)
{
    commitPending();
    QWidget::hideEvent(event);
}

std::optional<Service> ServiceEditor::storedService() const
{
    const Service* service = m_document ? m_document->snapshot().service(m_serviceId) : nullptr;
    return service ? std::optional<Service>(*service) : std::nullopt;
}

void ServiceEditor::refresh()
{
    const std::optional<Service> service = storedService();
    const bool editable = service && !m_document->isReadOnly();
    m_name->setReadOnly(!editable);
    m_description->setReadOnly(!editable);
    m_title->setText(service ? tr("Service %1: %2").arg(service->number).arg(service->name)
                             : tr("No service selected"));
    m_number->setText(service ? tr("%1 (%2)").arg(service->number).arg(service->code) : QString());
    m_nameCommitter->showText(service ? service->name : QString());
    m_descriptionCommitter->showText(service ? service->description : QString());
    const QString pillar =
        service && m_document ? EditorChoices::pillarName(*m_document, service->pillarId) : QString();
    m_pillar->setText(pillar.isEmpty() ? tr("Not linked to a pillar") : pillar);
    refreshFamily();
}

void ServiceEditor::refreshFamily()
{
    m_measures->clear();
    if (!m_document || !storedService()) {
        m_family->clear();
        m_familyWarning->setFindings({});
        return;
    }
    std::vector<Measure> measures;
    for (const Measure& measure : m_document->snapshot().measures)
        if (measure.serviceId == m_serviceId)
            measures.push_back(measure);

    const rules::Family family = rules::familyOf(measures);
    const auto mark = [this](bool present, const QString& type) {
        return present ? tr("\u2713 %1").arg(type) : tr("\u2717 %1 (none)").arg(type);
    };
    QStringList parts{mark(family.output, tr("Output")), mark(family.efficiency, tr("Efficiency")),
                      mark(family.effectiveness, tr("Effectiveness")), mark(family.outcome, tr("Outcome"))};
    m_family->setText(parts.join(tr("   ")));

    QStringList warnings;
    if (family.outputOnly())
        warnings << tr(
            "Output-only family: the service has no effectiveness or outcome measure, so nothing shows how "
            "well it works or whether residents are better off.");
    if (family.measures == 0)
        warnings << tr("The service has no measures yet.");
    QStringList outside;
    for (const MeasureType type : family.outsideTypes)
        outside << label(type);
    if (!outside.isEmpty())
        warnings << tr("Typed outside the four types of the family: %1.").arg(outside.join(tr(", ")));
    if (family.untyped > 0)
        warnings << (family.untyped == 1 ? tr("1 measure has no type yet.")
                                         : tr("%1 measures have no type yet.").arg(family.untyped));
    m_familyWarning->setFindings(warnings);

    for (const Measure& measure : measures) {
        const rules::CompletenessReport report = rules::completeness(measure);
        auto* item = new QTreeWidgetItem(m_measures);
        item->setText(0, measure.title.trimmed().isEmpty() ? tr("Untitled measure") : measure.title);
        item->setToolTip(0, PlainText::toolTip(measure.title));
        item->setText(1, measure.deprecated ? tr("%1 (deprecated)").arg(label(measure.type))
                                            : label(measure.type));
        item->setText(2, label(measure.direction));
        const rules::MeasureYearStatus status = rules::measureStatus(
            measure, m_document->snapshot().valuesOf(measure.id), std::nullopt, m_document->snapshot().defaultTolerance);
        const report::StatusStyle style = report::StatusStyle::of(status.status);
        item->setIcon(3, StatusIcon::of(status.status));
        item->setText(3, status.fiscalYear ? tr("%1 in %2").arg(style.text, FiscalYear(status.fiscalYear).label()) : style.text);
        item->setText(4, report.complete() ? tr("Complete")
                                           : tr("%1 of %2 elements").arg(report.filled).arg(report.required));
        item->setData(0, Qt::UserRole, qlonglong(measure.id));
    }
}

void ServiceEditor::commitName()
{
    const std::optional<Service> before = storedService();
    if (!before || m_document->isReadOnly() || before->name == m_nameCommitter->text())
        return;
    Service after = *before;
    after.name = m_nameCommitter->text();
    m_document->undoStack()->push(new SetServiceCommand(*m_document, *before, after, tr("Rename service")));
}

void ServiceEditor::commitDescription()
{
    const std::optional<Service> before = storedService();
    if (!before || m_document->isReadOnly() || before->description == m_descriptionCommitter->text())
        return;
    Service after = *before;
    after.description = m_descriptionCommitter->text();
    m_document->undoStack()->push(
        new SetServiceCommand(*m_document, *before, after, tr("Edit service description")));
}

} // namespace ys::ui
