// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Review.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace ys::review {

// The review of one or more plans as it travels between reviewer and agency (a *.yardstick-review
// file): only the review (flags, comments, rubric scores, decisions) and what it was made on (the
// plan's uid and version, the fingerprints of its measures). Objects are named by their uids, never
// by the row ids of one file.
struct ReviewPackage
{
    // A measure of the reviewed plan as the reviewer saw it.
    struct MeasureRef
    {
        QString uid;
        QString title;
        int service = 0; // service number, 0 for a goal KPI
        QString fingerprint;
    };
    // A review item, with its measure named by uid (anchor.measureId and anchor.planId are unused).
    struct Item
    {
        ReviewItem item;
        QString measureUid;
    };
    struct Score
    {
        QString criterion; // code
        int score = 0;
        QString note;
        QString author;
        QDateTime scoredAt;
    };
    struct PlanReview
    {
        QString planUid;
        QString owner;
        QString agency;
        int cycle = 0;
        int planVersion = 1;
        LifeCycle state = LifeCycle::Draft;
        QString headerFingerprint;
        std::vector<MeasureRef> measures;
        std::vector<Item> items;
        std::vector<RubricCriterion> criteria;
        std::vector<Score> scores;
        std::vector<ReviewDecision> decisions; // planId unused

        bool isEmpty() const { return items.empty() && scores.empty() && decisions.empty(); }
    };

    static constexpr int FormatVersion = 1;

    int formatVersion = FormatVersion;
    QString program;    // "Yardstick 0.1.0"
    QDateTime createdAt;
    QString createdBy;
    QString sourceFile; // the plan file's name (without its folder)
    std::vector<PlanReview> plans;
};

} // namespace ys::review
