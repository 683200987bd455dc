// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"
#include "domain/Vocabulary.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace ys::review {

// What a merge of a review did, for the person who asked for it: per plan the state before and
// after; how many items, scores and decisions came in; which review items are anchored to objects
// that changed since the reviewer wrote them; which measures differ from what the reviewer saw;
// and the conflicts, where both sides changed the same thing and this file's side was kept.
struct MergeReport
{
    struct PlanResult
    {
        RowId planId = 0;
        QString plan; // PlanLookup::describe
        LifeCycle before = LifeCycle::Draft;
        LifeCycle after = LifeCycle::Draft;
        int version = 1;
        int reviewedVersion = 1;
    };

    QString source; // the review file
    bool dryRun = false;
    std::vector<PlanResult> plans;
    int itemsAdded = 0;
    int itemsUpdated = 0;
    int itemsUnchanged = 0;
    int scoresAdded = 0;
    int scoresUpdated = 0;
    int decisionsAdded = 0;
    bool rubricInstalled = false;
    QStringList changedSinceReview;  // review items whose anchor changed since the review
    QStringList measuresChanged;     // measures that differ from the reviewed version
    QStringList conflicts;

    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace ys::review
