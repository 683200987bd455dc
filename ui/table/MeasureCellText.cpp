// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureCellText.h"

#include "MeasuresTableModel.h"

#include "domain/FiscalYear.h"
#include "report/NumberFormat.h"
#include "report/StatusStyle.h"
#include "rules/Completeness.h"
#include "rules/FieldCodes.h"

#include <QTextDocument>

namespace ys::ui {
namespace {

using Model = MeasuresTableModel;

QString yearLabel(int year)
{
    return year > 0 ? FiscalYear(year).label() : QString();
}

// Sorted ascending, the statuses that need attention come first.
int statusOrder(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Missed: return 0;
    case TargetStatus::Near: return 1;
    case TargetStatus::Met: return 2;
    case TargetStatus::NoData: break;
    }
    return 3;
}

QString plainToolTip(const QString& text)
{
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace

MeasureCellText::MeasureCellText(const storage::PlanSnapshot& snapshot, int planYear)
    : m_snapshot(snapshot), m_planYear(planYear)
{
}

QVariant MeasureCellText::display(const Measure& measure, const MeasureFacts& facts, int column) const
{
    const storage::PlanSnapshot& snapshot = m_snapshot;
    switch (column) {
    case Model::IdColumn: return QStringLiteral("#%1").arg(measure.id);
    case Model::AgencyColumn: { // the code: the owner column beside it names who writes the plan
        const PlanOwner* owner = snapshot.owner(measure.ownerId);
        const Agency* agency = owner ? snapshot.agency(owner->agencyId) : nullptr;
        return agency ? agency->code : QString();
    }
    case Model::OwnerColumn: {
        const PlanOwner* owner = snapshot.owner(measure.ownerId);
        return owner ? owner->name : QString();
    }
    case Model::ServiceColumn:
        if (const Service* service = snapshot.service(measure.serviceId))
            return tr("%1: %2").arg(service->number).arg(service->name);
        return measure.level == MeasureLevel::Goal ? tr("(goal KPI)") : QString();
    case Model::TitleColumn: return measure.title;
    case Model::TypeColumn: return label(measure.type);
    case Model::DirectionColumn: return label(measure.direction);
    case Model::LatestActualColumn:
        if (!facts.latestActual)
            return QString();
        if (facts.latestActualToQuarter > 0) // a part of the year: say how far it goes
            return tr("%1 (%2 to Q%3)").arg(report::NumberFormat::format(*facts.latestActual, measure.unit),
                                            yearLabel(facts.latestActualYear))
                .arg(facts.latestActualToQuarter);
        return tr("%1 (%2)").arg(report::NumberFormat::format(*facts.latestActual, measure.unit),
                                 yearLabel(facts.latestActualYear));
    case Model::TargetColumn:
        if (facts.planYearTarget.number)
            return report::NumberFormat::format(*facts.planYearTarget.number, measure.unit);
        return facts.planYearTarget.missingReason;
    case Model::StatusColumn: return report::StatusStyle::of(facts.status.status).labelled();
    case Model::CompletenessColumn: return tr("%1/%2").arg(facts.filled).arg(facts.required);
    default: return {};
    }
}

QVariant MeasureCellText::sortKey(const Measure& measure, const MeasureFacts& facts, int column) const
{
    switch (column) {
    case Model::IdColumn: return QVariant::fromValue<qint64>(measure.id);
    case Model::ServiceColumn:
        if (const Service* service = m_snapshot.service(measure.serviceId))
            return service->number;
        return {};
    case Model::LatestActualColumn: return facts.latestActual ? QVariant(*facts.latestActual) : QVariant();
    case Model::TargetColumn:
        return facts.planYearTarget.number ? QVariant(*facts.planYearTarget.number) : QVariant();
    case Model::StatusColumn: return statusOrder(facts.status.status);
    case Model::CompletenessColumn: return facts.required > 0 ? double(facts.filled) / facts.required : 1.0;
    default: return display(measure, facts, column).toString().toLower();
    }
}

QVariant MeasureCellText::toolTip(const Measure& measure, const MeasureFacts& facts, int column) const
{
    const storage::PlanSnapshot& snapshot = m_snapshot;
    switch (column) {
    case Model::TitleColumn: return plainToolTip(QStringLiteral("#%1 %2").arg(measure.id).arg(measure.title));
    case Model::AgencyColumn: {
        const PlanOwner* owner = snapshot.owner(measure.ownerId);
        const Agency* agency = owner ? snapshot.agency(owner->agencyId) : nullptr;
        return agency ? plainToolTip(agency->code + QLatin1Char(' ') + agency->displayName()) : QVariant();
    }
    case Model::OwnerColumn:
    case Model::ServiceColumn: return plainToolTip(display(measure, facts, column).toString());
    case Model::TypeColumn:
        if (!isFamilyType(measure.type))
            return tr("Not one of the four types of the family of measures (output, efficiency, effectiveness, outcome).");
        return {};
    case Model::LatestActualColumn: {
        if (!facts.latestActual)
            return tr("No actual in any year.");
        QString text = display(measure, facts, column).toString();
        if (facts.latestActualToQuarter > 0)
            text += QLatin1Char('\n') + tr("Derived from the %1 quarters reported so far (to Q%2) by the measure's "
                                           "interval: the year is not over and no annual actual was entered.")
                                            .arg(yearLabel(facts.latestActualYear))
                                            .arg(facts.latestActualToQuarter);
        else if (facts.latestActualDerived)
            text += QLatin1Char('\n') + tr("Derived from the %1 quarters by the measure's interval: no annual actual "
                                           "was entered.")
                                            .arg(yearLabel(facts.latestActualYear));
        return plainToolTip(text);
    }
    case Model::TargetColumn: {
        QString text = tr("The %1 annual target, in %2. Type a number, or the reason there is none.")
                           .arg(yearLabel(m_planYear), report::NumberFormat::unitSuffix(measure.unit));
        if (!facts.planYearTarget.number && !facts.planYearTarget.missingReason.isEmpty())
            text += QLatin1Char('\n') + tr("No target: %1").arg(facts.planYearTarget.missingReason);
        if (!facts.planYearTarget.note.isEmpty())
            text += QLatin1Char('\n') + tr("Rationale: %1").arg(facts.planYearTarget.note);
        return plainToolTip(text);
    }
    case Model::StatusColumn: {
        const rules::MeasureYearStatus& status = facts.status;
        if (status.fiscalYear == 0)
            return tr("No year has both an annual target and an actual.");
        QString text = tr("%1 in %2").arg(report::StatusStyle::of(status.status).text, yearLabel(status.fiscalYear));
        if (status.target && status.actual)
            text += tr(": actual %1 against target %2")
                        .arg(report::NumberFormat::format(*status.actual, measure.unit),
                             report::NumberFormat::format(*status.target, measure.unit));
        if (status.overridden)
            text += QLatin1Char('\n') + tr("Set by hand: %1").arg(status.overrideNote);
        return plainToolTip(text);
    }
    case Model::CompletenessColumn: {
        const rules::CompletenessReport report = rules::completeness(measure);
        if (report.complete())
            return tr("Every required part of the definition is filled in.");
        QStringList missing;
        for (const QString& field : report.missingFields)
            missing << rules::fieldLabel(field);
        for (Element element : report.missingElements)
            missing << label(element);
        return plainToolTip(tr("Missing: %1").arg(missing.join(QStringLiteral(", "))));
    }
    default: return {};
    }
}

QVariant MeasureCellText::header(int section, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Model::IdColumn: return tr("Id");
        case Model::AgencyColumn: return tr("Agency");
        case Model::OwnerColumn: return tr("Owner");
        case Model::ServiceColumn: return tr("Service");
        case Model::TitleColumn: return tr("Title");
        case Model::TypeColumn: return tr("Type");
        case Model::DirectionColumn: return tr("Direction");
        case Model::LatestActualColumn: return tr("Latest actual");
        case Model::TargetColumn: return m_planYear > 0 ? tr("%1 target").arg(yearLabel(m_planYear)) : tr("Target");
        case Model::StatusColumn: return tr("Status");
        case Model::CompletenessColumn: return tr("Complete");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Model::OwnerColumn: return tr("Who writes the plan: the agency, or an office inside it");
        case Model::LatestActualColumn: return tr("The latest fiscal year's annual actual (entered, or derived from the quarters)");
        case Model::TargetColumn: return tr("The annual target of the plan year");
        case Model::StatusColumn: return tr("Status against target in the latest year with both a target and an actual");
        case Model::CompletenessColumn: return tr("Required parts of the measure's definition filled in");
        default: return {};
        }
    }
    return {};
}

} // namespace ys::ui
