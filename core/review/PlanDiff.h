// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/PlanSnapshot.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace ys::review {

// What changed between two versions of a plan file (the reviewed version and the resubmitted one):
// per plan (matched by uid), its header fields, the measures added and removed, and per measure
// still there (matched by uid) its changed definition fields and changed values. Values compare the
// number, note and missing reason of target and actual, and the status override; the raw text a
// number was imported from is not compared on its own.
struct PlanDiff
{
    struct FieldChange
    {
        QString field; // "title", "formula", "FY27 annual target"
        QString before;
        QString after;
    };
    struct MeasureRef
    {
        QString uid;
        RowId id = 0; // in the file it is in (the new file for added and changed, the old for removed)
        QString title;
        int service = 0;
    };
    struct MeasureChange
    {
        MeasureRef measure;
        RowId oldId = 0;
        std::vector<FieldChange> definition;
        std::vector<FieldChange> values;
    };
    struct PlanChange
    {
        QString uid;
        QString plan; // PlanLookup::describe, in the new file
        std::vector<FieldChange> header;
        std::vector<MeasureRef> added;
        std::vector<MeasureRef> removed;
        std::vector<MeasureChange> changed;

        bool isEmpty() const { return header.empty() && added.empty() && removed.empty() && changed.empty(); }
    };

    QString beforeName; // what the two sides are called in the text (file names)
    QString afterName;
    std::vector<PlanChange> plans; // plans in both files that changed
    QStringList plansAdded;        // plans only in the new file
    QStringList plansRemoved;      // plans only in the old file

    // Compares every plan of the two files, or only the plan of uid `planUid`.
    static PlanDiff compare(const storage::PlanSnapshot& before, const storage::PlanSnapshot& after,
                            const QString& planUid = {});

    bool isEmpty() const;
    int measuresChanged() const; // changed measures over all plans
    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace ys::review
