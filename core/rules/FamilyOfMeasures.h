// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Measure.h"

#include <QList>

#include <vector>

namespace ys::rules {

// Which of the four types of the family of measures a service's measures cover.
struct Family
{
    bool output = false;
    bool efficiency = false;
    bool effectiveness = false;
    bool outcome = false;
    QList<MeasureType> outsideTypes; // Input, Demand, Quality present: each once, in enum order
    int untyped = 0;                 // measures of Unspecified type
    int measures = 0;                // measures counted (not deprecated)

    // The review flag "output-only family": the service has measures, but no effectiveness and no
    // outcome measure. A service without any measure is not called output-only (measures == 0).
    bool outputOnly() const { return measures > 0 && !effectiveness && !outcome; }
    // The family types no measure has, in the order output, efficiency, effectiveness, outcome.
    QList<MeasureType> missing() const;
    bool complete() const { return output && efficiency && effectiveness && outcome; }
};

// The family of one service's measures (DOMAIN.md, "Family of measures"). Deprecated measures do
// not count.
Family familyOf(const std::vector<Measure>& measuresOfOneService);

} // namespace ys::rules
