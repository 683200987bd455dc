// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "Vocabulary.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ys {

// Section 2: a SMART goal statement, linked to a pillar goal.
struct Goal
{
    RowId id = 0;
    QString uid;
    RowId planId = 0;
    int ordinal = 0;
    QString statement;
    RowId pillarGoalId = 0;     // 0 when not linked
    bool primaryLink = true;    // primary or secondary link to the pillar goal
};

// This year's concrete action towards a goal.
struct Initiative
{
    RowId id = 0;
    QString uid;
    RowId goalId = 0;
    QString title;
    QString description;
    QDate start;
    QDate end;
    QString owner;
    InitiativeStatus status = InitiativeStatus::Planned;
};

// Section 5: a risk or dependency, by category, with its mitigation.
struct Risk
{
    RowId id = 0;
    QString uid;
    RowId planId = 0;
    RiskCategory category = RiskCategory::Other;
    QString description;
    QString mitigation;
};

// Section 6: who is accountable for a service's work and for its data.
struct KeyPerson
{
    enum class Role { ServiceLead, DataLead, Other };

    RowId id = 0;
    QString uid;
    RowId planId = 0;
    RowId serviceId = 0; // 0 for agency-wide roles
    Role role = Role::Other;
    QString name;
    QString title;
};

QString code(KeyPerson::Role role);
std::optional<KeyPerson::Role> keyPersonRoleFromCode(const QString& text);

} // namespace ys
