// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BookContent.h"
#include "PageFlow.h"

#include <QDate>

namespace ys::report::pdf {

// Lays out one plan owner's plan in the order of the city's plan structure: the opener (or a full
// cover when the plan is published on its own), overview and vision, goals with their pillar-goal
// link, initiatives and KPIs, each service with its description, measures table and charts, risks
// and dependencies, and key personnel.
class PlanLayout
{
public:
    struct Options
    {
        bool fullCover = false; // an agency's own PDF starts with a cover page
        bool charts = true;     // a chart per measure after each service's table
        QDate date;             // printed on the cover
    };

    PlanLayout(PageFlow& flow, const BookContent& book, Options options);
    void layOut(const PlanContent& plan);

    // "Baltimore City Fire Department · FY27 plan"
    static QString runningHeader(const PlanContent& plan);

private:
    void cover(const PlanContent& plan);
    void opener(const PlanContent& plan);
    void overview(const PlanContent& plan);
    void goals(const PlanContent& plan);
    void services(const PlanContent& plan);
    void risks(const PlanContent& plan);
    void personnel(const PlanContent& plan);
    void measures(const std::vector<RowId>& ids);
    void charts(const std::vector<RowId>& ids);
    void labelled(const QString& label, const QString& text);
    void none(const QString& what);
    void text(const QString& text); // a narrative section, or "Not provided."

    PageFlow& m_flow;
    const BookContent& m_book;
    Options m_options;
};

} // namespace ys::report::pdf
