// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureFields.h"

#include "rules/FieldCodes.h"

namespace ys::ui {
namespace {

using Group = MeasureFieldGroup;
using Kind = MeasureFieldKind;

MeasureFieldSpec elementField(Element element, Group group, Kind kind, const QString& label,
                              const QString& help)
{
    return {code(element),
            group,
            kind,
            label,
            help,
            [element](const Measure& m) { return QVariant(m.element(element)); },
            [element](Measure& m, const QVariant& v) { m.element(element) = v.toString(); },
            {}};
}

template <typename Enum>
MeasureFieldSpec enumField(const QString& code, Group group, const QString& label, const QString& help,
                           Enum Measure::*member, QList<EditorChoice> choices)
{
    return {code,
            group,
            Kind::EditorChoice,
            label,
            help,
            [member](const Measure& m) { return QVariant(static_cast<int>(m.*member)); },
            [member](Measure& m, const QVariant& v) { m.*member = static_cast<Enum>(v.toInt()); },
            std::move(choices)};
}

MeasureFieldSpec idField(const QString& code, Group group, const QString& label, const QString& help,
                         RowId Measure::*member)
{
    return {code,
            group,
            Kind::EditorChoice,
            label,
            help,
            [member](const Measure& m) { return QVariant(qlonglong(m.*member)); },
            [member](Measure& m, const QVariant& v) { m.*member = v.toLongLong(); },
            {}};
}

MeasureFieldSpec checkField(const QString& code, const QString& label, const QString& help,
                            bool Measure::*member)
{
    return {code,
            Group::TargetSetting,
            Kind::Check,
            label,
            help,
            [member](const Measure& m) { return QVariant(m.*member); },
            [member](Measure& m, const QVariant& v) { m.*member = v.toBool(); },
            {}};
}

} // namespace

QList<MeasureFieldSpec> MeasureFields::all()
{
    namespace f = rules::field;
    QList<MeasureFieldSpec> out;

    // Definition: what the measure is and what it is for.
    out << MeasureFieldSpec{f::Title,
                            Group::Definition,
                            Kind::Line,
                            tr("Title"),
                            tr("The measure's name as a reader will see it, saying what is counted, e.g. "
                               "\"Percent of EMS responses within 9 minutes\"."),
                            [](const Measure& m) { return QVariant(m.title); },
                            [](Measure& m, const QVariant& v) { m.title = v.toString(); },
                            {}};
    out << enumField(
        f::Type, Group::Definition, tr("Measure type"),
        tr("Output: how much service is delivered. Efficiency: the cost in money or time of each unit "
           "delivered. Effectiveness: how well the service meets its standard. Outcome: how much better "
           "off residents are."),
        &Measure::type, EditorChoices::measureTypes());
    out << enumField(
        Level, Group::Definition, tr("Measure level"),
        tr("A service metric belongs to a budget service; a goal KPI tracks one of the agency's goals."),
        &Measure::level, EditorChoices::levels());
    out << idField(Service, Group::Definition, tr("Service"),
                   tr("The budget service this metric measures. Service metrics only."), &Measure::serviceId);
    out << idField(Goal, Group::Definition, tr("Agency goal"),
                   tr("The agency goal this KPI shows progress on. Goal KPIs only."), &Measure::goalId);
    out << idField(PillarGoal, Group::Definition, tr("Pillar goal"),
                   tr("The goal of the Mayor's Action Plan this measure helps to reach."),
                   &Measure::pillarGoalId);
    out << elementField(
        Element::Description, Group::Definition, Kind::Text, tr("Description"),
        tr("What exactly is measured, with the key terms defined so that anyone counts it the "
           "same way."));
    out << elementField(Element::ContextRequired, Group::Definition, Kind::Text, tr("Context required"),
                        tr("What a reader needs to know about the subject to read the number correctly."));
    out << elementField(Element::Meaning, Group::Definition, Kind::Text, tr("Why it is meaningful"),
                        tr("How the measure informs the work: what managers learn or decide from it."));
    out << elementField(Element::DataUse, Group::Definition, Kind::Text, tr("How the data is used"),
                        tr("Whether a change in this measure over time is a reliable signal about particular "
                           "operations, and how it is acted on."));

    // Data: where the numbers come from and how they are made.
    out << elementField(Element::DataSource, Group::Data, Kind::Text, tr("Data source"),
                        tr("The exact system or file the numbers come from, by name. A generic name such as "
                           "\"tracking spreadsheet\" is not enough."));
    out << elementField(
        Element::DataLocation, Group::Data, Kind::Text, tr("Data location"),
        tr("Where the data is kept: the system and the exact report or table, so that an analyst "
           "from outside the agency could find it."));
    out << elementField(Element::DataOwner, Group::Data, Kind::Text, tr("Data owner or steward"),
                        tr("Who has access to the data and reports it, by role (and name if useful)."));
    out << elementField(Element::UpdateFrequency, Group::Data, Kind::Line, tr("Update frequency"),
                        tr("How often the data is refreshed: live, weekly, monthly, annually ..."));
    out << elementField(Element::CollectionMethod, Group::Data, Kind::Text, tr("Method of collection"),
                        tr("Who collects the underlying data, what is collected, where, when and how."));
    out << elementField(
        Element::Formula, Group::Data, Kind::Text, tr("Formula"),
        tr("How the number is calculated, with the numerator and the denominator written out, "
           "e.g. \"responses within 9 minutes / all responses x 100\"."));
    out << elementField(
        Element::Disaggregation, Group::Data, Kind::Text, tr("Disaggregation"),
        tr("Whether the measure can be broken down by group, such as geography or race, and how."));
    out << elementField(Element::Proxy, Group::Data, Kind::Text, tr("Proxy"),
                        tr("If the data is not available monthly, what is used in its place. Answer where it "
                           "applies."));
    out << elementField(
        Element::MeasurementImprovement, Group::Data, Kind::Text, tr("Measurement improvement"),
        tr("What would make collecting this measure better or cheaper, and whether that is worth "
           "its cost. Answer where it applies."));
    out << enumField(f::Unit, Group::Data, tr("Unit"),
                     tr("How the values are written. Percent values are in percent points: 75 means 75 %."),
                     &Measure::unit, EditorChoices::units());
    out << enumField(QStringLiteral("interval"), Group::Data, tr("Interval"),
                     tr("How the quarters make up the year's actual when no annual actual is entered."),
                     &Measure::interval, EditorChoices::intervals());

    // Target setting: which way is better, from where, and the measure's standing.
    out << enumField(
        f::Direction, Group::TargetSetting, tr("Desired direction"),
        tr("Which way is better for residents: up, down, or staying within a band around the target."),
        &Measure::direction, EditorChoices::directions());
    out << MeasureFieldSpec{
        f::Baseline,
        Group::TargetSetting,
        Kind::Number,
        tr("Baseline value"),
        tr("The measure's starting level: its value in the baseline fiscal year, in the measure's "
           "unit."),
        [](const Measure& m) { return m.baseline ? QVariant(*m.baseline) : QVariant(); },
        [](Measure& m, const QVariant& v) {
            m.baseline = v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
        },
        {}};
    out << MeasureFieldSpec{
        f::BaselineYear,
        Group::TargetSetting,
        Kind::EditorChoice,
        tr("Baseline fiscal year"),
        tr("The fiscal year the baseline value belongs to. A new measure without a past value "
           "uses the plan year as its baseline year."),
        [](const Measure& m) { return QVariant(m.baselineYear); },
        [](Measure& m, const QVariant& v) { m.baselineYear = v.toInt(); },
        {}};
    out << MeasureFieldSpec{
        QStringLiteral("tolerance"),
        Group::TargetSetting,
        Kind::Number,
        tr("Tolerance (%)"),
        tr("How far from the target still counts as near the target (or as met, for a measure to "
           "maintain), in percent of the target. Leave blank to use the plan's default."),
        [](const Measure& m) { return m.tolerance ? QVariant(*m.tolerance * 100.0) : QVariant(); },
        [](Measure& m, const QVariant& v) {
            m.tolerance = v.isValid() ? std::optional<double>(v.toDouble() / 100.0) : std::nullopt;
        },
        {}};
    out << checkField(QStringLiteral("equity"), tr("Equity measure"),
                      tr("Tick when the measure tracks an equity outcome or a gap between groups."),
                      &Measure::equity);
    out << enumField(QStringLiteral("change"), Group::TargetSetting, tr("Change since the last plan"),
                     tr("Whether the measure is new, unchanged, modified, replaced or removed in this plan."),
                     &Measure::change, EditorChoices::changeMappings());
    out << enumField(
        QStringLiteral("approval"), Group::TargetSetting, tr("Approval status"),
        tr("Where the measure's validation stands: a draft, waiting for review, validated, or returned "
           "with changes to make."),
        &Measure::approval, EditorChoices::approvals());
    out << checkField(
        QStringLiteral("deprecated"), tr("Deprecated"),
        tr("Tick when the measure is no longer reported. It stays in the file but no longer counts "
           "in its service's family of measures."),
        &Measure::deprecated);
    return out;
}

QString MeasureFields::groupTitle(MeasureFieldGroup group)
{
    switch (group) {
    case Group::Definition:
        return tr("Definition");
    case Group::Data:
        return tr("Data");
    case Group::TargetSetting:
        return tr("Target setting");
    }
    return {};
}

QString MeasureFields::groupHelp(MeasureFieldGroup group)
{
    switch (group) {
    case Group::Definition:
        return tr("What the measure is, what it is linked to, and why it matters.");
    case Group::Data:
        return tr("Where the numbers come from and how they are calculated: enough for a reviewer outside "
                  "the agency "
                  "to reproduce them.");
    case Group::TargetSetting:
        return tr("Which way is better, the starting point, and the measure's standing.");
    }
    return {};
}

} // namespace ys::ui
