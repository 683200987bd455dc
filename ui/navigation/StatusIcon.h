// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QIcon>

namespace ys::ui {

// A small badge for a status against target: the StatusStyle colour with its symbol drawn on it,
// so that the tree shows status by shape as well as by colour. Made once per status.
class StatusIcon
{
public:
    static QIcon of(TargetStatus status);
};

} // namespace ys::ui
