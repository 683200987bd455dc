// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldCodes.h"

#include "domain/Measure.h"

namespace ys::rules {

QString fieldLabel(const QString& code)
{
    if (const auto element = elementFromCode(code))
        return label(*element);
    if (code == field::Title)
        return QStringLiteral("Title");
    if (code == field::Type)
        return QStringLiteral("Measure type");
    if (code == field::Direction)
        return QStringLiteral("Desired direction");
    if (code == field::Unit)
        return QStringLiteral("Unit");
    if (code == field::Baseline)
        return QStringLiteral("Baseline value");
    if (code == field::BaselineYear)
        return QStringLiteral("Baseline year");
    if (code == field::Target)
        return QStringLiteral("Target");
    if (code == field::Actual)
        return QStringLiteral("Actual");
    if (code == field::Statement)
        return QStringLiteral("Goal statement");
    return code;
}

} // namespace ys::rules
