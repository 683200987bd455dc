// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueLookup.h"

#include <algorithm>

namespace ys::rules {

const Value* findValue(const std::vector<Value>& values, int fiscalYear, Period period)
{
    for (const Value& value : values)
        if (value.fiscalYear == fiscalYear && value.period == period)
            return &value;
    return nullptr;
}

std::vector<int> fiscalYearsOf(const std::vector<Value>& values)
{
    std::vector<int> years;
    years.reserve(values.size());
    for (const Value& value : values)
        years.push_back(value.fiscalYear);
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    return years;
}

} // namespace ys::rules
