// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/document/PlanDocument.h"

#include <QString>

#include <memory>

namespace ys::bench {

// A whole city's plan at `path` for the figures: the Baltimore workbook through the "baltimore-xlsx"
// importer, or 1,500 synthetic measures when that importer or the workbook is missing. `what` says
// which ("the Baltimore workbook, 835 measures, 56 plan owners") or why it failed ("failed: ...").
std::unique_ptr<ui::PlanDocument> cityPlan(const QString& path, QString& what);

} // namespace ys::bench
