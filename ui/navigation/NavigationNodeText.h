// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NavigationNode.h"

#include "storage/PlanSnapshot.h"

#include <QCoreApplication>
#include <QString>

namespace ys::ui {

// The words a navigation node shows: its label ("Service 609: Emergency Medical Services",
// "FY27 plan (Draft)") and its tool tip, whose user text is converted so that it shows literally.
class NavigationNodeText
{
    Q_DECLARE_TR_FUNCTIONS(NavigationNodeText)

public:
    explicit NavigationNodeText(const storage::PlanSnapshot& snapshot);

    QString label(const NavigationNode& node) const;
    QString toolTip(const NavigationNode& node) const;

private:
    const storage::PlanSnapshot& m_snapshot;
};

} // namespace ys::ui
