// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorChoices.h"

#include "PlainText.h"
#include "domain/FiscalYear.h"
#include "storage/ReferenceRepository.h"
#include "ui/document/PlanDocument.h"

#include <QComboBox>
#include <QSignalBlocker>

#include <algorithm>

namespace ys::ui {
namespace {

template <typename Enum> QVariant enumValue(Enum value)
{
    return QVariant(static_cast<int>(value));
}

} // namespace

QList<EditorChoice> EditorChoices::measureTypes()
{
    return {
        {tr("Not chosen"), enumValue(MeasureType::Unspecified), {}},
        {tr("Output"), enumValue(MeasureType::Output), tr("How much service is delivered.")},
        {tr("Efficiency"), enumValue(MeasureType::Efficiency),
         tr("Cost in money or time per unit of output.")},
        {tr("Effectiveness"), enumValue(MeasureType::Effectiveness),
         tr("How well the service meets its standard.")},
        {tr("Outcome"), enumValue(MeasureType::Outcome), tr("How much better off residents are.")},
        {tr("Input (outside the family of measures)"), enumValue(MeasureType::Input), {}},
        {tr("Demand (outside the family of measures)"), enumValue(MeasureType::Demand), {}},
        {tr("Quality (outside the family of measures)"), enumValue(MeasureType::Quality), {}},
    };
}

QList<EditorChoice> EditorChoices::directions()
{
    return {
        {tr("Not chosen"), enumValue(Direction::Unspecified), {}},
        {tr("Increase"), enumValue(Direction::Increase), tr("Higher is better.")},
        {tr("Decrease"), enumValue(Direction::Decrease), tr("Lower is better.")},
        {tr("Maintain (within the tolerance)"), enumValue(Direction::Maintain),
         tr("Staying near the target is best.")},
        {tr("Not applicable"), enumValue(Direction::NotApplicable), {}},
    };
}

QList<EditorChoice> EditorChoices::units()
{
    return {
        {tr("Count"), enumValue(Unit::Count), {}},
        {tr("Percent (75 means 75 %)"), enumValue(Unit::Percent), {}},
        {tr("Currency"), enumValue(Unit::Currency), {}},
        {tr("Rate"), enumValue(Unit::Rate), {}},
        {tr("Decimal number"), enumValue(Unit::Decimal), {}},
        {tr("Days"), enumValue(Unit::Days), {}},
        {tr("Score"), enumValue(Unit::Score), {}},
    };
}

QList<EditorChoice> EditorChoices::intervals()
{
    return {
        {tr("Not chosen"), enumValue(Interval::Unspecified), {}},
        {tr("Cumulative: the year is the sum of its quarters"), enumValue(Interval::Cumulative), {}},
        {tr("Snapshot: the year is its latest quarter"), enumValue(Interval::Snapshot), {}},
        {tr("Period: the year is the mean of its quarters"), enumValue(Interval::Period), {}},
    };
}

QList<EditorChoice> EditorChoices::levels()
{
    return {{label(MeasureLevel::Service), enumValue(MeasureLevel::Service), {}},
            {label(MeasureLevel::Goal), enumValue(MeasureLevel::Goal), {}}};
}

QList<EditorChoice> EditorChoices::changeMappings()
{
    QList<EditorChoice> out;
    for (auto v : {ChangeMapping::New, ChangeMapping::Unchanged, ChangeMapping::Modified,
                   ChangeMapping::Replaced, ChangeMapping::Removed})
        out << EditorChoice{label(v), enumValue(v), {}};
    return out;
}

QList<EditorChoice> EditorChoices::approvals()
{
    QList<EditorChoice> out;
    for (auto v : {ApprovalStatus::Draft, ApprovalStatus::Pending, ApprovalStatus::Validated,
                   ApprovalStatus::Returned})
        out << EditorChoice{label(v), enumValue(v), {}};
    return out;
}

QList<EditorChoice> EditorChoices::initiativeStatuses()
{
    return {{tr("Planned"), enumValue(InitiativeStatus::Planned), {}},
            {tr("In progress"), enumValue(InitiativeStatus::InProgress), {}},
            {tr("Completed"), enumValue(InitiativeStatus::Completed), {}},
            {tr("On hold"), enumValue(InitiativeStatus::OnHold), {}}};
}

QList<EditorChoice> EditorChoices::riskCategories()
{
    return {{tr("Cross-agency inputs"), enumValue(RiskCategory::CrossAgency),
             tr("What other city agencies must do for the plan's goals to be reached.")},
            {tr("IT systems"), enumValue(RiskCategory::ItSystems),
             tr("Systems the agency relies on whose risks or limits could hold the plan back.")},
            {tr("External concerns"), enumValue(RiskCategory::External),
             tr("Conditions outside the agency's control that could affect the plan.")},
            {tr("Legislative effects"), enumValue(RiskCategory::Legislative),
             tr("City Council or State actions the goals depend on.")},
            {tr("Other"), enumValue(RiskCategory::Other), {}}};
}

QList<EditorChoice> EditorChoices::personRoles()
{
    QList<EditorChoice> out;
    for (auto v : {KeyPerson::Role::ServiceLead, KeyPerson::Role::DataLead, KeyPerson::Role::Other})
        out << EditorChoice{label(v), enumValue(v), {}};
    return out;
}

QList<EditorChoice> EditorChoices::linkKinds()
{
    return {{tr("Primary link"), QVariant(true), tr("The pillar goal this goal mainly advances.")},
            {tr("Secondary link"), QVariant(false), tr("A pillar goal this goal also contributes to.")}};
}

QList<EditorChoice> EditorChoices::pillarGoals(const PlanDocument& document)
{
    QList<EditorChoice> out{{tr("Not linked"), QVariant(qlonglong(0)), {}}};
    auto goals = storage::ReferenceRepository(document.file()).pillarGoals();
    if (!goals)
        return out;
    std::sort(goals->begin(), goals->end(),
              [](const PillarGoal& a, const PillarGoal& b) { return a.code < b.code; });
    for (const PillarGoal& goal : *goals)
        out << EditorChoice{tr("%1 %2").arg(goal.code, PlainText::shortened(goal.title, 70)),
                            QVariant(qlonglong(goal.id)), goal.title};
    return out;
}

QList<EditorChoice> EditorChoices::services(const PlanDocument& document, RowId agencyId, RowId current,
                                            const QString& noneText)
{
    QList<EditorChoice> out{{noneText, QVariant(qlonglong(0)), {}}};
    std::vector<Service> services;
    for (const Service& service : document.snapshot().services)
        if (service.agencyId == agencyId || service.id == current)
            services.push_back(service);
    std::sort(services.begin(), services.end(),
              [](const Service& a, const Service& b) { return a.number < b.number; });
    for (const Service& service : services)
        out << EditorChoice{
            tr("Service %1: %2").arg(service.number).arg(service.name), QVariant(qlonglong(service.id)), {}};
    return out;
}

QList<EditorChoice> EditorChoices::goals(const PlanDocument& document, const std::vector<RowId>& planIds,
                                         RowId current)
{
    QList<EditorChoice> out{{tr("Not linked"), QVariant(qlonglong(0)), {}}};
    bool found = current == 0;
    for (const RowId planId : planIds) {
        auto goals = document.goals(planId);
        if (!goals)
            continue;
        int number = 0;
        for (const Goal& goal : *goals) {
            ++number;
            found = found || goal.id == current;
            out << EditorChoice{tr("Goal %1: %2").arg(number).arg(PlainText::shortened(goal.statement, 70)),
                                QVariant(qlonglong(goal.id)), goal.statement};
        }
    }
    if (!found)
        out << EditorChoice{tr("A goal of another plan"), QVariant(qlonglong(current)), {}};
    return out;
}

QList<EditorChoice> EditorChoices::fiscalYears(int from, int to, int current)
{
    QList<EditorChoice> out{{tr("Not set"), QVariant(0), {}}};
    if (current > 0 && current < from)
        out << EditorChoice{FiscalYear(current).label(), QVariant(current), {}};
    for (int year = from; year <= to; ++year)
        out << EditorChoice{FiscalYear(year).label(), QVariant(year), {}};
    if (current > to)
        out << EditorChoice{FiscalYear(current).label(), QVariant(current), {}};
    return out;
}

QString EditorChoices::pillarName(const PlanDocument& document, RowId pillarId)
{
    auto pillars = storage::ReferenceRepository(document.file()).pillars();
    if (pillarId == 0 || !pillars)
        return {};
    for (const Pillar& pillar : *pillars)
        if (pillar.id == pillarId)
            return tr("Pillar %1: %2").arg(pillar.number).arg(pillar.name);
    return {};
}

QString EditorChoices::label(MeasureLevel level)
{
    return level == MeasureLevel::Goal ? tr("Goal KPI (agency level)") : tr("Service metric");
}

QString EditorChoices::label(ChangeMapping change)
{
    switch (change) {
    case ChangeMapping::New:
        return tr("New");
    case ChangeMapping::Unchanged:
        return tr("Unchanged");
    case ChangeMapping::Modified:
        return tr("Modified");
    case ChangeMapping::Replaced:
        return tr("Replaced");
    case ChangeMapping::Removed:
        return tr("Removed");
    }
    return {};
}

QString EditorChoices::label(ApprovalStatus approval)
{
    switch (approval) {
    case ApprovalStatus::Draft:
        return tr("Draft");
    case ApprovalStatus::Pending:
        return tr("Pending review");
    case ApprovalStatus::Validated:
        return tr("Validated");
    case ApprovalStatus::Returned:
        return tr("Returned for changes");
    }
    return {};
}

QString EditorChoices::label(KeyPerson::Role role)
{
    switch (role) {
    case KeyPerson::Role::ServiceLead:
        return tr("Service lead");
    case KeyPerson::Role::DataLead:
        return tr("Data lead (data steward)");
    case KeyPerson::Role::Other:
        break;
    }
    return tr("Other role");
}

QStringList EditorChoices::texts(const QList<EditorChoice>& choices)
{
    QStringList out;
    for (const EditorChoice& choice : choices)
        out << choice.text;
    return out;
}

int EditorChoices::indexOf(const QList<EditorChoice>& choices, const QVariant& value)
{
    for (int i = 0; i < choices.size(); ++i)
        if (choices[i].value == value)
            return i;
    return -1;
}

void EditorChoices::fill(QComboBox* combo, const QList<EditorChoice>& choices)
{
    bool same = combo->count() == choices.size();
    for (int i = 0; same && i < combo->count(); ++i)
        same = combo->itemText(i) == choices[i].text && combo->itemData(i) == choices[i].value;
    if (same)
        return;
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    combo->clear();
    for (const EditorChoice& choice : choices) {
        combo->addItem(choice.text, choice.value);
        if (!choice.toolTip.isEmpty())
            combo->setItemData(combo->count() - 1, PlainText::toolTip(choice.toolTip), Qt::ToolTipRole);
    }
    select(combo, current);
}

void EditorChoices::select(QComboBox* combo, const QVariant& value)
{
    const QSignalBlocker blocker(combo);
    int found = -1;
    for (int i = 0; i < combo->count() && found < 0; ++i)
        if (combo->itemData(i) == value)
            found = i;
    combo->setCurrentIndex(found);
}

void EditorChoices::makeCompact(QComboBox* combo, int characters)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

} // namespace ys::ui
