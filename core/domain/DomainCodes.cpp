// SPDX-License-Identifier: GPL-3.0-or-later
// Codes of the small vocabularies that live beside their types (Value, KeyPerson, AuditEntry).
#include "AuditEntry.h"
#include "PlanSections.h"
#include "Value.h"

namespace ys {

QString code(Origin origin)
{
    return origin == Origin::Import ? QStringLiteral("import") : QStringLiteral("user");
}

std::optional<Origin> originFromCode(const QString& text)
{
    if (text == QLatin1String("import"))
        return Origin::Import;
    if (text == QLatin1String("user"))
        return Origin::User;
    return std::nullopt;
}

QString code(KeyPerson::Role role)
{
    switch (role) {
    case KeyPerson::Role::ServiceLead: return QStringLiteral("service_lead");
    case KeyPerson::Role::DataLead: return QStringLiteral("data_lead");
    case KeyPerson::Role::Other: break;
    }
    return QStringLiteral("other");
}

std::optional<KeyPerson::Role> keyPersonRoleFromCode(const QString& text)
{
    if (text == QLatin1String("service_lead"))
        return KeyPerson::Role::ServiceLead;
    if (text == QLatin1String("data_lead"))
        return KeyPerson::Role::DataLead;
    if (text == QLatin1String("other"))
        return KeyPerson::Role::Other;
    return std::nullopt;
}

QString code(AuditEntry::Action action)
{
    switch (action) {
    case AuditEntry::Action::Insert: return QStringLiteral("insert");
    case AuditEntry::Action::Update: return QStringLiteral("update");
    case AuditEntry::Action::Delete: return QStringLiteral("delete");
    }
    return {};
}

} // namespace ys
