// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QDateTime>
#include <QString>

namespace ys {

// One recorded change: who changed which field of which object, when, from what to what.
struct AuditEntry
{
    enum class Action { Insert, Update, Delete };

    RowId id = 0;
    QDateTime at; // UTC
    QString user;
    QString entity;  // "measure", "value", "plan", ...
    RowId entityId = 0;
    QString field;   // empty for inserts and deletes of a whole object
    QString oldValue;
    QString newValue;
    Action action = Action::Update;
};

QString code(AuditEntry::Action action);

} // namespace ys
