// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ys {

// The domain's controlled vocabularies. Each has a stable code (stored in the plan file, used in
// JSON and on the command line) and a label for people. fromCode() reads codes only; the importers
// own the forgiving readings of what people type.

enum class Period { Q1, Q2, Q3, Q4, Annual };
enum class MeasureType { Output, Efficiency, Effectiveness, Outcome, Input, Demand, Quality, Unspecified };
enum class Direction { Increase, Decrease, Maintain, NotApplicable, Unspecified };
enum class Unit { Count, Percent, Currency, Rate, Decimal, Days, Score };
enum class Interval { Cumulative, Snapshot, Period, Unspecified };
enum class MeasureLevel { Service, Goal };
enum class ChangeMapping { New, Unchanged, Modified, Replaced, Removed };
enum class ApprovalStatus { Draft, Pending, Validated, Returned };
enum class LifeCycle { Draft, Submitted, InReview, Returned, Resubmitted, Approved, Published };
enum class InitiativeStatus { Planned, InProgress, Completed, OnHold };
enum class RiskCategory { CrossAgency, ItSystems, External, Legislative, Other };
enum class AgencyKind { MayoralAgency, QuasiAgency, Independent, MayoralOffice };
enum class TargetStatus { Met, Near, Missed, NoData };

QString code(Period v);
QString code(MeasureType v);
QString code(Direction v);
QString code(Unit v);
QString code(Interval v);
QString code(MeasureLevel v);
QString code(ChangeMapping v);
QString code(ApprovalStatus v);
QString code(LifeCycle v);
QString code(InitiativeStatus v);
QString code(RiskCategory v);
QString code(AgencyKind v);
QString code(TargetStatus v);

QString label(Period v);
QString label(MeasureType v);
QString label(Direction v);
QString label(Unit v);
QString label(Interval v);
QString label(LifeCycle v);
QString label(InitiativeStatus v);
QString label(RiskCategory v);
QString label(AgencyKind v);
QString label(TargetStatus v);

// Reads a stable code; nullopt when the text is not one of the codes of that vocabulary.
template <typename Enum>
std::optional<Enum> fromCode(const QString& text);

// Every code of a vocabulary, in declaration order (for CHECK constraints, combo boxes, --help).
template <typename Enum>
QStringList allCodes();

// True for the four types of the family of measures.
bool isFamilyType(MeasureType type);

} // namespace ys
