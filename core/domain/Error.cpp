// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

namespace ys {

QString Error::describe() const
{
    QString where;
    if (!file.isEmpty())
        where = file;
    if (row >= 0)
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("row %1").arg(row);
    if (!field.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("field \"%1\"").arg(field);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace ys
