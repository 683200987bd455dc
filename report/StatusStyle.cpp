// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusStyle.h"

namespace ys::report {

StatusStyle StatusStyle::of(TargetStatus status)
{
    // Okabe-Ito: bluish green, orange, vermillion; grey for no data. Distinct for the common
    // colour-vision deficiencies, and each comes with its own symbol.
    switch (status) {
    case TargetStatus::Met:
        return {QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0xF0, 0xE7), QStringLiteral("✓"), QStringLiteral("Met")};
    case TargetStatus::Near:
        return {QColor(0xE6, 0x9F, 0x00), QColor(0xFB, 0xEC, 0xC8), QStringLiteral("≈"), QStringLiteral("Near")};
    case TargetStatus::Missed:
        return {QColor(0xD5, 0x5E, 0x00), QColor(0xF7, 0xDB, 0xC8), QStringLiteral("✗"), QStringLiteral("Missed")};
    case TargetStatus::NoData:
        break;
    }
    return {QColor(0x80, 0x80, 0x80), QColor(0xEE, 0xEE, 0xEE), QStringLiteral("–"), QStringLiteral("No data")};
}

} // namespace ys::report
