// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlagKind.h"

namespace ys::review {

QString code(FlagKind kind)
{
    switch (kind) {
    case FlagKind::Duplicative: return QStringLiteral("duplicative");
    case FlagKind::HardToUnderstand: return QStringLiteral("hard_to_understand");
    case FlagKind::BeyondControl: return QStringLiteral("beyond_control");
    case FlagKind::OutputOnlyFamily: return QStringLiteral("output_only_family");
    case FlagKind::PercentScaleSuspect: return QStringLiteral("percent_scale_suspect");
    case FlagKind::MissingBaseline: return QStringLiteral("missing_baseline");
    case FlagKind::TargetNotAmbitious: return QStringLiteral("target_not_ambitious");
    case FlagKind::Other: return QStringLiteral("other");
    }
    return {};
}

QString label(FlagKind kind)
{
    switch (kind) {
    case FlagKind::Duplicative: return QStringLiteral("Duplicative of another measure");
    case FlagKind::HardToUnderstand: return QStringLiteral("Hard to understand");
    case FlagKind::BeyondControl: return QStringLiteral("Beyond the agency's control");
    case FlagKind::OutputOnlyFamily: return QStringLiteral("Output-only family");
    case FlagKind::PercentScaleSuspect: return QStringLiteral("Percent-scale suspect");
    case FlagKind::MissingBaseline: return QStringLiteral("Missing baseline");
    case FlagKind::TargetNotAmbitious: return QStringLiteral("Target not ambitious");
    case FlagKind::Other: return QStringLiteral("Other");
    }
    return {};
}

const QList<FlagKind>& allFlagKinds()
{
    static const QList<FlagKind> kinds{FlagKind::Duplicative,      FlagKind::HardToUnderstand,
                                       FlagKind::BeyondControl,    FlagKind::OutputOnlyFamily,
                                       FlagKind::PercentScaleSuspect, FlagKind::MissingBaseline,
                                       FlagKind::TargetNotAmbitious, FlagKind::Other};
    return kinds;
}

QStringList allFlagCodes()
{
    QStringList codes;
    for (FlagKind kind : allFlagKinds())
        codes << code(kind);
    return codes;
}

std::optional<FlagKind> flagKindFromCode(const QString& text)
{
    for (FlagKind kind : allFlagKinds())
        if (code(kind) == text)
            return kind;
    return std::nullopt;
}

bool isDetected(FlagKind kind)
{
    switch (kind) {
    case FlagKind::Duplicative:
    case FlagKind::OutputOnlyFamily:
    case FlagKind::PercentScaleSuspect:
    case FlagKind::MissingBaseline:
    case FlagKind::TargetNotAmbitious: return true;
    default: return false;
    }
}

} // namespace ys::review
