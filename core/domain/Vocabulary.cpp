// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vocabulary.h"

#include <array>
#include <utility>

namespace ys {
namespace {

template <typename Enum, std::size_t N>
using Table = std::array<std::pair<Enum, const char*>, N>;

constexpr Table<Period, 5> periodCodes{{{Period::Q1, "Q1"}, {Period::Q2, "Q2"}, {Period::Q3, "Q3"},
                                        {Period::Q4, "Q4"}, {Period::Annual, "annual"}}};
constexpr Table<MeasureType, 8> typeCodes{{{MeasureType::Output, "output"},
                                           {MeasureType::Efficiency, "efficiency"},
                                           {MeasureType::Effectiveness, "effectiveness"},
                                           {MeasureType::Outcome, "outcome"},
                                           {MeasureType::Input, "input"},
                                           {MeasureType::Demand, "demand"},
                                           {MeasureType::Quality, "quality"},
                                           {MeasureType::Unspecified, "unspecified"}}};
constexpr Table<Direction, 5> directionCodes{{{Direction::Increase, "increase"},
                                              {Direction::Decrease, "decrease"},
                                              {Direction::Maintain, "maintain"},
                                              {Direction::NotApplicable, "not_applicable"},
                                              {Direction::Unspecified, "unspecified"}}};
constexpr Table<Unit, 7> unitCodes{{{Unit::Count, "count"},
                                    {Unit::Percent, "percent"},
                                    {Unit::Currency, "currency"},
                                    {Unit::Rate, "rate"},
                                    {Unit::Decimal, "decimal"},
                                    {Unit::Days, "days"},
                                    {Unit::Score, "score"}}};
constexpr Table<Interval, 4> intervalCodes{{{Interval::Cumulative, "cumulative"},
                                            {Interval::Snapshot, "snapshot"},
                                            {Interval::Period, "period"},
                                            {Interval::Unspecified, "unspecified"}}};
constexpr Table<MeasureLevel, 2> levelCodes{{{MeasureLevel::Service, "service"}, {MeasureLevel::Goal, "goal"}}};
constexpr Table<ChangeMapping, 5> changeCodes{{{ChangeMapping::New, "new"},
                                               {ChangeMapping::Unchanged, "unchanged"},
                                               {ChangeMapping::Modified, "modified"},
                                               {ChangeMapping::Replaced, "replaced"},
                                               {ChangeMapping::Removed, "removed"}}};
constexpr Table<ApprovalStatus, 4> approvalCodes{{{ApprovalStatus::Draft, "draft"},
                                                  {ApprovalStatus::Pending, "pending"},
                                                  {ApprovalStatus::Validated, "validated"},
                                                  {ApprovalStatus::Returned, "returned"}}};
constexpr Table<LifeCycle, 7> lifeCycleCodes{{{LifeCycle::Draft, "draft"},
                                              {LifeCycle::Submitted, "submitted"},
                                              {LifeCycle::InReview, "in_review"},
                                              {LifeCycle::Returned, "returned"},
                                              {LifeCycle::Resubmitted, "resubmitted"},
                                              {LifeCycle::Approved, "approved"},
                                              {LifeCycle::Published, "published"}}};
constexpr Table<InitiativeStatus, 4> initiativeCodes{{{InitiativeStatus::Planned, "planned"},
                                                      {InitiativeStatus::InProgress, "in_progress"},
                                                      {InitiativeStatus::Completed, "completed"},
                                                      {InitiativeStatus::OnHold, "on_hold"}}};
constexpr Table<RiskCategory, 5> riskCodes{{{RiskCategory::CrossAgency, "cross_agency"},
                                            {RiskCategory::ItSystems, "it_systems"},
                                            {RiskCategory::External, "external"},
                                            {RiskCategory::Legislative, "legislative"},
                                            {RiskCategory::Other, "other"}}};
constexpr Table<AgencyKind, 4> agencyKindCodes{{{AgencyKind::MayoralAgency, "mayoral_agency"},
                                                {AgencyKind::QuasiAgency, "quasi_agency"},
                                                {AgencyKind::Independent, "independent"},
                                                {AgencyKind::MayoralOffice, "mayoral_office"}}};
constexpr Table<TargetStatus, 4> statusCodes{
    {{TargetStatus::Met, "met"}, {TargetStatus::Near, "near"}, {TargetStatus::Missed, "missed"}, {TargetStatus::NoData, "no_data"}}};

template <typename Enum, std::size_t N>
QString lookup(const Table<Enum, N>& table, Enum value)
{
    for (const auto& [v, text] : table)
        if (v == value)
            return QString::fromLatin1(text);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> reverse(const Table<Enum, N>& table, const QString& text)
{
    for (const auto& [v, t] : table)
        if (text == QLatin1String(t))
            return v;
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QStringList codes(const Table<Enum, N>& table)
{
    QStringList out;
    for (const auto& entry : table)
        out << QString::fromLatin1(entry.second);
    return out;
}

} // namespace

QString code(Period v) { return lookup(periodCodes, v); }
QString code(MeasureType v) { return lookup(typeCodes, v); }
QString code(Direction v) { return lookup(directionCodes, v); }
QString code(Unit v) { return lookup(unitCodes, v); }
QString code(Interval v) { return lookup(intervalCodes, v); }
QString code(MeasureLevel v) { return lookup(levelCodes, v); }
QString code(ChangeMapping v) { return lookup(changeCodes, v); }
QString code(ApprovalStatus v) { return lookup(approvalCodes, v); }
QString code(LifeCycle v) { return lookup(lifeCycleCodes, v); }
QString code(InitiativeStatus v) { return lookup(initiativeCodes, v); }
QString code(RiskCategory v) { return lookup(riskCodes, v); }
QString code(AgencyKind v) { return lookup(agencyKindCodes, v); }
QString code(TargetStatus v) { return lookup(statusCodes, v); }

QString label(Period v) { return v == Period::Annual ? QStringLiteral("Annual") : code(v); }

QString label(MeasureType v)
{
    switch (v) {
    case MeasureType::Output: return QStringLiteral("Output");
    case MeasureType::Efficiency: return QStringLiteral("Efficiency");
    case MeasureType::Effectiveness: return QStringLiteral("Effectiveness");
    case MeasureType::Outcome: return QStringLiteral("Outcome");
    case MeasureType::Input: return QStringLiteral("Input");
    case MeasureType::Demand: return QStringLiteral("Demand");
    case MeasureType::Quality: return QStringLiteral("Quality");
    case MeasureType::Unspecified: break;
    }
    return QStringLiteral("Unspecified");
}

QString label(Direction v)
{
    switch (v) {
    case Direction::Increase: return QStringLiteral("Increase");
    case Direction::Decrease: return QStringLiteral("Decrease");
    case Direction::Maintain: return QStringLiteral("Maintain");
    case Direction::NotApplicable: return QStringLiteral("Not applicable");
    case Direction::Unspecified: break;
    }
    return QStringLiteral("Unspecified");
}

QString label(Unit v)
{
    switch (v) {
    case Unit::Count: return QStringLiteral("Count");
    case Unit::Percent: return QStringLiteral("Percent");
    case Unit::Currency: return QStringLiteral("Currency");
    case Unit::Rate: return QStringLiteral("Rate");
    case Unit::Decimal: return QStringLiteral("Decimal");
    case Unit::Days: return QStringLiteral("Days");
    case Unit::Score: return QStringLiteral("Score");
    }
    return {};
}

QString label(Interval v)
{
    switch (v) {
    case Interval::Cumulative: return QStringLiteral("Cumulative (sum of quarters)");
    case Interval::Snapshot: return QStringLiteral("Snapshot (latest quarter)");
    case Interval::Period: return QStringLiteral("Period (mean of quarters)");
    case Interval::Unspecified: break;
    }
    return QStringLiteral("Unspecified");
}

QString label(LifeCycle v)
{
    switch (v) {
    case LifeCycle::Draft: return QStringLiteral("Draft");
    case LifeCycle::Submitted: return QStringLiteral("Submitted");
    case LifeCycle::InReview: return QStringLiteral("In review");
    case LifeCycle::Returned: return QStringLiteral("Returned");
    case LifeCycle::Resubmitted: return QStringLiteral("Resubmitted");
    case LifeCycle::Approved: return QStringLiteral("Approved");
    case LifeCycle::Published: return QStringLiteral("Published");
    }
    return {};
}

QString label(InitiativeStatus v)
{
    switch (v) {
    case InitiativeStatus::Planned: return QStringLiteral("Planned");
    case InitiativeStatus::InProgress: return QStringLiteral("In progress");
    case InitiativeStatus::Completed: return QStringLiteral("Completed");
    case InitiativeStatus::OnHold: return QStringLiteral("On hold");
    }
    return {};
}

QString label(RiskCategory v)
{
    switch (v) {
    case RiskCategory::CrossAgency: return QStringLiteral("Cross-agency inputs");
    case RiskCategory::ItSystems: return QStringLiteral("IT systems");
    case RiskCategory::External: return QStringLiteral("External concerns");
    case RiskCategory::Legislative: return QStringLiteral("Legislative effects");
    case RiskCategory::Other: return QStringLiteral("Other");
    }
    return {};
}

QString label(AgencyKind v)
{
    switch (v) {
    case AgencyKind::MayoralAgency: return QStringLiteral("Mayoral agency");
    case AgencyKind::QuasiAgency: return QStringLiteral("Quasi-agency");
    case AgencyKind::Independent: return QStringLiteral("Independent agency");
    case AgencyKind::MayoralOffice: return QStringLiteral("Mayoral office");
    }
    return {};
}

QString label(TargetStatus v)
{
    switch (v) {
    case TargetStatus::Met: return QStringLiteral("Met");
    case TargetStatus::Near: return QStringLiteral("Near");
    case TargetStatus::Missed: return QStringLiteral("Missed");
    case TargetStatus::NoData: return QStringLiteral("No data");
    }
    return {};
}

bool isFamilyType(MeasureType type)
{
    return type == MeasureType::Output || type == MeasureType::Efficiency ||
           type == MeasureType::Effectiveness || type == MeasureType::Outcome;
}

#define YS_VOCABULARY(Enum, table)                                                                           \
    template <>                                                                                              \
    std::optional<Enum> fromCode<Enum>(const QString& text)                                                  \
    {                                                                                                        \
        return reverse(table, text);                                                                         \
    }                                                                                                        \
    template <>                                                                                              \
    QStringList allCodes<Enum>()                                                                             \
    {                                                                                                        \
        return codes(table);                                                                                 \
    }

YS_VOCABULARY(Period, periodCodes)
YS_VOCABULARY(MeasureType, typeCodes)
YS_VOCABULARY(Direction, directionCodes)
YS_VOCABULARY(Unit, unitCodes)
YS_VOCABULARY(Interval, intervalCodes)
YS_VOCABULARY(MeasureLevel, levelCodes)
YS_VOCABULARY(ChangeMapping, changeCodes)
YS_VOCABULARY(ApprovalStatus, approvalCodes)
YS_VOCABULARY(LifeCycle, lifeCycleCodes)
YS_VOCABULARY(InitiativeStatus, initiativeCodes)
YS_VOCABULARY(RiskCategory, riskCodes)
YS_VOCABULARY(AgencyKind, agencyKindCodes)
YS_VOCABULARY(TargetStatus, statusCodes)

#undef YS_VOCABULARY

} // namespace ys
