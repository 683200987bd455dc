// SPDX-License-Identifier: GPL-3.0-or-later
#include "Completeness.h"

#include "FieldCodes.h"
#include "RuleText.h"

namespace ys::rules {

bool isRequired(Element element)
{
    return element != Element::Proxy && element != Element::MeasurementImprovement;
}

CompletenessReport completeness(const Measure& measure)
{
    CompletenessReport report;

    for (int i = 0; i < ElementCount; ++i) {
        const auto element = static_cast<Element>(i);
        const bool blank = isBlank(measure.element(element));
        if (!isRequired(element)) {
            if (blank)
                report.unansweredOptional << element;
            continue;
        }
        ++report.required;
        if (blank)
            report.missingElements << element;
    }

    const auto requireField = [&report](bool present, const QString& code) {
        ++report.required;
        if (!present)
            report.missingFields << code;
    };
    requireField(!isBlank(measure.title), field::Title);
    requireField(isFamilyType(measure.type), field::Type);
    requireField(measure.direction != Direction::Unspecified, field::Direction);
    requireField(finiteOrNone(measure.baseline).has_value(), field::Baseline);
    requireField(measure.baselineYear > 0, field::BaselineYear);

    report.filled = report.required - int(report.missingElements.size()) - int(report.missingFields.size());
    return report;
}

} // namespace ys::rules
