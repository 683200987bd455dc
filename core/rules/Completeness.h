// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Measure.h"

#include <QList>
#include <QStringList>

namespace ys::rules {

// Which parts of a measure's definition are missing (DOMAIN.md, "Measure completeness").
struct CompletenessReport
{
    QList<Element> missingElements;    // required written elements that are blank, in Element order
    QStringList missingFields;         // typed fields that are missing (field:: codes, see below)
    QList<Element> unansweredOptional; // blank conditional elements: shown, never counted
    int filled = 0;                    // required parts present
    int required = 0;                  // required parts in all

    bool complete() const { return missingElements.isEmpty() && missingFields.isEmpty(); }
    double ratio() const { return required > 0 ? double(filled) / required : 1.0; }
};

// Whether the city requires a written element of every measure. All are required except
// Proxy ("If not available monthly, what is used instead?") and MeasurementImprovement ("What is
// needed to improve collection and cost-benefit?"): the guidance asks them only where they apply,
// and requiring them would make agencies type "N/A". Blank ones are listed as unansweredOptional.
bool isRequired(Element element);

// The completeness of a measure's definition. Required: the 11 required elements (blank or
// whitespace-only counts as missing) and five typed fields, in this order:
//   "title"         not blank
//   "type"          one of the four family types (Input, Demand, Quality, Unspecified count as missing)
//   "direction"     not Unspecified (NotApplicable is an answer)
//   "baseline"      a finite baseline value
//   "baseline_year" a baseline fiscal year
// The unit is always set (Unit has no "unknown" value), so it cannot be missing.
CompletenessReport completeness(const Measure& measure);

} // namespace ys::rules
