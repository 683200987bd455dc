// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ys::review {

// The review flags of DOMAIN.md. The product detects some of them and proposes them; a reviewer
// confirms or dismisses those, and raises the others (with a comment) where they see fit.
enum class FlagKind {
    Duplicative,        // duplicative of another measure (detected: same title twice in a service)
    HardToUnderstand,   // hard to understand
    BeyondControl,      // driven by factors beyond the agency's control
    OutputOnlyFamily,   // the service has no effectiveness or outcome measure (detected)
    PercentScaleSuspect, // 0.75 beside 75 in the values as written (detected)
    MissingBaseline,    // no baseline value (detected)
    TargetNotAmbitious, // the target is below the latest actual in the desired direction (detected)
    Other,              // anything else a reviewer wants to flag, said in the comment
};

QString code(FlagKind kind);
QString label(FlagKind kind);
std::optional<FlagKind> flagKindFromCode(const QString& text);
// Whether the product can detect and propose the flag.
bool isDetected(FlagKind kind);
// Every flag kind, in declaration order.
const QList<FlagKind>& allFlagKinds();
QStringList allFlagCodes();

} // namespace ys::review
