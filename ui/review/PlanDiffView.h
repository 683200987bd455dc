// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/PlanDiff.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace ys::ui {

// What changed between two versions of a plan file (review::PlanDiff), as a tree a reviewer reads
// after a resubmission: per plan, the measures added, removed and changed, and under each changed
// measure its fields with the old and the new value. "Copy as Text" gives `yardstick diff`'s text.
class PlanDiffView : public QDialog
{
    Q_OBJECT

public:
    PlanDiffView(review::PlanDiff diff, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    const review::PlanDiff& diff() const { return m_diff; }

private:
    void fill();

    review::PlanDiff m_diff;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace ys::ui
