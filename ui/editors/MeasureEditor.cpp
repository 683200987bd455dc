// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureEditor.h"

#include "FieldCaption.h"
#include "FindingsLabel.h"
#include "MeasureEditorHeader.h"
#include "MeasureFieldEditor.h"
#include "PlainText.h"
#include "domain/FiscalYear.h"
#include "rules/Completeness.h"
#include "rules/FieldCodes.h"
#include "rules/SmartChecks.h"
#include "ui/commands/MeasureCommands.h"
#include "ui/document/PlanDocument.h"

#include <QDate>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSet>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ys::ui {
namespace {

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

} // namespace

MeasureEditor::MeasureEditor(PlanDocument& document, QWidget* parent) : QWidget(parent), m_document(&document)
{
    build();
    connect(&document, &PlanDocument::measureChanged, this, [this](RowId id) {
        if (id == m_id)
            refresh();
    });
    // An undone deletion brings the measure back with its id.
    connect(&document, &PlanDocument::measureAdded, this, [this](RowId id) {
        if (id == m_id)
            refresh();
    });
    connect(&document, &PlanDocument::measureRemoved, this, [this](RowId id) {
        if (id != m_id)
            return;
        for (MeasureFieldEditor* field : std::as_const(m_fields))
            field->discard();
        refresh();
    });
    connect(&document, &PlanDocument::valuesChanged, this, [this](RowId id) {
        if (id == m_id)
            updateChecks();
    });
    connect(&document, &PlanDocument::sectionsChanged, this, [this] { refresh(); });
    connect(&document, &PlanDocument::serviceChanged, this, [this] { refresh(); });
    connect(&document, &PlanDocument::reloaded, this, [this] {
        for (MeasureFieldEditor* field : std::as_const(m_fields))
            field->discard();
        refresh();
    });
    refresh();
}

MeasureEditor::~MeasureEditor() = default;

void MeasureEditor::build()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new MeasureEditorHeader(this);
    layout->addWidget(m_header);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setAccessibleName(tr("Measure definition"));
    layout->addWidget(m_scroll, 1);

    m_form = new QWidget(m_scroll);
    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(8, 4, 8, 8);
    const int captionWidth = fontMetrics().averageCharWidth() * 22;
    const QList<MeasureFieldSpec> specs = MeasureFields::all();

    for (const auto group :
         {MeasureFieldGroup::Definition, MeasureFieldGroup::Data, MeasureFieldGroup::TargetSetting}) {
        auto* box = new QGroupBox(MeasureFields::groupTitle(group), m_form);
        auto* grid = new QGridLayout(box);
        grid->setColumnStretch(1, 1);
        grid->setVerticalSpacing(6);
        auto* help = PlainText::label(MeasureFields::groupHelp(group), box, true);
        help->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(help, 0, 0, 1, 2);
        int row = 1;
        for (const MeasureFieldSpec& spec : specs) {
            if (spec.group != group)
                continue;
            auto* field = new MeasureFieldEditor(spec, box);
            if (spec.kind != MeasureFieldKind::Check) {
                auto* caption = new FieldCaption(spec.label, field->input(), box);
                caption->setObjectName(QStringLiteral("caption:") + spec.code);
                caption->setFixedWidth(captionWidth);
                grid->addWidget(caption, row, 0, Qt::AlignTop);
                m_captions.insert(spec.code, caption);
            }
            grid->addWidget(field, row++, 1);
            connect(field, &MeasureFieldEditor::edited, this, &MeasureEditor::updateChecks);
            connect(field, &MeasureFieldEditor::commitRequested, this, [this, field] { commit(field); });
            m_fields << field;
        }
        if (group == MeasureFieldGroup::TargetSetting) {
            // Targets live in the values grid; their SMART findings are still shown here.
            auto* caption = PlainText::label(tr("Targets"), box, true);
            caption->setFixedWidth(captionWidth);
            auto* targets = new QWidget(box);
            auto* targetsLayout = new QVBoxLayout(targets);
            targetsLayout->setContentsMargins(0, 0, 0, 0);
            targetsLayout->addWidget(PlainText::label(
                tr("Targets and actuals are entered in the measure's values grid."), targets, true));
            m_targetFindings = new FindingsLabel(targets);
            m_targetFindings->setObjectName(QStringLiteral("findings:") + rules::field::Target);
            targetsLayout->addWidget(m_targetFindings);
            grid->addWidget(caption, row, 0, Qt::AlignTop);
            grid->addWidget(targets, row, 1);
        }
        formLayout->addWidget(box);
    }
    formLayout->addStretch(1);
    m_scroll->setWidget(m_form);
}

void MeasureEditor::setMeasure(RowId id)
{
    if (id == m_id)
        return;
    commitPending();
    for (MeasureFieldEditor* field : std::as_const(m_fields))
        field->discard();
    m_id = id;
    refresh();
    m_scroll->ensureVisible(0, 0);
}

void MeasureEditor::commitPending()
{
    for (MeasureFieldEditor* field : std::as_const(m_fields))
        field->commitNow();
}

void MeasureEditor::setTitleShown(bool shown)
{
    m_header->setTitleShown(shown);
}

QString MeasureEditor::completenessText() const
{
    return m_header->completenessText();
}

void MeasureEditor::hideEvent(QHideEvent* event)
{
    commitPending();
    QWidget::hideEvent(event);
}

int MeasureEditor::planYear() const
{
    int year = m_document->snapshot().latestCycleOf(m_id);
    if (year == 0)
        year = m_document->currentCycle();
    return year > 0 ? year : QDate::currentDate().year();
}

QString MeasureEditor::labelOf(const QString& code) const
{
    for (const MeasureFieldEditor* field : m_fields)
        if (field->spec().code == code)
            return field->spec().label;
    return rules::fieldLabel(code);
}

void MeasureEditor::refresh()
{
    const Measure* stored = m_document ? m_document->snapshot().measure(m_id) : nullptr;
    m_scroll->setVisible(stored != nullptr);
    if (!stored) {
        m_header->showEmpty(m_id == 0 ? tr("No measure selected") : tr("This measure has been deleted."));
        m_header->setReadOnlyReason({});
        return;
    }
    const Measure shown = *stored; // the snapshot may move while fields are updated
    refreshChoices(shown);
    const bool readOnly = m_document->isReadOnly();
    for (MeasureFieldEditor* field : std::as_const(m_fields)) {
        field->showValue(field->spec().read(shown));
        field->setReadOnly(readOnly);
    }
    m_header->setReadOnlyReason(readOnly ? m_document->file().readOnlyReason() : QString());
    updateChecks();
}

void MeasureEditor::refreshChoices(const Measure& stored)
{
    const auto& snapshot = m_document->snapshot();
    const PlanOwner* owner = snapshot.owner(stored.ownerId);
    const int year = planYear();
    for (MeasureFieldEditor* field : std::as_const(m_fields)) {
        const QString& code = field->spec().code;
        if (code == MeasureFields::Service)
            field->setChoices(EditorChoices::services(*m_document, owner ? owner->agencyId : 0,
                                                      stored.serviceId, tr("None (a goal KPI)")));
        else if (code == MeasureFields::Goal)
            field->setChoices(
                EditorChoices::goals(*m_document, snapshot.plansOfMeasure.value(m_id), stored.goalId));
        else if (code == MeasureFields::PillarGoal)
            field->setChoices(EditorChoices::pillarGoals(*m_document));
        else if (code == rules::field::BaselineYear)
            field->setChoices(EditorChoices::fiscalYears(year - 8, year, stored.baselineYear));
        else if (code == QLatin1String("tolerance"))
            field->setPlaceholderText(tr("Plan default: %1 %").arg(snapshot.defaultTolerance * 100.0));
    }
}

Measure MeasureEditor::shownMeasure() const
{
    Measure shown = *m_document->snapshot().measure(m_id);
    for (const MeasureFieldEditor* field : m_fields)
        field->spec().write(shown, field->hasValidInput() ? field->value() : QVariant());
    return shown;
}

void MeasureEditor::updateChecks()
{
    if (!m_document || !m_document->snapshot().measure(m_id))
        return;
    const Measure shown = shownMeasure();
    const auto& snapshot = m_document->snapshot();

    QStringList context;
    if (const Service* service = snapshot.service(shown.serviceId))
        context << tr("Service %1: %2").arg(service->number).arg(service->name);
    else
        context << EditorChoices::label(shown.level);
    if (const PlanOwner* owner = snapshot.owner(shown.ownerId))
        context << owner->name;
    if (const int cycle = snapshot.latestCycleOf(m_id))
        context << tr("%1 plan").arg(FiscalYear(cycle).label());
    m_header->setMeasure(shown.title, context.join(tr(" \u00b7 ")));

    const rules::CompletenessReport report = rules::completeness(shown);
    QSet<QString> missing(report.missingFields.cbegin(), report.missingFields.cend());
    for (const Element element : report.missingElements)
        missing.insert(code(element));
    QSet<QString> optional;
    for (const Element element : report.unansweredOptional)
        optional.insert(code(element));
    QStringList missingLabels;
    QStringList optionalLabels;
    for (const MeasureFieldEditor* field : std::as_const(m_fields)) {
        const QString& code = field->spec().code;
        const bool isMissing = missing.remove(code);
        if (isMissing)
            missingLabels << field->spec().label;
        if (optional.contains(code))
            optionalLabels << field->spec().label;
        if (FieldCaption* caption = m_captions.value(code))
            caption->setMissing(isMissing);
    }
    for (const QString& code : std::as_const(missing)) // any the form does not show
        missingLabels << labelOf(code);
    m_header->setCompleteness(report, missingLabels, optionalLabels);

    QHash<QString, QStringList> findings;
    const QList<rules::SmartFinding> smart = rules::smartChecks(shown, snapshot.valuesOf(m_id), planYear());
    for (const rules::SmartFinding& finding : smart)
        findings[finding.field] << tr("%1: %2").arg(rules::criterionLabel(finding.criterion), finding.reason);
    const int count = int(smart.size());
    QStringList flagged; // the fields that carry findings, in the form's order
    for (MeasureFieldEditor* field : std::as_const(m_fields)) {
        const QString& code = field->spec().code;
        if (findings.contains(code))
            flagged << field->spec().label;
        QStringList lines = findings.take(code);
        if (!field->hasValidInput())
            lines.prepend(tr("Not a number: write digits only, e.g. 75 or 1,200.5."));
        if (code == MeasureFields::Service && shown.level == MeasureLevel::Service && shown.serviceId == 0)
            lines << tr("A service metric needs its service: choose one, or make the measure a goal KPI.");
        field->setFindings(lines);
    }
    QStringList rest;
    for (auto it = findings.cbegin(); it != findings.cend(); ++it)
        rest << it.value();
    m_targetFindings->setFindings(rest);
    if (!rest.isEmpty())
        flagged << tr("Targets");
    m_header->setSmartFindings(count, flagged);
}

void MeasureEditor::commit(MeasureFieldEditor* field)
{
    if (!m_document || m_document->isReadOnly() || !m_document->snapshot().measure(m_id))
        return;
    if (!field->hasValidInput()) {
        updateChecks();
        return;
    }
    const Measure before = *m_document->snapshot().measure(m_id);
    Measure after = before;
    field->spec().write(after, field->value());
    // Level and service are chosen together: a service metric cannot be stored without its service.
    const QString& code = field->spec().code;
    if (code == MeasureFields::Level || code == MeasureFields::Service) {
        for (const MeasureFieldEditor* other : std::as_const(m_fields))
            if (other->spec().code == MeasureFields::Level || other->spec().code == MeasureFields::Service)
                other->spec().write(after, other->value());
        if (after.level == MeasureLevel::Service && after.serviceId == 0) {
            updateChecks();
            return;
        }
    }
    bool changed = false;
    for (const MeasureFieldEditor* other : std::as_const(m_fields))
        changed = changed || other->spec().read(after) != other->spec().read(before);
    if (!changed)
        return;
    m_document->undoStack()->push(new SetMeasureCommand(*m_document, before, after,
                                                        tr("Edit %1").arg(lowerFirst(field->spec().label))));
}

} // namespace ys::ui
